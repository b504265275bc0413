import { createPostgresBackend, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';
import type { PostgresConnectionOptions } from 'bullmq';
import type { JobbroRuntime } from '../runtime';

export type QueueBackendName = 'redis' | 'postgres';

/** BullMQ keeps its PostgreSQL tables in their own schema, beside Jobbro's. */
export const BULLMQ_POSTGRES_SCHEMA = 'bullmq';

export function queueBackendOf(runtime: JobbroRuntime): QueueBackendName {
  return runtime.config.redisUrl ? 'redis' : 'postgres';
}

/**
 * Selects BullMQ's backend for this process and returns the connection options its queues and workers use:
 * Redis through ioredis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in Jobbro's own database.
 */
export function configureQueueBackend(runtime: JobbroRuntime): ConnectionOptions {
  if (runtime.config.redisUrl) {
    setDefaultBackendFactory();
    return redisOptionsFromUrl(runtime.config.redisUrl);
  }
  setDefaultBackendFactory(createPostgresBackend);
  const postgres: PostgresConnectionOptions = {
    connectionString: runtime.databaseUrl,
    schema: BULLMQ_POSTGRES_SCHEMA,
    migrate: true,
    max: 10,
  };
  // BullModule's types only know Redis options; the backend chosen above reads these.
  return postgres as unknown as ConnectionOptions;
}

export function redisOptionsFromUrl(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis; BullMQ requires this so a slow command is retried rather than failed.
    maxRetriesPerRequest: null,
    // BullMQ's default backs off to 20 s between reconnects; a restarted Redis should be back in use within a second.
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 1_000),
  };
}
