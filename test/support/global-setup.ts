import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
} from '../../libs/platform/src/database/embedded-postgres';
import { MIGRATIONS } from '../../libs/platform/src/database/migrations';
import { freePort, hasRedisServer, startRedis, TEST_ENV } from './test-infrastructure';

const TEMPLATE_DATABASE = 'jobbro_template';

/**
 * One embedded PostgreSQL (and, when installed, one redis-server) for the whole e2e run. The migrations build a
 * template database once; each test file then gets its own copy, so files run in parallel without sharing rows.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-test-pg-'));
  // As root, PostgreSQL runs as the postgres user, which must be able to reach its data directory.
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    port: await freePort(),
    database: 'postgres',
  });
  const adminUrl = postgres.url;
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  const dataSource = new DataSource({
    type: 'postgres',
    url: withDatabase(adminUrl, TEMPLATE_DATABASE),
    migrations: MIGRATIONS,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  await dataSource.destroy();

  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.templateDatabase] = TEMPLATE_DATABASE;
  const redis = hasRedisServer() ? await startRedis() : null;
  if (redis) {
    process.env[TEST_ENV.redisUrl] = redis.url;
  } else {
    console.warn(
      '\nredis-server is not installed: queue tests run on the PostgreSQL backend only (.ci/run installs it)',
    );
  }
  Object.assign(globalThis, { __jobbroTest: { postgres, redis, dataDir } });
}
