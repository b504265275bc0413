import type { Job } from 'bullmq';

/** A queue's jobs: each job name with the payload it carries and the result its handler returns. */
export type JobCatalogue = Record<string, { data: unknown; result: unknown }>;

/** A job of the catalogue, its data typed by its name. */
export type CatalogueJob<C extends JobCatalogue, N extends keyof C & string = keyof C & string> = {
  [Name in N]: Job<C[Name]['data'], C[Name]['result'], Name>;
}[N];

/** One handler per job name: leaving a name out does not compile. */
export type JobHandlers<C extends JobCatalogue> = {
  [Name in keyof C & string]: (job: CatalogueJob<C, Name>) => Promise<C[Name]['result']>;
};

/**
 * Refuses to start a worker whose handler map misses a job name of its queue, or names one the queue does not have;
 * the types already say so, this catches what a cast or a plain object could slip past them.
 */
export function assertHandlersCover(queue: string, names: readonly string[], handlers: object): void {
  const handled = Object.keys(handlers);
  const missing = names.filter((name) => !handled.includes(name));
  const unknown = handled.filter((name) => !names.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `The worker of queue "${queue}" must handle exactly its jobs:` +
        `${missing.length ? ` no handler for ${missing.join(', ')};` : ''}` +
        `${unknown.length ? ` handlers for unknown jobs ${unknown.join(', ')}` : ''}`,
    );
  }
}

/** Runs the job's own handler; a job whose name the catalogue does not know fails rather than doing the wrong thing. */
export function dispatch<C extends JobCatalogue>(queue: string, handlers: JobHandlers<C>, job: CatalogueJob<C>) {
  const handler = (handlers as unknown as Record<string, (job: CatalogueJob<C>) => Promise<C[keyof C]['result']>>)[
    job.name
  ];
  if (!handler) throw new Error(`Queue "${queue}" has no job named "${job.name}"`);
  return handler(job);
}
