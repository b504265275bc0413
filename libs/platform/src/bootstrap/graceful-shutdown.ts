import exitHook from 'async-exit-hook';
import type { INestApplicationContext } from '@nestjs/common';
import type { RunningEmbeddedPostgres } from '../database/embedded-postgres';

type Log = (message: string) => void;

/**
 * On SIGTERM or SIGINT: close Nest first (HTTP stops accepting, BullMQ workers finish or hand back their jobs,
 * the connection pool drains), then stop the embedded PostgreSQL, then exit. embedded-postgres would otherwise
 * stop the database on the signal itself, under the feet of jobs still running.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  embeddedPostgres: RunningEmbeddedPostgres | null,
  timeoutMs: number,
  log: Log,
): void {
  if (embeddedPostgres) {
    // Loading embedded-postgres registered its own signal handlers; ours take over.
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      exitHook.unhookEvent(signal);
    }
  }
  let shuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received: shutting down`);
    const forced = setTimeout(() => {
      log(`Shutdown took longer than ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs + 5_000);
    forced.unref();
    let code = 0;
    try {
      await withTimeout(app.close(), timeoutMs);
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
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(signal));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
