import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@jobbro/platform';

/**
 * Where the national-size database is kept between runs: outside the repository (it is tens of gigabytes' worth of
 * writes to make). BENCH_REPORTS_DIR moves it.
 */
export const BENCH_DIR = resolve(process.env.BENCH_REPORTS_DIR ?? '/work/.bench-data-reports');
export const POSTGRES_DIR = join(BENCH_DIR, 'postgres');
const DATABASE = 'jobbro';

/** Server settings for a national database (as bench/match/database.ts gives its own), applied by a restart. */
const SETTINGS: Record<string, string> = {
  shared_buffers: '2GB',
  effective_cache_size: '12GB',
  maintenance_work_mem: '1GB',
  work_mem: '64MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  random_page_cost: '1.1',
  jit: 'off',
};

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Starts the bench's embedded PostgreSQL on its kept data directory (a new one when `fresh`), tuned and migrated. */
export async function openBenchDatabase(pgPort: number, fresh: boolean): Promise<BenchDatabase> {
  if (fresh) rmSync(POSTGRES_DIR, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });
  const start = () =>
    startEmbeddedPostgres({
      dataDir: POSTGRES_DIR,
      port: pgPort,
      database: 'postgres',
      onLog: (message) => console.log(`  ${message}`),
    });
  let postgres = await start();
  const adminUrl = postgres.url;
  let differ = false;
  for (const [name, value] of Object.entries(SETTINGS))
    differ ||= (await query(adminUrl, `SHOW ${name}`))[0][name] !== value;
  if (differ) {
    for (const [name, value] of Object.entries(SETTINGS))
      await query(adminUrl, `ALTER SYSTEM SET ${name} = '${value}'`);
    await postgres.stop();
    postgres = await start();
  }
  await ensureDatabase(adminUrl, DATABASE);
  const url = withDatabase(adminUrl, DATABASE);
  const dataSource = await new DataSource({ type: 'postgres', url, migrations: MIGRATIONS }).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    if (applied.length > 0) console.log(`  applied ${applied.length} migrations`);
  } finally {
    await dataSource.destroy();
  }
  const running = postgres;
  return { url, stop: () => running.stop() };
}
