import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  DELIVERY_CONCURRENCY,
  DeliverySender,
  NotificationOutbox,
  SEND_LEASE_MS,
  SMTP_MAX_CONNECTIONS,
  type NotificationDraft,
} from '@jobbro/notifications';
import { seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import { TestSmtpServer } from './support/smtp';
import {
  availableQueueBackends,
  createTestApp,
  flushRedisDb,
  type QueueBackend,
  type TestApp,
} from './support/test-app';

const REDIS_DB = 12;

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  transport: string | null;
  message_id: string;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  sent_at: Date | null;
  next_attempt_at: Date;
}

const assigned = (jobcentre: SeededJobcentre, staffMemberId: string): NotificationDraft => {
  const intakeId = randomUUID();
  return {
    jobcentreId: jobcentre.id,
    eventType: 'intake-assigned',
    recipient: { staffMemberId },
    subjectType: 'intake',
    subjectId: intakeId,
    eventKey: `${intakeId}:1`,
    data: {
      intakeId,
      companyName: 'Bjerre Byg & Søn ApS',
      cvrNumber: '12345674',
      kind: 'småjob',
      receivedAt: '2026-11-24T08:00:00.000Z',
      deadlineAt: '2026-11-25T08:00:00.000Z',
      assigneeName: 'Konsulent 1',
      contactName: 'Lise Bjerre',
      contactPhone: '+45 75 12 34 56',
    },
  };
};

const receipt = (jobcentre: SeededJobcentre, email: string): NotificationDraft => {
  const intakeId = randomUUID();
  return {
    jobcentreId: jobcentre.id,
    eventType: 'intake-receipt',
    recipient: { email, name: 'Lise Bjerre' },
    subjectType: 'intake',
    subjectId: intakeId,
    eventKey: intakeId,
    data: {
      intakeId,
      companyName: 'Bjerre Byg & Søn ApS',
      cvrNumber: '12345674',
      kind: 'recruitment',
      receivedAt: '2026-11-24T08:00:00.000Z',
      deadlineAt: '2026-11-25T08:00:00.000Z',
      jobcentreName: 'Jobcenter Hedensted',
      contactName: 'Lise Bjerre',
    },
  };
};

/** Writes notifications as an event's own transaction would, and returns their deliveries' ids. */
async function write(testApp: TestApp, drafts: NotificationDraft[]): Promise<string[]> {
  await testApp.dataSource.transaction((manager) => testApp.app.get(NotificationOutbox).add(manager, drafts));
  const rows: { id: string }[] = await testApp.dataSource.query(
    `SELECT d.id FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
      WHERE n.subject_id = ANY($1) ORDER BY d.created_at`,
    [drafts.map((draft) => draft.subjectId)],
  );
  return rows.map((row) => row.id);
}

