/**
 * npm run bench:mail — notification e-mail delivery on the embedded default, to a local SMTP server:
 * BENCH_MAILS (10,000) notifications are written through the outbox (NotificationOutbox, in one transaction, as an
 * event's writer would), and the built API process (which runs the workers) delivers them to an smtp-server in this
 * process, with a user and password as a real relay has. The bench reports messages per second from the commit to the
 * last message received, and checks that none was lost or doubled: the unique Message-IDs received against the
 * deliveries written, and every message received once, also after a few more sweeps.
 *
 * `npm run bench` builds first; the API runs on a fresh embedded PostgreSQL in a temporary directory, so the queue
 * is on PostgreSQL as shipped (set REDIS_URL to measure the Redis backend instead).
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import type { EntityManager } from 'typeorm';
import { NotificationOutbox, type NotificationDraft } from '@jobbro/notifications';
import { freePort, startApi, stopApi } from './support/api-process';

const MAILS = Number(process.env.BENCH_MAILS ?? 10_000);
const BATCH = 1_000;
const SETTLE_MS = 12_000;
const TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<void> {
  const received = new Map<string, number>();
  let firstAt = 0;
  let lastAt = 0;
  const smtpPort = await freePort();
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    maxClients: 100,
    onAuth: (auth, _session, callback) =>
      auth.username === 'bench' && auth.password === 'bench-secret'
        ? callback(null, { user: 'bench' })
        : callback(new Error('Invalid username or password')),
    onData: (stream, _session, callback) => {
      let head = '';
      let found: string | null = null;
      stream.on('data', (chunk: Buffer) => {
        if (found !== null || head.length > 64_000) return;
        head += chunk.toString('latin1');
        const match = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(head);
        if (match) found = match[1];
      });
      stream.on('end', () => {
        const now = Date.now();
        firstAt ||= now;
        lastAt = now;
        const id = found ?? 'none';
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));

  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-bench-mail-'));
  chmodSync(dataDir, 0o755);
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const api = await startApi(httpPort, pgPort, join(dataDir, 'postgres'), {
    SMTP_URL: `smtp://bench:bench-secret@127.0.0.1:${smtpPort}`,
  });
  const db = new Client({ connectionString: `postgres://postgres:jobbro-embedded@127.0.0.1:${pgPort}/jobbro` });
  try {
    await db.connect();
    const [{ id: jobcentreId }] = (await db.query(`SELECT id FROM jobcentres WHERE code = 'hedensted'`)).rows;
    const drafts: NotificationDraft[] = Array.from({ length: MAILS }, (_, index) => {
      const intakeId = randomUUID();
      return {
        jobcentreId,
        eventType: 'intake-receipt',
        recipient: { email: `kontakt${index}@virksomhed${index % 97}.example`, name: `Kontakt ${index}` },
        subjectType: 'intake',
        subjectId: intakeId,
        eventKey: intakeId,
        data: {
          intakeId,
          companyName: `Virksomhed ${index % 97} ApS`,
          cvrNumber: '12345674',
          kind: index % 2 ? 'småjob' : 'recruitment',
          receivedAt: new Date().toISOString(),
          deadlineAt: new Date(Date.now() + 86_400_000).toISOString(),
          jobcentreName: 'Jobcenter Hedensted',
          contactName: `Kontakt ${index}`,
        },
      };
    });

    // The outbox in the bench's own transaction: NotificationOutbox needs nothing of its manager but query().
    const outbox = new NotificationOutbox();
    const manager = { query: async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows };
    const writeStarted = Date.now();
    await db.query('BEGIN');
    let written = 0;
    for (let index = 0; index < drafts.length; index += BATCH) {
      written += await outbox.add(manager as unknown as EntityManager, drafts.slice(index, index + BATCH));
    }
    await db.query('COMMIT');
    const committedAt = Date.now();
    console.log(
      `\nWrote ${written} notifications through the outbox in ${committedAt - writeStarted} ms (one transaction)`,
    );

    const messageIds = new Set<string>(
      (
        await db.query(`SELECT message_id FROM notification_deliveries WHERE status IN ('pending', 'sent', 'failed')`)
      ).rows.map((row: { message_id: string }) => row.message_id),
    );
    for (;;) {
      if ([...messageIds].every((id) => received.has(id))) break;
      if (Date.now() - committedAt > TIMEOUT_MS) break;
      await sleep(100);
    }
    const deliveredAt = lastAt;
    await sleep(SETTLE_MS);

    const unique = [...messageIds].filter((id) => received.has(id)).length;
    const doubled = [...received.values()].filter((count) => count > 1).length;
    const strangers = [...received.keys()].filter((id) => !messageIds.has(id)).length;
    const statuses = Object.fromEntries(
      (await db.query(`SELECT status, count(*)::int AS n FROM notification_deliveries GROUP BY status`)).rows.map(
        (row: { status: string; n: number }) => [row.status, row.n],
      ),
    );
    const seconds = (deliveredAt - committedAt) / 1000;
    console.log(`Delivery to a local smtp-server (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend):`);
    console.log(
      `  first message ${firstAt - committedAt} ms after the commit, last after ${(seconds * 1000).toFixed(0)} ms`,
    );
    console.log(`  throughput ${(unique / seconds).toFixed(0)} messages/s`);
    console.log(
      `  written ${messageIds.size}, received ${unique} unique Message-IDs, ` +
        `lost ${messageIds.size - unique}, doubled ${doubled}, unknown ${strangers}   (target: 0 lost, 0 doubled)`,
    );
    console.log(`  deliveries by status after ${SETTLE_MS / 1000} s more: ${JSON.stringify(statuses)}`);
    if (messageIds.size !== MAILS || unique !== MAILS || doubled > 0 || strangers > 0) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    await stopApi(api);
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
