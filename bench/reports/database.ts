import { join, resolve } from 'node:path';
import { openBenchDatabase, type BenchDatabase } from '../support/bench-database';

export type { BenchDatabase } from '../support/bench-database';

/**
 * Where the national-size database is kept between runs: outside the repository (it is tens of gigabytes' worth of
 * writes to make). BENCH_REPORTS_DIR moves it.
 */
export const BENCH_DIR = resolve(process.env.BENCH_REPORTS_DIR ?? '/work/.bench-data-reports');
export const POSTGRES_DIR = join(BENCH_DIR, 'postgres');

/** Server settings for a national database (bench/match/database.ts gives its own), applied by a restart. */
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

/** Starts the bench's embedded PostgreSQL on its kept data directory (a new one when `fresh`), tuned and migrated. */
export function openReportsDatabase(pgPort: number, fresh: boolean): Promise<BenchDatabase> {
  return openBenchDatabase({ dataDir: POSTGRES_DIR, port: pgPort, settings: SETTINGS, fresh });
}
