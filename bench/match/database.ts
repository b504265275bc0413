import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@jobbro/platform';

/** Where the generated population is kept between runs (gitignored). BENCH_MATCH_DIR moves it. */
export const BENCH_DIR = resolve(process.env.BENCH_MATCH_DIR ?? join(__dirname, '../../.bench-data/match'));
export const POSTGRES_DIR = join(BENCH_DIR, 'postgres');
const DATABASE = 'jobbro';

/**
 * Server settings for a database of this size (what a production PostgreSQL for a jobcentre would be given):
 * the generation and the PostgreSQL baseline both profit; written once with ALTER SYSTEM into the bench's own data
 * directory, a restart applies them.
 */
const SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  effective_cache_size: '8GB',
  maintenance_work_mem: '1GB',
  work_mem: '64MB',
  max_wal_size: '4GB',
  checkpoint_timeout: '30min',
  random_page_cost: '1.1',
  jit: 'off',
};

export interface BenchDatabase {
  /** postgres://… of the bench database, for the API processes and the in-process application. */
  url: string;
  pgPort: number;
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

/**
 * Starts the bench's embedded PostgreSQL on its kept data directory (a new one when `fresh`), tuned, with the
 * database migrated to the code's latest migration.
 */
export async function openBenchDatabase(pgPort: number, fresh: boolean): Promise<BenchDatabase> {
  if (fresh) rmSync(BENCH_DIR, { recursive: true, force: true });
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
  // Write-ahead log left by a generation goes at the second checkpoint after it (quick when there is nothing to do).
  for (const sql of ['CHECKPOINT', 'SELECT pg_switch_wal()', 'CHECKPOINT']) await query(adminUrl, sql);
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
  return { url, pgPort, stop: () => running.stop() };
}
