/**
 * npm run bench:intake — on the embedded default, over loopback:
 *  1. throughput: BENCH_INTAKES (10,000) intake POSTs, BENCH_CONCURRENCY (32) at a time, as fast as they are
 *     answered; their deadlines are an hour away, so they stay open with their timers in the queue;
 *  2. timer precision: with those intakes open, BENCH_TIMED_INTAKES (1,000) more arrive at BENCH_TIMED_RATE (50/s)
 *     with a 30-second deadline, and the bench measures how late each escalation fires (breached_at - deadline_at).
 * Targets: ≥ 1,000 intakes/s at p99 ≤ 50 ms; every escalation within 1 s of its deadline.
 *
 * `npm run bench` builds first; this script starts the real API process (`node dist/apps/api/src/main.js`) on a
 * fresh embedded PostgreSQL in a temporary directory, so the numbers include the queue on PostgreSQL, as shipped
 * (set REDIS_URL to measure the Redis backend instead).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, startApi, stopApi } from './support/api-process';

const INTAKES = Number(process.env.BENCH_INTAKES ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TIMED_INTAKES = Number(process.env.BENCH_TIMED_INTAKES ?? 1_000);
const TIMED_RATE = Number(process.env.BENCH_TIMED_RATE ?? 50);
const TIMED_DEADLINE_SECONDS = 30;
const WARMUP = 500;
// The API caches a jobcentre's first-contact policy for 10 s.
const POLICY_CACHE_WAIT_MS = 11_000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-bench-'));
  chmodSync(dataDir, 0o755);
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const api = await startApi(httpPort, pgPort, join(dataDir, 'postgres'), { DUTY_DESK_REMINDER_BEFORE: '15s' });
  const db = new Client({ connectionString: `postgres://postgres:jobbro-embedded@127.0.0.1:${pgPort}/jobbro` });
  try {
    await db.connect();
    const [{ id: jobcentreId }] = (await db.query(`SELECT id FROM jobcentres WHERE code = 'hedensted'`)).rows;
    const [{ id: companyId }] = (
      await db.query(`SELECT id FROM companies WHERE jobcentre_id = $1 LIMIT 1`, [jobcentreId])
    ).rows;
    const setDeadline = (seconds: number) =>
      db.query(
        `INSERT INTO duty_desk_settings (jobcentre_id, first_contact_policy) VALUES ($1, $2)
         ON CONFLICT (jobcentre_id) DO UPDATE SET first_contact_policy = EXCLUDED.first_contact_policy`,
        [jobcentreId, JSON.stringify({ mode: 'calendar-hours', hours: seconds / 3600 })],
      );
    await setDeadline(3600);
    await sleep(POLICY_CACHE_WAIT_MS);

    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    // A consultant of the demo jobcentre, signed in as any client would.
    const accessToken = await signIn(
      httpPort,
      'anna.mikkelsen@hedensted.dk',
      readFileSync(join(dataDir, 'demo-password'), 'utf8').trim(),
    );
    const body = (index: number) =>
      JSON.stringify({
        companyId,
        contactPerson: { name: `Kontakt ${index}`, phone: '+45 75 12 34 56' },
        kind: index % 2 ? 'småjob' : 'recruitment',
        description: `Benchmark intake ${index}`,
        channel: 'web',
      });
    const post = (index: number) => timedPost(agent, httpPort, accessToken, body(index));

    await runLoad(WARMUP, CONCURRENCY, post);
    const started = Date.now();
    const latencies = (await runLoad(INTAKES, CONCURRENCY, (index) => post(WARMUP + index))).map(({ ms }) => ms);
    const seconds = (Date.now() - started) / 1000;

    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
    console.log(`\nIntake POST, ${INTAKES} requests, ${CONCURRENCY} concurrent, keep-alive over loopback:`);
    console.log(`  throughput ${(INTAKES / seconds).toFixed(0)} intakes/s   (target ≥ 1000)`);
    console.log(
      `  latency p50 ${pct(50).toFixed(1)} ms  p95 ${pct(95).toFixed(1)} ms  p99 ${pct(99).toFixed(1)} ms` +
        `  max ${sorted.at(-1)!.toFixed(1)} ms   (target p99 ≤ 50)`,
    );

    await setDeadline(TIMED_DEADLINE_SECONDS);
    await sleep(POLICY_CACHE_WAIT_MS);
    const open = Number(
      (await db.query(`SELECT count(*) FROM intakes WHERE status = 'awaiting-contact'`)).rows[0].count,
    );
    const timedStart = Date.now();
    const timed: string[] = [];
    for (let index = 0; index < TIMED_INTAKES; index++) {
      const due = timedStart + (index * 1000) / TIMED_RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      timed.push((await post(WARMUP + INTAKES + index)).id);
    }
    agent.destroy();
    console.log(
      `\nEscalation timing: ${TIMED_INTAKES} intakes at ${TIMED_RATE}/s` +
        ` with a ${TIMED_DEADLINE_SECONDS}-second deadline,` +
        ` ${open} intakes already open:`,
    );
    const waitUntil = Date.now() + (TIMED_DEADLINE_SECONDS + 60) * 1000;
    let pending = timed.length;
    while (pending > 0 && Date.now() < waitUntil) {
      await sleep(1_000);
      pending = Number(
        (await db.query(`SELECT count(*) FROM intakes WHERE id = ANY($1) AND breached_at IS NULL`, [timed])).rows[0]
          .count,
      );
    }
    const lateness = (
      await db.query(
        `SELECT count(*)::int AS escalated,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
                max(ms) AS max, min(ms) AS min,
                count(*) FILTER (WHERE ms > 1000)::int AS over_one_second
           FROM (SELECT extract(epoch FROM breached_at - deadline_at) * 1000 AS ms
                   FROM intakes WHERE id = ANY($1) AND breached_at IS NOT NULL) lateness`,
        [timed],
      )
    ).rows[0];
    console.log(
      `  escalated ${lateness.escalated} of ${timed.length}; not escalated within a minute of the deadline: ${pending}`,
    );
    console.log(
      `  lateness min ${Number(lateness.min).toFixed(0)} ms  p50 ${Number(lateness.p50).toFixed(0)} ms` +
        `  p99 ${Number(lateness.p99).toFixed(0)} ms  max ${Number(lateness.max).toFixed(0)} ms;` +
        ` later than 1 s: ${lateness.over_one_second}   (target: none)`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await stopApi(api);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function runLoad<T>(count: number, concurrency: number, send: (index: number) => Promise<T>): Promise<T[]> {
  const latencies: T[] = [];
  let next = 0;
  const client = async () => {
    while (next < count) {
      latencies.push(await send(next++));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return latencies;
}

async function signIn(port: number, email: string, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

function timedPost(agent: Agent, port: number, accessToken: string, body: string): Promise<{ ms: number; id: string }> {
  return new Promise((resolvePost, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/intakes',
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Authorization: `Bearer ${accessToken}`,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          if (res.statusCode !== 201)
            return reject(new Error(`POST /api/v1/intakes answered ${res.statusCode}: ${text}`));
          resolvePost({ ms: Number(process.hrtime.bigint() - started) / 1e6, id: JSON.parse(text).id });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
