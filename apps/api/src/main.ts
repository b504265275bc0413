import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  ConfigValidationError,
  EmbeddedPostgresError,
  configureHttpApp,
  installGracefulShutdown,
  resolveRuntime,
  type ProcessRole,
} from '@jobbro/platform';
import { TaxonomyService } from '@jobbro/taxonomy';
import { AppModule } from './app.module';
import { DemoSeedService } from './demo/demo-seed.service';

/**
 * `node main.js` serves the API and runs the workers in one process (the embedded default);
 * `node main.js --api-only` serves only the API, next to separate worker processes.
 */
async function main(): Promise<void> {
  const role: ProcessRole = process.argv.includes('--api-only') ? 'api' : 'all';
  const { runtime, embeddedPostgres } = await resolveRuntime(role);
  const app = await NestFactory.create(AppModule.forRoot(runtime), { bufferLogs: true });
  configureHttpApp(app);
  installGracefulShutdown(app, embeddedPostgres, runtime.config.shutdownTimeoutMs, (message) => console.log(message));
  // Seeded before listening: once /health answers, the demo logins work.
  const seeder = app.get(DemoSeedService);
  const demo = seeder.shouldSeed() ? await seeder.seed() : null;
  await app.listen(runtime.config.http.port, runtime.config.http.host);
  // Built in slices while the API already answers; a search before it is ready waits for it.
  app.get(TaxonomyService).warm();

  const url = `http://localhost:${runtime.config.http.port}`;
  const lines = [
    '',
    `  Jobbro is running at ${url}`,
    `    Web app  ${url}/  (open jobs for everyone: ${url}/job)`,
    `    API      ${url}/api/v1`,
    `    OpenAPI  ${url}/docs`,
  ];
  if (demo) {
    lines.push(
      '',
      `  Demo jobcentre ${demo.jobcentre}: every demo user's password is ${demo.password}` +
        ` (kept in ${demo.passwordFile})`,
      ...demo.users.map((user) => `    ${user.role.padEnd(20)} ${user.name.padEnd(40)} ${user.email}`),
    );
  }
  // After the start-up logs: on a terminal they are written synchronously, so this is the last thing on the screen.
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(
    error instanceof ConfigValidationError || error instanceof EmbeddedPostgresError ? error.message : error,
  );
  process.exit(1);
});
