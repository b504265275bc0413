import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where global setup left the shared test servers; read by every e2e test file through the environment. */
export const TEST_ENV = {
  adminUrl: 'JOBBRO_TEST_POSTGRES_ADMIN_URL',
  templateDatabase: 'JOBBRO_TEST_TEMPLATE_DATABASE',
  redisUrl: 'JOBBRO_TEST_REDIS_URL',
} as const;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

export interface RunningRedis {
  url: string;
  process: ChildProcess;
  dataDir: string;
}

/** A throwaway redis-server on loopback with persistence off; on a given port it starts empty where another stopped. */
export async function startRedis(port?: number): Promise<RunningRedis> {
  port ??= await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-test-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, process: child, dataDir };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
