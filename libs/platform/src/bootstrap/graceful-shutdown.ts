import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Server } from 'node:http';
import type { RunningEmbeddedPostgres } from '../database/embedded-postgres';
import { withTimeout } from '../concurrency/with-timeout';
import { HttpDrain } from './http-drain';

type Log = (message: string) => void;

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * On SIGTERM, SIGINT or SIGHUP, in this order and within `timeoutMs` for the first two steps together:
 * 1. HTTP stops accepting: kept-alive connections get 503 and are closed, requests in flight finish;
 * 2. Nest closes: timer adds on their way reach the queue, workers finish their jobs, then queues and the database
 *    pool close;
 * 3. the embedded PostgreSQL stops, so it never goes away under a live request or job.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  embeddedPostgres: RunningEmbeddedPostgres | null,
  timeoutMs: number,
  log: Log,
): void {
  let shuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received: shutting down`);
    const deadline = Date.now() + timeoutMs;
    const forced = setTimeout(() => {
      log(`Shutdown took longer than ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs + 10_000);
    forced.unref();
    let code = 0;
    const server = httpServerOf(app);
    if (server) {
      const cut = await app.get(HttpDrain).drain(server, timeoutMs);
      log(
        cut === 0
          ? 'HTTP drained: every request in flight was answered'
          : `HTTP drained: ${cut} requests still running were cut off`,
      );
    }
    try {
      await withTimeout(app.close(), Math.max(1_000, deadline - Date.now()));
    } catch (error) {
      log(`Closing the application failed: ${(error as Error).message}`);
      code = 1;
    }
    try {
      await embeddedPostgres?.stop();
    } catch (error) {
      log(`Stopping the embedded PostgreSQL failed: ${(error as Error).message}`);
      code = 1;
    }
    process.exit(code);
  };
  for (const signal of SIGNALS) {
    process.on(signal, () => void shutdown(signal));
  }
}

function httpServerOf(app: INestApplicationContext): Server | undefined {
  const getHttpServer = (app as Partial<INestApplication>).getHttpServer;
  return typeof getHttpServer === 'function' ? (getHttpServer.call(app) as Server) : undefined;
}
