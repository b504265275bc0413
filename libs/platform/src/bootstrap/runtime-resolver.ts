import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigValidationError, loadAppConfig, type AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type RunningEmbeddedPostgres } from '../database/embedded-postgres';
import type { JobbroRuntime, ProcessRole } from '../runtime';

export interface ResolvedRuntime {
  runtime: JobbroRuntime;
  /** The PostgreSQL this process started, to stop after Nest has shut down. */
  embeddedPostgres: RunningEmbeddedPostgres | null;
}

const EMBEDDED_DATABASE = 'jobbro';

/** Validates configuration and, in the embedded default, starts PostgreSQL: everything that happens before Nest. */
export async function resolveRuntime(
  role: ProcessRole,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedRuntime> {
  const config = loadAppConfig(env);
  if (config.databaseUrl) {
    if (role !== 'worker' && !config.auth.jwtSecret) {
      throw new ConfigValidationError([
        'AUTH_JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)',
      ]);
    }
    return {
      runtime: { config, role, databaseUrl: config.databaseUrl, embeddedDatabase: false },
      embeddedPostgres: null,
    };
  }
  if (role !== 'all') {
    // Two processes would each start a PostgreSQL on the same data directory.
    throw new ConfigValidationError([`DATABASE_URL is required when the ${role} runs as a process of its own`]);
  }
  const embeddedPostgres = await startEmbeddedPostgres({
    dataDir: config.embeddedPostgres.dataDir,
    port: config.embeddedPostgres.port,
    database: EMBEDDED_DATABASE,
    onLog: (message) => console.log(message),
  });
  const withSecret: AppConfig = {
    ...config,
    auth: { ...config.auth, jwtSecret: config.auth.jwtSecret ?? embeddedJwtSecret(config) },
  };
  return {
    runtime: { config: withSecret, role, databaseUrl: embeddedPostgres.url, embeddedDatabase: true },
    embeddedPostgres,
  };
}

/** The embedded default's signing secret: made once, kept next to the database so tokens outlive a restart. */
function embeddedJwtSecret(config: AppConfig): string {
  const file = join(dirname(config.embeddedPostgres.dataDir), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
