import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@jobbro/platform';

const DATABASE = 'jobbro';

export interface BenchDatabaseOptions {
  /** The embedded PostgreSQL's data directory, kept between runs; its parent folder is made when missing. */
  dataDir: string;
  port: number;
  /**
   * Server settings for the bench's size (what a production PostgreSQL for it would be given): written with ALTER
   * SYSTEM into the data directory when the running server's differ, and applied by a restart.
   */
  settings: Record<string, string>;
  /** Removes the data directory first, so the server starts on a new, empty one. */
  fresh?: boolean;
  /** Checkpoints after the start, so the write-ahead log left by a generation goes (quick when there is none). */
  recycleWal?: boolean;
}

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
 * Starts a bench's embedded PostgreSQL on its data directory, tuned with the bench's settings, with the database
 * migrated to the code's latest migration. bench/match and bench/reports each keep their own directory and settings.
 */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const { dataDir, port, settings } = options;
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dirname(dataDir), { recursive: true });
  const start = () =>
    startEmbeddedPostgres({ dataDir, port, database: 'postgres', onLog: (message) => console.log(`  ${message}`) });
  let postgres = await start();
  const adminUrl = postgres.url;
  let differ = false;
  for (const [name, value] of Object.entries(settings))
    differ ||= (await query(adminUrl, `SHOW ${name}`))[0][name] !== value;
  if (differ) {
    for (const [name, value] of Object.entries(settings))
      await query(adminUrl, `ALTER SYSTEM SET ${name} = '${value}'`);
    await postgres.stop();
    postgres = await start();
  }
  // Write-ahead log left by a generation goes at the second checkpoint after it.
  if (options.recycleWal)
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
  return { url, pgPort: port, stop: () => running.stop() };
}