const deliveryRow = async (testApp: TestApp, id: string): Promise<DeliveryRow> =>
  (await testApp.dataSource.query(`SELECT * FROM notification_deliveries WHERE id = $1`, [id]))[0];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(availableQueueBackends())('Notification e-mail on the %s queue backend', (queue: QueueBackend) => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;

  beforeAll(async () => {
    await smtp.start();
    if (queue === 'redis') await flushRedisDb(REDIS_DB);
    testApp = await createTestApp({
      queue,
      redisDb: REDIS_DB,
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Jobcenter Test <jobbro@jobcenter.example>',
        PUBLIC_URL: 'https://jobbro.example.dk',
        MAIL_MAX_ATTEMPTS: '5',
        MAIL_RETRY_AFTER: '300ms',
        MAIL_SWEEP_INTERVAL: '500ms',
      },
    });
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(async () => {
    await testApp?.close();
    await smtp.stop();
  });

  const admin = () => jobcentre.admin.headers;

  it('delivers a notification written through the outbox once, with its headers and body', async () => {
    const consultant = jobcentre.consultants[0];
    const [id] = await write(testApp, [assigned(jobcentre, consultant.id)]);
    const { message_id: messageId } = await deliveryRow(testApp, id);

    const [mail] = await waitFor(async () => smtp.withMessageId(messageId).length > 0 && smtp.withMessageId(messageId));
    expect(mail.envelopeTo).toEqual([consultant.email]);
    expect(mail.parsed.from?.value).toEqual([{ name: 'Jobcenter Test', address: 'jobbro@jobcenter.example' }]);
    expect(mail.parsed.to).toMatchObject({ value: [{ name: 'Konsulent 1', address: consultant.email }] });
    expect(mail.parsed.subject).toBe('Ny henvendelse til dig: Bjerre Byg & Søn ApS');
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.parsed.text).toContain('Hej Konsulent 1,');
    expect(mail.parsed.text).toContain('Første kontakt senest: onsdag den 25. november 2026 kl. 09.00');
    expect(mail.parsed.text).toContain('https://jobbro.example.dk/vagtskema/');
    expect(mail.parsed.html).toContain('Bjerre Byg &amp; Søn ApS');

    // Several sweeps later, still once.
    await pause(1_500);
    expect(smtp.withMessageId(messageId)).toHaveLength(1);
    expect(await deliveryRow(testApp, id)).toMatchObject({
      status: 'sent',
      transport: 'smtp',
      attempts: 1,
      last_error: null,
      subject: 'Ny henvendelse til dig: Bjerre Byg & Søn ApS',
      sent_at: expect.any(Date),
    });
  });

  it('keeps mail while the SMTP server is down, counting attempts, and sends it once when it is back', async () => {
    await smtp.stop();
    try {
      const [id] = await write(testApp, [receipt(jobcentre, `venter-${queue}@bjerre.example`)]);
      const waiting = await waitFor(async () => {
        const row = await deliveryRow(testApp, id);
        return row.attempts >= 2 && row;
      });
      expect(waiting).toMatchObject({ status: 'pending', last_error: expect.stringMatching(/ECONNREFUSED/) });

      const listed = await testApp
        .http()
        .get('/api/v1/notification-deliveries?status=pending')
        .set(admin())
        .expect(200);
      expect(listed.body.items).toContainEqual(
        expect.objectContaining({ id, status: 'pending', lastError: expect.stringMatching(/ECONNREFUSED/) }),
      );
    } finally {
      await smtp.start();
    }
    const pendingIds: { id: string; message_id: string }[] = await testApp.dataSource.query(
      `SELECT id, message_id FROM notification_deliveries WHERE to_address = $1`,
      [`venter-${queue}@bjerre.example`],
    );
    const [{ id, message_id: messageId }] = pendingIds;
    await waitFor(async () => smtp.withMessageId(messageId).length > 0);
    await pause(1_000);
    expect(smtp.withMessageId(messageId)).toHaveLength(1);
    const sent = await deliveryRow(testApp, id);
    expect(sent).toMatchObject({
      status: 'sent',
      transport: 'smtp',
      last_error: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
  });

  it('marks mail that keeps failing failed, lists it for admins, and sends it when an admin retries', async () => {
    const address = `ukendt-${queue}@bjerre.example`;
    smtp.refused.add(address);
    const [id] = await write(testApp, [receipt(jobcentre, address)]);
    const failed = await waitFor(async () => {
      const row = await deliveryRow(testApp, id);
      return row.status === 'failed' && row;
    });
    expect(failed).toMatchObject({ attempts: 5, last_error: expect.stringMatching(/550/) });
    expect(smtp.withMessageId(failed.message_id)).toHaveLength(0);

    const list = await testApp.http().get('/api/v1/notification-deliveries?status=failed').set(admin()).expect(200);
    expect(list.body.items).toContainEqual({
      id,
      eventType: 'intake-receipt',
      to: address,
      subject: 'Tak for din henvendelse til Jobcenter Hedensted',
      status: 'failed',
      attempts: 5,
      lastError: expect.stringMatching(/550/),
      transport: 'smtp',
      messageId: failed.message_id,
      createdAt: expect.any(String),
      nextAttemptAt: expect.any(String),
      sentAt: null,
    });
    const one = await testApp.http().get(`/api/v1/notification-deliveries/${id}`).set(admin()).expect(200);
    expect(one.body.text).toContain('En virksomhedskonsulent ringer til dig senest');
    expect(one.body.html).toContain('<html lang="da">');

    smtp.refused.delete(address);
    const retried = await testApp.http().post(`/api/v1/notification-deliveries/${id}/retry`).set(admin()).expect(200);
    expect(retried.body).toMatchObject({ id, status: 'pending', attempts: 5 });
    await waitFor(async () => smtp.withMessageId(failed.message_id).length > 0);
    await pause(1_000);
    expect(smtp.withMessageId(failed.message_id)).toHaveLength(1);
    expect(await deliveryRow(testApp, id)).toMatchObject({ status: 'sent', attempts: 6 });

    // Sent: nothing to send again.
    const again = await testApp.http().post(`/api/v1/notification-deliveries/${id}/retry`).set(admin()).expect(409);
    expect(again.body.message).toMatch(/failed/);
  });

  it('sends a delivery whose job the queue lost, at the next sweep', async () => {
    const [id] = await write(testApp, [receipt(jobcentre, `tabt-${queue}@bjerre.example`)]);
    const { message_id: messageId } = await deliveryRow(testApp, id);
    await waitFor(async () => smtp.withMessageId(messageId).length > 0);
    // As if the queue had lost its job (a Redis restarted empty) and its lease had run out: pending, due, no job.
    await testApp.dataSource.query(
      `UPDATE notification_deliveries SET status = 'failed', sent_at = NULL WHERE id = $1`,
      [id],
    );
    await testApp.dataSource.query(`ALTER TABLE notification_deliveries DISABLE TRIGGER notification_deliveries_due`);
    try {
      await testApp.dataSource.query(
        `UPDATE notification_deliveries SET status = 'pending', next_attempt_at = now() WHERE id = $1`,
        [id],
      );
    } finally {
      await testApp.dataSource.query(`ALTER TABLE notification_deliveries ENABLE TRIGGER notification_deliveries_due`);
    }
    await waitFor(async () => smtp.withMessageId(messageId).length === 2);
    expect((await deliveryRow(testApp, id)).status).toBe('sent');
  });

  it('holds no database connection while the mail server stalls: the API answers and the pool stays free', async () => {
    // More mails than the pool has connections (20), to a server that sits on every message.
    const drafts = Array.from({ length: 24 }, (_, index) => receipt(jobcentre, `trg-${queue}-${index}@bjerre.example`));
    const release = smtp.hold();
    let ids: string[] = [];
    try {
      ids = await write(testApp, drafts);
      const claimed = async () =>
        (
          await testApp.dataSource.query(
            `SELECT id FROM notification_deliveries WHERE id = ANY($1) AND status = 'pending' AND attempts = 1`,
            [ids],
          )
        ).length;
      // The worker's sends are under way: each job has claimed its delivery, and the server sits on as many as the
      // transport has connections (the others wait for one, in nodemailer's queue or the job queue).
      await waitFor(async () => smtp.holding >= SMTP_MAX_CONNECTIONS && (await claimed()) === DELIVERY_CONCURRENCY);
      const [{ soonest, latest }] = await testApp.dataSource.query(
        `SELECT extract(epoch FROM min(next_attempt_at) - now()) * 1000 AS soonest,
                extract(epoch FROM max(next_attempt_at) - now()) * 1000 AS latest
           FROM notification_deliveries WHERE id = ANY($1) AND attempts = 1`,
        [ids],
      );
      expect(Number(latest)).toBeLessThanOrEqual(SEND_LEASE_MS);
      expect(Number(soonest)).toBeGreaterThan(SEND_LEASE_MS - 15_000);

      // No transaction is open on the app's database, and the pool lends (nearly) nothing.
      const pool = (testApp.dataSource.driver as PostgresDriver).master as Pool;
      for (let sample = 0; sample < 5; sample += 1) {
        expect(pool.waitingCount).toBe(0);
        expect(pool.totalCount - pool.idleCount).toBeLessThanOrEqual(3);
        await pause(100);
      }
      const [{ open }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS open FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      expect(open).toBe(0);

      // The API answers at once, as many requests at once as the pool has connections, while the server still stalls.
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          testApp.http().get('/api/v1/notification-deliveries?status=pending&pageSize=100').set(admin()),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(smtp.holding).toBeGreaterThanOrEqual(SMTP_MAX_CONNECTIONS);
    } finally {
      release();
    }

    // Released, every mail arrives, once, each sent at its first attempt.
    const messageIds: string[] = (
      await testApp.dataSource.query(`SELECT message_id FROM notification_deliveries WHERE id = ANY($1)`, [ids])
    ).map((row: { message_id: string }) => row.message_id);
    expect(messageIds).toHaveLength(24);
    await waitFor(async () => messageIds.every((messageId) => smtp.withMessageId(messageId).length > 0), 30_000);
    await pause(1_000);
    expect(messageIds.map((messageId) => smtp.withMessageId(messageId).length)).toEqual(Array(24).fill(1));
    const rows: { status: string; attempts: number }[] = await testApp.dataSource.query(
      `SELECT status, attempts FROM notification_deliveries WHERE id = ANY($1)`,
      [ids],
    );
    expect(rows).toEqual(Array(24).fill({ status: 'sent', attempts: 1 }));
  }, 60_000);

  it('sends a delivery whose worker died after claiming it, once its lease has run out, once', async () => {
    const draft = receipt(jobcentre, `forladt-${queue}@bjerre.example`);
    // As a worker that claimed the delivery and died before sending leaves it: its attempt counted, pending, leased
    // (here for 3 s rather than SEND_LEASE_MS). Claimed in the writing transaction, so no job takes it before.
    await testApp.dataSource.transaction(async (manager) => {
      await testApp.app.get(NotificationOutbox).add(manager, [draft]);
      await manager.query(
        `UPDATE notification_deliveries d
            SET attempts = attempts + 1, next_attempt_at = now() + interval '3 seconds'
           FROM notifications n WHERE n.id = d.notification_id AND n.subject_id = $1`,
        [draft.subjectId],
      );
    });
    const [{ id, message_id: messageId, next_attempt_at: leaseEnd }]: DeliveryRow[] = await testApp.dataSource.query(
      `SELECT d.* FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.subject_id = $1`,
      [draft.subjectId],
    );

    // The dead worker's job, run again by the queue, finds its attempt claimed and does nothing.
    expect(await testApp.app.get(DeliverySender).deliverAll([{ deliveryId: id, attempt: 0 }])).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
      skipped: 1,
    });
    await pause(1_000);
    expect(smtp.withMessageId(messageId)).toHaveLength(0);
    expect(await deliveryRow(testApp, id)).toMatchObject({ status: 'pending', attempts: 1 });

    // After the lease a sweep queues the next attempt, which sends it with the Message-ID written with it.
    await waitFor(async () => smtp.withMessageId(messageId).length > 0);
    await pause(1_500);
    expect(smtp.withMessageId(messageId)).toHaveLength(1);
    const sent = await deliveryRow(testApp, id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sent.sent_at!.getTime()).toBeGreaterThanOrEqual(leaseEnd.getTime());
  });
});

