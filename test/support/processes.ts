import { spawn, type ChildProcess } from 'node:child_process';
import { createPostgresBackend, Queue, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { redisOptionsFromUrl } from '@jobbro/platform';
import { waitFor } from './fixtures';
import { freePort } from './test-infrastructure';
import { TEST_JWT_SECRET, type TestApp } from './test-app';

const ROOT = join(__dirname, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/src/main.js');
const EMBEDDED_POSTGRES_MODULE = join(ROOT, 'dist/libs/platform/src/database/embedded-postgres.js');

/** A Jobbro process built by `npm run build`, as production runs it. */
export interface JobbroProcess {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr together. */
  output: () => string;
  exited: Promise<number | null>;
  url?: string;
}

function run(main: string, args: string[], env: Record<string, string>): JobbroProcess {
  const child = spawn(process.execPath, [main, ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'never',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(what: string, processes: JobbroProcess[], probe: () => Promise<boolean>, timeoutMs: number) {
  const check = async () => {
    if (await probe().catch(() => false)) return true;
    const dead = processes.find((each) => each.child.exitCode !== null);
    if (dead)
      throw new Error(`${what}: the process exited with ${dead.child.exitCode}:\n${dead.output().slice(-3000)}`);
    return false;
  };
  await waitFor(check, timeoutMs, 100).catch((error: Error) => {
    if (error.message.startsWith(what)) throw error;
    throw new Error(
      `${what} within ${timeoutMs} ms:\n${processes.map((each) => each.output().slice(-3000)).join('\n---\n')}`,
    );
  });
}

export interface ProductionEnv {
  databaseUrl: string;
  redisUrl?: string;
  /** Further variables, e.g. a sweep interval. */
  env?: Record<string, string>;
}

const productionEnv = ({ databaseUrl, redisUrl, env }: ProductionEnv) => ({
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl ?? '',
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
  AUTH_LOGIN_RATE_LIMIT: '100000',
  ...env,
});

/** `npm run start:api`: the API alone, serving once /health answers 200. */
export async function startApi(options: ProductionEnv & { port?: number }): Promise<JobbroProcess> {
  const port = options.port ?? (await freePort());
  const api = run(API_MAIN, ['--api-only'], { ...productionEnv(options), PORT: String(port), HOST: '127.0.0.1' });
  api.url = `http://127.0.0.1:${port}`;
  await until(
    'The API did not answer /health',
    [api],
    async () => (await request(api.url!).get('/health')).status === 200,
    30_000,
  );
  // The port was free a moment ago, not reserved: if another process took it, that one answered /health and ours
  // died of EADDRINUSE. Say so rather than let a test talk to a stranger.
  await new Promise((resolve) => setTimeout(resolve, 250));
  if (api.child.exitCode !== null) {
    throw new Error(`The API exited with ${api.child.exitCode} after /health answered:\n${api.output().slice(-3000)}`);
  }
  return api;
}

/** `npm run start:worker`: the workers alone, running once they say so. */
export async function startWorker(options: ProductionEnv): Promise<JobbroProcess> {
  const worker = run(WORKER_MAIN, [], productionEnv(options));
  await until(
    'The worker did not start',
    [worker],
    async () => worker.output().includes('Jobbro worker is running'),
    30_000,
  );
  return worker;
}

/** `npm start` without a database: the embedded default, one process, on its own data directory and ports. */
export async function startEmbeddedDefault(options: {
  dataDir: string;
  postgresPort: number;
  port: number;
  env?: Record<string, string>;
}): Promise<JobbroProcess> {
  const jobbro = run(API_MAIN, [], {
    EMBEDDED_POSTGRES_DIR: options.dataDir,
    EMBEDDED_POSTGRES_PORT: String(options.postgresPort),
    PORT: String(options.port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'auto',
    ...options.env,
  });
  jobbro.url = `http://127.0.0.1:${options.port}`;
  await until(
    'The embedded default did not answer /health',
    [jobbro],
    async () => (await request(jobbro.url!).get('/health')).status === 200,
    90_000,
  );
  return jobbro;
}

/** Ends a process with a signal and waits for it to exit; returns its exit code. */
export async function stop(jobbro: JobbroProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (jobbro.child.exitCode === null && jobbro.child.signalCode === null) jobbro.child.kill(signal);
  return jobbro.exited;
}

/** A PostgreSQL server of its own, in a helper process, that a test can stop and start again on the same data. */
export async function startPostgresServer(
  dataDir: string,
  port: number,
): Promise<JobbroProcess & { adminUrl: string }> {
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(EMBEDDED_POSTGRES_MODULE)});
    const options = { dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: 'postgres' };
    startEmbeddedPostgres(options).then((server) => {
      console.log('READY ' + server.url);
      process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
    }, (error) => { console.error(error.message); process.exit(1); });`;
  const helper = run('-e', [script], {});
  await until('The PostgreSQL helper did not start', [helper], async () => helper.output().includes('READY '), 60_000);
  const adminUrl = /READY (\S+)/.exec(helper.output())![1];
  return { ...helper, adminUrl };
}

/** A TestApp for processes that run on their own; `setApi` points it at a restarted API. */
export type RemoteApp = TestApp & { setApi: (next: JobbroProcess) => void };

/**
 * What seedJobcentre needs of an app, for processes that run on their own: the database to write fixtures into,
 * and HTTP to a running API to sign in through.
 */
export async function remoteApp(databaseUrl: string, api: JobbroProcess): Promise<RemoteApp> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  let current = api;
  return {
    dataSource,
    databaseUrl,
    http: () => request(current.url!),
    setApi: (next: JobbroProcess) => (current = next),
    close: () => dataSource.destroy(),
  } as unknown as RemoteApp;
}

/** A BullMQ queue handle in the test process, on the backend the processes use, to look at their jobs. */
export function queueOn(name: string, options: { databaseUrl: string; redisUrl?: string }): Queue {
  if (options.redisUrl) {
    setDefaultBackendFactory();
    return new Queue(name, { connection: redisOptionsFromUrl(options.redisUrl) });
  }
  setDefaultBackendFactory(createPostgresBackend);
  return new Queue(name, {
    connection: {
      connectionString: options.databaseUrl,
      schema: 'bullmq',
      migrate: true,
      max: 2,
    } as unknown as ConnectionOptions,
  });
}
