import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import {
  ConfigValidationError,
  EmbeddedPostgresError,
  installGracefulShutdown,
  resolveRuntime,
} from '@jobbro/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const { runtime, embeddedPostgres } = await resolveRuntime('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  installGracefulShutdown(app, embeddedPostgres, runtime.config.shutdownTimeoutMs, (message) => console.log(message));
  await app.init();
  console.log('Jobbro worker is running');
}

main().catch((error) => {
  console.error(
    error instanceof ConfigValidationError || error instanceof EmbeddedPostgresError ? error.message : error,
  );
  process.exit(1);
});
