import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { Queue } from 'bullmq';
import { SLA_QUEUE, slaJobId, TIMER_SWEEP_QUEUE, TIMER_SWEEP_SCHEDULER_ID } from '@jobbro/duty-desk';
import { ensureDatabase, withDatabase } from '@jobbro/platform';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import {
  queueOn,
  remoteApp,
  startApi,
  startEmbeddedDefault,
  startPostgresServer,
  startWorker,
  stop,
  type JobbroProcess,
  type RemoteApp,
} from './support/processes';
import { availableQueueBackends, createTestDatabase, flushRedisDb, queryDatabase } from './support/test-app';
import { freePort, removeDir, startRedis, TEST_ENV, type RunningRedis } from './support/test-infrastructure';

/**
 * Crashes and outages with the real processes, as production runs them (`npm run build`, then the API and the worker
 * as processes of their own) and as a newcomer runs them (`npm start`, the embedded default): an API killed or
 * restarted under load, Redis restarted empty, PostgreSQL restarted, the embedded default killed with -9. Every
 * scenario ends by counting: accepted intakes lost, duplicates, intakes without timers.
 */

const SWEEP = { DUTY_DESK_TIMER_SWEEP_INTERVAL: '1s' };
const PENDING = ['delayed', 'waiting', 'prioritized', 'active'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const intakeBody = (companyId: string, tag: string) => ({
  companyId,
  contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
  kind: 'småjob',
  description: `Henvendelse ${tag}`,
  channel: 'phone',
});

interface Sent {
  body: object;
  status: number;
  /** The client's error when there was no answer (refused, reset). */
  error?: string;
}

/** Clients posting intakes one after another, each with its own Idempotency-Key, until told to stop. */
function load(url: () => string, headers: Record<string, string>, companyId: string, clients = 8) {
  const sent = new Map<string, Sent>();
  let running = true;
  const client = async () => {
    while (running) {
      const key = randomUUID();
      const body = intakeBody(companyId, key);
      const entry: Sent = { body, status: 0 };
      sent.set(key, entry);
      try {
        entry.status = (
          await request(url()).post('/api/v1/intakes').set(headers).set('Idempotency-Key', key).send(body)
        ).status;
      } catch (error) {
        entry.error = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        await sleep(20);
      }
    }
  };
  const done = Promise.all(Array.from({ length: clients }, client));
  return { sent, stop: async () => ((running = false), await done) };
}

const statuses = (sent: Map<string, Sent>) =>
  [...sent.values()].reduce<Record<string, number>>((counts, { status, error }) => {
    const key = status === 0 ? `no answer (${error})` : String(status);
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

async function storedKeys(databaseUrl: string, jobcentreId: string): Promise<Map<string, number>> {
  const rows = await queryDatabase<{ key: string; count: string }>(
    databaseUrl,
    `SELECT idempotency_key AS key, count(*) FROM intakes
      WHERE jobcentre_id = $1 AND idempotency_key IS NOT NULL GROUP BY 1`,
    [jobcentreId],
  );
  return new Map(rows.map((row) => [row.key, Number(row.count)]));
}

/** Open intakes missing their reminder or escalation in the queue. */
async function intakesWithoutTimers(databaseUrl: string, queue: Queue): Promise<number> {
  const pending = new Set(await queue.getRanges([...PENDING], 0, -1));
  const open = await queryDatabase<{ id: string }>(
    databaseUrl,
    `SELECT id FROM intakes WHERE status = 'awaiting-contact' AND breached_at IS NULL AND reminder_sent_at IS NULL`,
  );
  return open.filter(({ id }) => !pending.has(slaJobId('reminder', id)) || !pending.has(slaJobId('escalation', id)))
    .length;
}

/** The API and the worker as processes of their own, with a jobcentre and a company to take intakes for. */
async function startProductionLayout(databaseUrl: string, redisUrl: string | undefined) {
  const [worker, api] = await Promise.all([
    startWorker({ databaseUrl, redisUrl, env: SWEEP }),
    startApi({ databaseUrl, redisUrl, env: SWEEP }),
  ]);
  const app = await remoteApp(databaseUrl, api);
  const jobcentre = await seedJobcentre(app, { consultants: 2, onDutyFor: 3_600_000 });
  const company = await app
    .http()
    .post('/api/v1/companies')
    .set(jobcentre.headers())
    .send({ cvrNumber: randomCvrNumber(), name: 'Nedbrud ApS' })
    .expect(201);
  return { worker, api, app, jobcentre, companyId: company.body.id as string };
}

const redisDbFor = (backend: string) => (backend === 'redis' ? 5 : undefined);

describe.each(availableQueueBackends())(
  'Production layout on the %s queue backend: the API killed, then stopped, under load',
  (backend) => {
    let databaseUrl: string;
    let redisUrl: string | undefined;
    let worker: JobbroProcess;
    let api: JobbroProcess;
    let app: RemoteApp;
    let jobcentre: SeededJobcentre;
    let companyId: string;
    let queue: Queue;

    beforeAll(async () => {
      databaseUrl = await createTestDatabase();
      const db = redisDbFor(backend);
      if (db !== undefined) {
        await flushRedisDb(db);
        redisUrl = `${process.env[TEST_ENV.redisUrl]}/${db}`;
      }
      ({ worker, api, app, jobcentre, companyId } = await startProductionLayout(databaseUrl, redisUrl));
      queue = queueOn(SLA_QUEUE, { databaseUrl, redisUrl });
    }, 90_000);

    afterAll(async () => {
      await Promise.all([api, worker].filter(Boolean).map((each) => stop(each)));
      await queue?.close();
      await app?.close();
    }, 30_000);

    it('kill -9: nothing accepted lost, no duplicate on resending, every open intake with timers', async () => {
      const traffic = load(() => api.url!, jobcentre.headers(), companyId);
      await sleep(800);
      api.child.kill('SIGKILL');
      await api.exited;
      await traffic.stop();
      const before = statuses(traffic.sent);
      expect(before['201']).toBeGreaterThan(0);
      expect(Object.keys(before).filter((status) => /^5/.test(status))).toEqual([]);

      api = await startApi({ databaseUrl, redisUrl, env: SWEEP });
      app.setApi(api);
      // The clients resend what they got no answer to, with the same keys.
      for (const [key, entry] of traffic.sent) {
        if (entry.status === 0) {
          const resent = await app
            .http()
            .post('/api/v1/intakes')
            .set(jobcentre.headers())
            .set('Idempotency-Key', key)
            .send(entry.body);
          // A refusal shows its body in the failure, to say what it refused.
          const answer = [200, 201].includes(resent.status) ? '' : ` ${JSON.stringify(resent.body)}`;
          expect(`${resent.status}${answer}`).toMatch(/^20[01]$/);
        }
      }
      const stored = await storedKeys(databaseUrl, jobcentre.id);
      const lost = [...traffic.sent.keys()].filter((key) => !stored.has(key));
      const duplicated = [...stored.values()].filter((count) => count > 1);
      expect(lost).toEqual([]);
      expect(duplicated).toEqual([]);
      expect(stored.size).toBe(traffic.sent.size);

      const withoutTimers = await waitFor(
        async () => ((await intakesWithoutTimers(databaseUrl, queue)) === 0 ? 'none' : null),
        15_000,
        250,
      );
      expect(withoutTimers).toBe('none');
      console.log(
        `[${backend}] API killed under load: ${JSON.stringify(before)};` +
          ` after resending: ${stored.size} intakes, 0 lost, 0 duplicated, 0 without timers`,
      );
    }, 90_000);

    it('SIGTERM: requests in flight finish, later ones get 503, accepted ones are stored with timers', async () => {
      // No sweep from here on: every timer found must come from the API itself, flushed before it exits.
      await stop(worker);
      const started = Date.now();
      const traffic = load(() => api.url!, jobcentre.headers(), companyId);
      await sleep(800);
      api.child.kill('SIGTERM');
      const code = await api.exited;
      await traffic.stop();
      const counts = statuses(traffic.sent);
      expect(code).toBe(0);
      expect(api.output()).toContain('HTTP drained: every request in flight was answered');
      expect(Object.keys(counts).filter((status) => /^5/.test(status) && status !== '503')).toEqual([]);

      const stored = await storedKeys(databaseUrl, jobcentre.id);
      const accepted = [...traffic.sent].filter(([, entry]) => entry.status === 201).map(([key]) => key);
      const notAccepted = [...traffic.sent].filter(([, entry]) => entry.status !== 201).map(([key]) => key);
      expect(accepted.length).toBeGreaterThan(0);
      expect(accepted.filter((key) => !stored.has(key))).toEqual([]);
      expect(notAccepted.filter((key) => stored.has(key))).toEqual([]);
      expect(await intakesWithoutTimers(databaseUrl, queue)).toBe(0);
      console.log(
        `[${backend}] API stopped under load (${Date.now() - started} ms): ${JSON.stringify(counts)};` +
          ` ${accepted.length} accepted, all stored with timers`,
      );
    }, 60_000);
  },
);

// Only where redis-server is installed (.ci/run installs it): a Redis of the test's own, to stop and start empty.
describe.each(availableQueueBackends().filter((backend) => backend === 'redis'))(
  '%s restarted with its data gone',
  () => {
    let redis: RunningRedis;
    let port: number;
    let databaseUrl: string;
    let redisUrl: string;
    let worker: JobbroProcess;
    let api: JobbroProcess;
    let app: RemoteApp;
    let jobcentre: SeededJobcentre;
    let companyId: string;

    beforeAll(async () => {
      port = await freePort();
      redis = await startRedis(port);
      redisUrl = `redis://127.0.0.1:${port}`;
      databaseUrl = await createTestDatabase();
      ({ worker, api, app, jobcentre, companyId } = await startProductionLayout(databaseUrl, redisUrl));
    }, 90_000);

    afterAll(async () => {
      await Promise.all([api, worker].filter(Boolean).map((each) => stop(each)));
      redis?.process.kill('SIGTERM');
      if (redis) removeDir(redis.dataDir);
      await app?.close();
    }, 30_000);

    it('keeps taking intakes, says so in /health, recovers in seconds, re-creates every lost timer', async () => {
      const post = (tag: string) =>
        app.http().post('/api/v1/intakes').set(jobcentre.headers()).send(intakeBody(companyId, tag));
      const before = await Promise.all(Array.from({ length: 20 }, (_, index) => post(`før ${index}`)));
      expect(before.map((response) => response.status)).toEqual(Array(20).fill(201));

      redis.process.kill('SIGTERM');
      await new Promise((resolve) => redis.process.once('exit', resolve));
      removeDir(redis.dataDir);
      const down = await waitFor(
        async () => {
          const response = await app.http().get('/health');
          return response.status === 503 ? response.body : null;
        },
        10_000,
        200,
      );
      expect(down).toMatchObject({
        status: 'error',
        database: { status: 'up' },
        queue: { backend: 'redis', status: 'down' },
      });
      // The database is the system of record: intakes are still taken while the queue is away.
      const during = await Promise.all(Array.from({ length: 5 }, (_, index) => post(`under ${index}`)));
      expect(during.map((response) => response.status)).toEqual(Array(5).fill(201));
      const contacted = await app
        .http()
        .post(`/api/v1/intakes/${before[0].body.id}/contact-attempts`)
        .set(jobcentre.headers())
        .send({ reached: true });
      expect(contacted.status).toBe(200);

      redis = await startRedis(port);
      const back = Date.now();
      await waitFor(async () => (await app.http().get('/health')).status === 200, 10_000, 100);
      const recoveredInMs = Date.now() - back;
      expect(recoveredInMs).toBeLessThan(5_000);

      const queue = queueOn(SLA_QUEUE, { databaseUrl, redisUrl });
      const sweepQueue = queueOn(TIMER_SWEEP_QUEUE, { databaseUrl, redisUrl });
      try {
        await waitFor(async () => ((await intakesWithoutTimers(databaseUrl, queue)) === 0 ? true : null), 15_000, 250);
        expect(await sweepQueue.getJobScheduler(TIMER_SWEEP_SCHEDULER_ID)).toBeDefined();
        expect(await queue.getJob(slaJobId('escalation', during[0].body.id))).toBeDefined();
        // The intake reached during the outage keeps no timer: its removal either happened or its timer does nothing.
        const open = await queryDatabase(
          databaseUrl,
          `SELECT count(*)::int AS count FROM intakes WHERE status = 'awaiting-contact'`,
        );
        console.log(
          `Redis restarted empty: /health back to 200 in ${recoveredInMs} ms;` +
            ` ${open[0].count} open intakes, 0 without timers after the sweep`,
        );
      } finally {
        await queue.close();
        await sweepQueue.close();
      }
    }, 90_000);
  },
);

describe('PostgreSQL restarted under the API', () => {
  let root: string;
  let postgres: JobbroProcess & { adminUrl: string };
  let postgresPort: number;
  let databaseUrl: string;
  let api: JobbroProcess;
  let app: RemoteApp;
  let jobcentre: SeededJobcentre;
  let companyId: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jobbro-test-restart-'));
    chmodSync(root, 0o755);
    postgresPort = await freePort();
    postgres = await startPostgresServer(join(root, 'pg'), postgresPort);
    await ensureDatabase(postgres.adminUrl, 'jobbro');
    databaseUrl = withDatabase(postgres.adminUrl, 'jobbro');
    api = await startApi({ databaseUrl });
    app = await remoteApp(databaseUrl, api);
    jobcentre = await seedJobcentre(app, { consultants: 1, onDutyFor: 3_600_000 });
    companyId = (
      await app
        .http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Genstart ApS' })
        .expect(201)
    ).body.id;
    // The fixtures' own connection must not hold the server up or fail the test when it goes.
    await app.close();
  }, 120_000);

  afterAll(async () => {
    if (api) await stop(api);
    if (postgres) await stop(postgres);
    if (root) removeDir(root);
  }, 60_000);

  it('answers 503 with Retry-After while the database is down, and serves again within seconds', async () => {
    const post = () =>
      request(api.url!).post('/api/v1/intakes').set(jobcentre.headers()).send(intakeBody(companyId, randomUUID()));
    expect((await post()).status).toBe(201);

    await stop(postgres);
    const outage = [];
    for (let index = 0; index < 6; index++) {
      outage.push(await post(), await request(api.url!).get('/api/v1/intakes').set(jobcentre.headers()));
    }
    const health = await request(api.url!).get('/health');
    expect(health.status).toBe(503);
    expect(health.body.database.status).toBe('down');
    expect(outage.map((response) => response.status)).toEqual(Array(outage.length).fill(503));
    for (const response of outage) {
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.message).toMatch(/cannot reach its database or queue right now/);
    }

    postgres = await startPostgresServer(join(root, 'pg'), postgresPort);
    const back = Date.now();
    await waitFor(async () => (await request(api.url!).get('/health')).status === 200, 15_000, 100);
    const recoveredInMs = Date.now() - back;
    expect(recoveredInMs).toBeLessThan(5_000);
    expect((await post()).status).toBe(201);
    console.log(
      `PostgreSQL restarted: ${outage.length} requests during the outage, all 503 with Retry-After;` +
        ` /health back to 200 in ${recoveredInMs} ms`,
    );
  }, 90_000);
});

