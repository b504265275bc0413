import { ConfigValidationError, loadAppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type RunningEmbeddedPostgres } from '../database/embedded-postgres';
import type { JobbroRuntime, ProcessRole } from '../runtime';

export interface ResolvedRuntime {
  runtime: JobbroRuntime;
  /** The PostgreSQL this process started, to stop after Nest has shut down. */
  embeddedPostgres: RunningEmbeddedPostgres | null;
}

const EMBEDDED_DATABASE = 'jobbro';

/** Validates configuration and, in the embedded default, starts PostgreSQL: everything that happens before Nest. */
export async function resolveRuntime(role: ProcessRole, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedRuntime> {
  const config = loadAppConfig(env);
  if (config.databaseUrl) {
    return { runtime: { config, role, databaseUrl: config.databaseUrl, embeddedDatabase: false }, embeddedPostgres: null };
  }
  if (role !== 'all') {
    // Two processes would each start a PostgreSQL on the same data directory.
    throw new ConfigValidationError([`DATABASE_URL is required when the ${role} runs as a process of its own`]);
  }
  const embeddedPostgres = await startEmbeddedPostgres({
    dataDir: config.embeddedPostgres.dataDir,
    port: config.embeddedPostgres.port,
    database: EMBEDDED_DATABASE,
  });
  return { runtime: { config, role, databaseUrl: embeddedPostgres.url, embeddedDatabase: true }, embeddedPostgres };
}
