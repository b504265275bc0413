import type { Job } from 'bullmq';
import { assertHandlersCover, dispatch, type JobHandlers } from './job-catalogue';

type ExampleJobs = {
  remind: { data: { to: string }; result: string };
  escalate: { data: { lead: string }; result: number };
};

const handlers: JobHandlers<ExampleJobs> = {
  remind: async (job) => `reminded ${job.data.to}`,
  escalate: async (job) => job.data.lead.length,
};

describe('job catalogue', () => {
  it('accepts a handler map that covers exactly the queue’s jobs', () => {
    expect(() => assertHandlersCover('example', ['remind', 'escalate'], handlers)).not.toThrow();
  });

  it('refuses to start with a job left without a handler, or a handler for a job the queue does not have', () => {
    expect(() => assertHandlersCover('example', ['remind', 'escalate', 'report'], handlers)).toThrow(
      'The worker of queue "example" must handle exactly its jobs: no handler for report;',
    );
    expect(() => assertHandlersCover('example', ['remind'], handlers)).toThrow('handlers for unknown jobs escalate');
  });

  it('runs the handler of the job’s own name, and fails a job of a name it does not know', async () => {
    const job = (name: string, data: object) => ({ name, data }) as unknown as Job<never, never, never>;
    await expect(dispatch('example', handlers, job('remind', { to: 'Anna' }))).resolves.toBe('reminded Anna');
    await expect(dispatch('example', handlers, job('escalate', { lead: 'Dorte' }))).resolves.toBe(5);
    expect(() => dispatch('example', handlers, job('forget', {}))).toThrow('Queue "example" has no job named "forget"');
  });
});
