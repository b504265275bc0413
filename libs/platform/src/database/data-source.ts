import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * For the TypeORM CLI (`npm run migration:run` against DATABASE_URL), when migrations should run as a deploy step
 * rather than at start (DATABASE_MIGRATE_ON_START=false).
 */
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  migrations: MIGRATIONS,
  migrationsTransactionMode: 'all',
});
