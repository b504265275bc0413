import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import {
  Clock,
  configureHttpApp,
  ensureDatabase,
  loadAppConfig,
  withDatabase,
  type JobbroRuntime,
} from '@jobbro/platform';
import { TEST_ENV } from './test-infrastructure';

export type QueueBackend = 'postgres' | 'redis';

/** Signs the test apps' tokens; tests that forge tokens use it too. */
export const TEST_JWT_SECRET = 'jobbro-test-secret-0123456789-abcdefghijklmnop';

export interface TestAppOptions {
  queue?: QueueBackend;
  /** Extra configuration, as environment variables. */
  env?: Record<string, string>;
  /** Reuse a database (a restart), instead of a fresh copy of the migrated template. */
  databaseUrl?: string;
  /** The Redis logical database; distinct per test file so files never share queues. */
  redisDb?: number;
  /** The application's clock; a SettableClock lets a test move to another day instead of waiting for it. */
  clock?: Clock;
}

/** A clock a test sets: it reads the real time until `set`, then the time set, moving on as real time does. */
export class SettableClock extends Clock {
  private offsetMs = 0;

  set(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }

  /** Moves the clock `days` days on. */
  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  databaseUrl: string;
  runtime: JobbroRuntime;
  close: () => Promise<void>;
}

/** Backends the machine can run: PostgreSQL always, Redis when redis-server is installed. */
export function availableQueueBackends(): QueueBackend[] {
  return process.env[TEST_ENV.redisUrl] ? ['postgres', 'redis'] : ['postgres'];
}

/** A fresh database copied from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.templateDatabase];
  if (!adminUrl || !template) throw new Error('The e2e global setup did not run');
  const name = `jobbro_test_${randomUUID().replace(/-/g, '')}`;
  await ensureDatabase(adminUrl, name, template);
  return withDatabase(adminUrl, name);
}

/** The real application, as `npm start` builds it, on a real PostgreSQL and a real queue backend. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const redisUrl = options.queue === 'redis' ? `${process.env[TEST_ENV.redisUrl]}/${options.redisDb ?? 1}` : '';
  if (options.queue === 'redis' && !process.env[TEST_ENV.redisUrl]) throw new Error('redis-server is not available');
  const config = loadAppConfig({
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    // Test files sign in many users from one address; the limit itself is tested with a low value.
    AUTH_LOGIN_RATE_LIMIT: '100000',
    PUBLIC_RATE_LIMIT: '100000',
    ...options.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
  });
  const runtime: JobbroRuntime = { config, role: 'all', databaseUrl, embeddedDatabase: false };
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(runtime)] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = configureHttpApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    databaseUrl,
    runtime,
    close: () => app.close(),
  };
}

/** Empties a Redis logical database, so a test file starts with no jobs left by an earlier run. */
export async function flushRedisDb(db: number): Promise<void> {
  const client = new Redis(`${process.env[TEST_ENV.redisUrl]}/${db}`);
  await client.flushdb();
  await client.quit();
}

export async function queryDatabase<T = Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
