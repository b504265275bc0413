import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBenchDatabase, type BenchDatabase } from '../support/bench-database';

export type { BenchDatabase } from '../support/bench-database';

/** Where the generated population is kept between runs (gitignored). BENCH_MATCH_DIR moves it. */
export const BENCH_DIR = resolve(process.env.BENCH_MATCH_DIR ?? join(__dirname, '../../.bench-data/match'));
export const POSTGRES_DIR = join(BENCH_DIR, 'postgres');

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

/**
 * Starts the bench's embedded PostgreSQL on its kept data directory (a new one when `fresh`: the whole bench folder
 * goes), tuned, with the write-ahead log of a generation recycled and the database migrated.
 */
export function openMatchDatabase(pgPort: number, fresh: boolean): Promise<BenchDatabase> {
  if (fresh) rmSync(BENCH_DIR, { recursive: true, force: true });
  return openBenchDatabase({ dataDir: POSTGRES_DIR, port: pgPort, settings: SETTINGS, recycleWal: true });
}
