/**
 * npm run bench:intake — intake POST throughput and latency on the embedded default over loopback, then how late
 * the escalation jobs of those 10,000 open intakes fire. Targets: ≥ 1,000 intakes/s at p99 ≤ 50 ms; every
 * escalation within 1 s of its deadline.
 *
 * It builds nothing: run `npm run build` first. It starts the real API process (`node dist/apps/api/src/main.js`) on a
 * fresh embedded PostgreSQL in a temporary directory, so the numbers include the queue on PostgreSQL, as shipped.
 * Options (environment): BENCH_INTAKES (10000), BENCH_CONCURRENCY (32), BENCH_DEADLINE_SECONDS (60), REDIS_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const INTAKES = Number(process.env.BENCH_INTAKES ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DEADLINE_SECONDS = Number(process.env.BENCH_DEADLINE_SECONDS ?? 60);
const WARMUP = 500;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-bench-'));
  chmodSync(dataDir, 0o755);
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const api = await startApi(httpPort, pgPort, join(dataDir, 'postgres'));
  const db = new Client({ connectionString: `postgres://postgres:jobbro-embedded@127.0.0.1:${pgPort}/jobbro` });
  try {
    await db.connect();
    const [{ id: jobcentreId }] = (await db.query(`SELECT id FROM jobcentres WHERE code = 'hedensted'`)).rows;
    const [{ id: companyId }] = (await db.query(`SELECT id FROM companies WHERE jobcentre_id = $1 LIMIT 1`, [jobcentreId])).rows;
    // Deadlines a minute out, so every escalation is due after the load has ended and can be timed on its own.
    await db.query(
      `INSERT INTO duty_desk_settings (jobcentre_id, first_contact_policy) VALUES ($1, $2)
       ON CONFLICT (jobcentre_id) DO UPDATE SET first_contact_policy = EXCLUDED.first_contact_policy`,
      [jobcentreId, JSON.stringify({ mode: 'calendar-hours', hours: DEADLINE_SECONDS / 3600 })],
    );
    await new Promise((done) => setTimeout(done, 11_000)); // the API caches a jobcentre's policy for 10 s

    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const body = (index: number) =>
      JSON.stringify({
        companyId,
        contactPerson: { name: `Kontakt ${index}`, phone: '+45 75 12 34 56' },
        kind: index % 2 ? 'småjob' : 'recruitment',
        description: `Benchmark intake ${index}`,
        channel: 'web',
      });
    const post = (index: number) => timedPost(agent, httpPort, body(index));

    await runLoad(WARMUP, CONCURRENCY, post);
    const started = Date.now();
    const latencies = await runLoad(INTAKES, CONCURRENCY, (index) => post(WARMUP + index));
    const seconds = (Date.now() - started) / 1000;
    agent.destroy();

    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
    const throughput = INTAKES / seconds;
    console.log(`\nIntake POST, ${INTAKES} requests, ${CONCURRENCY} concurrent, keep-alive over loopback:`);
    console.log(`  throughput ${throughput.toFixed(0)} intakes/s   (target ≥ 1000)`);
    console.log(`  latency p50 ${pct(50).toFixed(1)} ms  p95 ${pct(95).toFixed(1)} ms  p99 ${pct(99).toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms   (target p99 ≤ 50)`);

    const open = Number((await db.query(`SELECT count(*) FROM intakes WHERE status = 'awaiting-contact' AND breached_at IS NULL`)).rows[0].count);
    console.log(`\nEscalation timing with ${open} open intakes (deadlines ${DEADLINE_SECONDS} s after receipt):`);
    const lastDeadline = new Date((await db.query(`SELECT max(deadline_at) AS at FROM intakes`)).rows[0].at).getTime();
    const waitUntil = lastDeadline + 60_000;
    let pending = open;
    while (pending > 0 && Date.now() < waitUntil) {
      await new Promise((done) => setTimeout(done, 1_000));
      pending = Number((await db.query(`SELECT count(*) FROM intakes WHERE breached_at IS NULL`)).rows[0].count);
    }
    const lateness = (
      await db.query(
        `SELECT count(*)::int AS escalated,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
                max(ms) AS max, min(ms) AS min,
                count(*) FILTER (WHERE ms > 1000)::int AS over_one_second
           FROM (SELECT extract(epoch FROM breached_at - deadline_at) * 1000 AS ms FROM intakes WHERE breached_at IS NOT NULL) lateness`,
      )
    ).rows[0];
    console.log(`  escalated ${lateness.escalated} of ${open}; not escalated: ${pending}`);
    console.log(
      `  lateness min ${Number(lateness.min).toFixed(0)} ms  p50 ${Number(lateness.p50).toFixed(0)} ms  p99 ${Number(lateness.p99).toFixed(0)} ms  max ${Number(lateness.max).toFixed(0)} ms;` +
        ` later than 1 s: ${lateness.over_one_second}   (target: none)`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await stopApi(api);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runLoad(count: number, concurrency: number, send: (index: number) => Promise<number>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    while (next < count) {
      latencies.push(await send(next++));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return latencies;
}

function timedPost(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolvePost, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      { host: '127.0.0.1', port, path: '/api/v1/intakes', method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Jobcentre': 'hedensted' } },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 201) return reject(new Error(`POST /api/v1/intakes answered ${res.statusCode}`));
          resolvePost(Number(process.hrtime.bigint() - started) / 1e6);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function startApi(httpPort: number, pgPort: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve(__dirname, '../dist/apps/api/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(httpPort),
      HOST: '127.0.0.1',
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      EMBEDDED_POSTGRES_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'always',
      DUTY_DESK_REMINDER_BEFORE: `${Math.floor(DEADLINE_SECONDS / 2)}s`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('The API did not start within 120 s (did you run `npm run build`?)')), 120_000);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Jobbro is serving') && output.includes('Demo jobcentre')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.on('exit', (code) => fail(new Error(`The API exited with ${code}:\n${output}`)));
  });
  return child;
}

function stopApi(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.on('exit', () => done());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