describe('The embedded default (npm start), killed with -9 and then stopped under load', () => {
  let root: string;
  let dataDir: string;
  let jobbro: JobbroProcess;
  const ports = { postgres: 0, http: 0 };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jobbro-test-embedded-'));
    // A private directory, as a home folder is: as root, PostgreSQL's own user cannot enter it.
    chmodSync(root, 0o700);
    dataDir = join(root, '.data', 'postgres');
    [ports.postgres, ports.http] = [await freePort(), await freePort()];
  });

  afterAll(async () => {
    if (jobbro) await stop(jobbro, 'SIGTERM');
    const moved = /keeps its data in (\S+) instead/.exec(jobbro?.output() ?? '')?.[1];
    if (moved) rmSync(dirname(moved), { recursive: true, force: true });
    if (root) removeDir(root);
  }, 60_000);

  const postmasterPid = (dir: string) => Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  /** Running, that is: neither gone nor a zombie (a dead process whose parent died too, waiting to be reaped). */
  const alive = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    } catch {
      return false;
    }
  };

  it('starts with its data in a private directory, and after kill -9 stops the PostgreSQL left behind', async () => {
    jobbro = await startEmbeddedDefault({ dataDir, postgresPort: ports.postgres, port: ports.http });
    const moved = /keeps its data in (\S+) instead/.exec(jobbro.output())?.[1];
    if (process.getuid?.() === 0) expect(moved).toBeDefined();
    const realDataDir = moved ?? dataDir;
    const orphan = postmasterPid(realDataDir);

    jobbro.child.kill('SIGKILL');
    await jobbro.exited;
    expect(alive(orphan)).toBe(true);

    jobbro = await startEmbeddedDefault({ dataDir, postgresPort: ports.postgres, port: ports.http });
    expect(jobbro.output()).toContain(`(process ${orphan}) is still running on ${realDataDir}; stopping it`);
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid(realDataDir)).not.toBe(orphan);
  }, 120_000);

  it('on SIGTERM under load answers and stores what it accepted, then stops its PostgreSQL', async () => {
    const moved = /keeps its data in (\S+) instead/.exec(jobbro.output())?.[1];
    const realDataDir = moved ?? dataDir;
    const password = readFileSync(join(dirname(dataDir), 'demo-password'), 'utf8').trim();
    const login = await request(jobbro.url!)
      .post('/api/v1/auth/login')
      .send({ email: 'anna.mikkelsen@hedensted.dk', password })
      .expect(200);
    const headers = { Authorization: `Bearer ${login.body.accessToken}` };
    const company = await request(jobbro.url!)
      .get('/api/v1/companies')
      .query({ cvrNumber: '10150817' })
      .set(headers)
      .expect(200);
    const postmaster = postmasterPid(realDataDir);
    const intakesBefore = (
      await request(jobbro.url!).get('/api/v1/intakes').query({ status: 'all', pageSize: 1 }).set(headers).expect(200)
    ).body.total;

    const traffic = load(() => jobbro.url!, headers, company.body.items[0].id);
    await sleep(800);
    jobbro.child.kill('SIGTERM');
    const code = await jobbro.exited;
    await traffic.stop();
    const counts = statuses(traffic.sent);
    expect(code).toBe(0);
    expect(Object.keys(counts).filter((status) => /^5/.test(status) && status !== '503')).toEqual([]);
    expect(counts['201']).toBeGreaterThan(0);
    expect(alive(postmaster)).toBe(false);
    expect(existsSync(join(realDataDir, 'postmaster.pid'))).toBe(false);

    // Started again, it has every intake it accepted.
    jobbro = await startEmbeddedDefault({ dataDir, postgresPort: ports.postgres, port: ports.http });
    const relogin = await request(jobbro.url!)
      .post('/api/v1/auth/login')
      .send({ email: 'anna.mikkelsen@hedensted.dk', password })
      .expect(200);
    const queue = await request(jobbro.url!)
      .get('/api/v1/intakes')
      .query({ status: 'all', pageSize: 1 })
      .set({ Authorization: `Bearer ${relogin.body.accessToken}` })
      .expect(200);
    expect(queue.body.total).toBe(intakesBefore + counts['201']);
    console.log(
      `Embedded default stopped under load: ${JSON.stringify(counts)};` +
        ` all ${counts['201']} accepted intakes there after a restart`,
    );
  }, 120_000);
});
