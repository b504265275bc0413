/**
 * Writes openapi.json at the repository root from the code: `npm run openapi`. Nest's preview mode builds the
 * application graph without starting anything, so no database is needed. test/openapi.e2e-spec.ts fails when the
 * committed document and the code differ.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { API_PREFIX, buildOpenApiDocument, loadAppConfig } from '@jobbro/platform';
import { AppModule } from '../apps/api/src/app.module';

export const OPENAPI_FILE = join(__dirname, '..', 'openapi.json');

async function main(): Promise<void> {
  // Any valid values: in preview mode nothing connects, and no configuration reaches the document.
  const config = loadAppConfig({
    DATABASE_URL: 'postgres://preview@127.0.0.1/jobbro',
    AUTH_JWT_SECRET: 'p'.repeat(32),
    LOG_LEVEL: 'silent',
  });
  const runtime = { config, role: 'all' as const, databaseUrl: config.databaseUrl!, embeddedDatabase: false };
  const app = await NestFactory.create(AppModule.forRoot(runtime), { preview: true, logger: false });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  const document = buildOpenApiDocument(app);
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
  const operations = Object.values(document.paths).flatMap((path) => Object.keys(path)).length;
  console.log(`Wrote ${OPENAPI_FILE}: ${Object.keys(document.paths).length} paths, ${operations} operations`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