describe('Notification e-mail without SMTP_URL (the embedded default)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let other: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { MAIL_SWEEP_INTERVAL: '500ms' } });
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
    other = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(() => testApp?.close());

  const http = () => testApp.http();
  const admin = () => jobcentre.admin.headers;

  it("keeps the rendered mail in the outbox, sent, for the jobcentre's admins to read", async () => {
    const [id] = await write(testApp, [assigned(jobcentre, jobcentre.consultants[0].id)]);
    const row = await waitFor(async () => {
      const current = await deliveryRow(testApp, id);
      return current.status === 'sent' && current;
    });
    expect(row).toMatchObject({
      transport: 'outbox',
      attempts: 1,
      subject: 'Ny henvendelse til dig: Bjerre Byg & Søn ApS',
    });

    const list = await http().get('/api/v1/notification-deliveries').set(admin()).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.body.items[0]).toMatchObject({
      id,
      status: 'sent',
      transport: 'outbox',
      to: jobcentre.consultants[0].email,
    });
    expect(list.body.items[0]).not.toHaveProperty('text');

    const one = await http().get(`/api/v1/notification-deliveries/${id}`).set(admin()).expect(200);
    expect(one.body.text).toContain('Hej Konsulent 1,');
    expect(one.body.html).toContain('Bjerre Byg &amp; Søn ApS');

    expect(
      (await http().get('/api/v1/notification-deliveries?status=failed').set(admin()).expect(200)).body.total,
    ).toBe(0);
    expect(
      (await http().get('/api/v1/notification-deliveries?pageSize=1&page=2').set(admin()).expect(200)).body.items,
    ).toEqual([]);
  });

  it("shows admins only their own jobcentre's mail, and nobody else any", async () => {
    const [id] = await write(testApp, [assigned(jobcentre, jobcentre.consultants[0].id)]);
    expect((await http().get('/api/v1/notification-deliveries').set(other.admin.headers).expect(200)).body.total).toBe(
      0,
    );
    await http().get(`/api/v1/notification-deliveries/${id}`).set(other.admin.headers).expect(404);
    await http().post(`/api/v1/notification-deliveries/${id}/retry`).set(other.admin.headers).expect(404);
    for (const user of [jobcentre.lead, jobcentre.coordinator, jobcentre.consultants[0]]) {
      await http().get('/api/v1/notification-deliveries').set(user.headers).expect(403);
      await http().get(`/api/v1/notification-deliveries/${id}`).set(user.headers).expect(403);
      await http().post(`/api/v1/notification-deliveries/${id}/retry`).set(user.headers).expect(403);
    }
    await http().get('/api/v1/notification-deliveries').expect(401);
  });

  it('refuses bad input with the field named', async () => {
    const fields = async (query: string) =>
      (await http().get(`/api/v1/notification-deliveries${query}`).set(admin()).expect(400)).body.errors.map(
        (error: { field: string }) => error.field,
      );
    expect(await fields('?status=lost')).toEqual(['status']);
    expect(await fields('?page=0')).toEqual(['page']);
    expect(await fields('?page=1e3')).toEqual(['page']);
    expect(await fields('?pageSize=101')).toEqual(['pageSize']);
    expect(await fields('?colour=red')).toEqual(['colour']);
    await http().get('/api/v1/notification-deliveries/ikke-et-id').set(admin()).expect(400);
    await http().post('/api/v1/notification-deliveries/ikke-et-id/retry').set(admin()).expect(400);
    await http().get(`/api/v1/notification-deliveries/${randomUUID()}`).set(admin()).expect(404);
    await http().post(`/api/v1/notification-deliveries/${randomUUID()}/retry`).set(admin()).expect(404);
  });
});
