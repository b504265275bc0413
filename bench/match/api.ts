import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';

/** The built API; BENCH_MATCH_API_DIST points at another build (a copy, so a rebuild cannot pull it away mid-run). */
const API_MAIN = resolve(process.env.BENCH_MATCH_API_DIST ?? resolve(__dirname, '../../dist'), 'apps/api/src/main.js');
/** The bench's own signing secret: both API processes must accept each other's tokens. */
const JWT_SECRET = 'jobbro-bench-match-secret-0123456789-abcdefghij';

export interface BenchApi {
  child: ChildProcess;
  pid: number;
  port: number;
  /** When it was spawned (performance.now()), to time how long it takes to be ready. */
  spawnedAt: number;
  /** When it said it was running. */
  listeningAt: number;
  output: () => string;
}

/**
 * Starts the built API process (`node dist/apps/api/src/main.js`, serving the API and running the workers, as
 * `npm start` does) on the bench database. The demo password file goes next to the bench's PostgreSQL directory.
 */
export async function startBenchApi(
  databaseUrl: string,
  port: number,
  postgresDir: string,
  env: Record<string, string> = {},
): Promise<BenchApi> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      // Only where the demo password is kept (its parent directory); the database is DATABASE_URL.
      EMBEDDED_POSTGRES_DIR: postgresDir,
      AUTH_JWT_SECRET: JWT_SECRET,
      AUTH_ACCESS_TOKEN_TTL: '4h',
      AUTH_LOGIN_RATE_LIMIT: '10000',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      DEMO_SEED: 'always',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output = (output + chunk).slice(-20_000)));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The API did not start within 600 s (did you run \`npm run build\`?):\n${output}`)),
      600_000,
    );
    const onData = () => {
      if (output.includes('Jobbro is running')) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.off('exit', onExit);
        ready();
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      fail(new Error(`The API exited with ${code}:\n${output}`));
    };
    child.stdout!.on('data', onData);
    child.on('exit', onExit);
  });
  return { child, pid: child.pid!, port, spawnedAt, listeningAt: performance.now(), output: () => output };
}

export function stopBenchApi(api: BenchApi): Promise<void> {
  return new Promise((done) => {
    if (api.child.exitCode !== null) return done();
    api.child.on('exit', () => done());
    api.child.kill('SIGTERM');
  });
}

export function demoPassword(postgresDir: string): string {
  return readFileSync(join(postgresDir, '..', 'demo-password'), 'utf8').trim();
}

export async function signIn(port: number, email: string, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export interface TimedResponse<T> {
  ms: number;
  status: number;
  body: T;
}

/** One request over a keep-alive agent, timed from sending to the last byte of the answer. */
export function timedRequest<T = unknown>(
  agent: Agent,
  port: number,
  accessToken: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<TimedResponse<T>> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolveRequest, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          ...(text === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = raw;
          try {
            parsed = raw ? JSON.parse(raw) : null;
          } catch {
            // not JSON: kept as text
          }
          resolveRequest({ ms, status: res.statusCode ?? 0, body: parsed as T });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Resident memory of a process from /proc: now (VmRSS) and its peak so far (VmHWM), in bytes. */
export function processMemory(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every `intervalMs` and keeps the peak (also VmHWM, the kernel's own). */
export function sampleMemory(pid: number, intervalMs = 100): { peak: () => number; stop: () => number } {
  let peak = 0;
  const sample = () => {
    const memory = processMemory(pid);
    if (memory) peak = Math.max(peak, memory.rss, memory.peak);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    peak: () => (sample(), peak),
    stop: () => {
      sample();
      clearInterval(timer);
      return peak;
    },
  };
}
