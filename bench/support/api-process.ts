import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * Starts the built API (dist) on the embedded default with the demo jobcentre, on the given ports and data
 * directory, and resolves once it serves. `env` adds settings of the benchmark's own.
 */
export async function startApi(
  httpPort: number,
  pgPort: number,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve(__dirname, '../../dist/apps/api/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(httpPort),
      HOST: '127.0.0.1',
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      EMBEDDED_POSTGRES_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'always',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    // A first start migrates a new database and loads ESCO: minutes on a busy machine.
    const timer = setTimeout(
      () => fail(new Error('The API did not start within 180 s (did you run `npm run build`?)')),
      180_000,
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Jobbro is running') && output.includes('Demo jobcentre')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.on('exit', (code) => fail(new Error(`The API exited with ${code}:\n${output}`)));
  });
  return child;
}

export function stopApi(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.on('exit', () => done());
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
