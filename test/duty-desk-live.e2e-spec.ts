import type { Server } from 'node:http';
import { HttpDrain } from '@jobbro/platform';
import { openEventStream, listeningPort, type EventStream } from './support/event-stream';
import { randomCvrNumber, seedJobcentre, signIn, type SeededJobcentre } from './support/fixtures';
import { startApi, stop } from './support/processes';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The duty desk, live and at a glance: intake changes reach the jobcentre's staff as server-sent events (through
 * PostgreSQL LISTEN/NOTIFY, so also those a worker or another API process makes), and the overview counts open,
 * due-soon and breached intakes per consultant.
 */
describe('Duty desk: live intake changes and the overview', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let companyA: string;
  let companyB: string;
  const streams: EventStream[] = [];

  const intake = (companyId: string, description = 'Ti timer om ugen på lageret') => ({
    companyId,
    contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
    kind: 'småjob',
    description,
    channel: 'phone',
  });
  const company = async (jobcentre: SeededJobcentre) =>
    (
      await testApp
        .http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Live ApS' })
        .expect(201)
    ).body.id as string;
  const open = async (headers: Record<string, string>) => {
    const stream = await openEventStream(testApp, '/api/v1/intakes/events', headers);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 2 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    [companyA, companyB] = [await company(a), await company(b)];
  });
  afterAll(async () => {
    streams.forEach((stream) => stream.close());
    await testApp.close();
  });

  describe('GET /intakes/events', () => {
    it('streams the arrival and every change of an intake to its own staff, and nothing to others', async () => {
      const consultant = await open(a.headers());
      const lead = await open(a.lead.headers);
      const otherJobcentre = await open(b.headers());
      expect(consultant.status).toBe(200);
      expect(consultant.contentType).toMatch(/^text\/event-stream/);

      const created = await testApp.http().post('/api/v1/intakes').set(a.headers()).send(intake(companyA)).expect(201);
      const id = created.body.id as string;
      await testApp.http().post(`/api/v1/intakes/${id}/claim`).set(a.headers()).expect(200);
      await testApp
        .http()
        .post(`/api/v1/intakes/${id}/contact-attempts`)
        .set(a.headers())
        .send({ reached: true })
        .expect(200);
      await testApp
        .http()
        .post(`/api/v1/intakes/${id}/close`)
        .set(a.headers())
        .send({ outcome: 'no-need', note: 'Har selv fundet en' })
        .expect(200);

      // Nobody is on duty, so the intake arrives unassigned, and the consultant claims it.
      const changes = ['received', 'unassigned', 'claimed', 'contact-attempted', 'closed'];
      const mine = (events: EventStream['events']) =>
        events.filter((each) => (each.data as { intakeId: string }).intakeId === id);
      for (const stream of [consultant, lead]) {
        await stream.waitFor((events) => mine(events).length >= changes.length);
        expect(mine(stream.events)).toEqual(
          changes.map((change) => ({ event: 'intake', data: { intakeId: id, change } })),
        );
      }
      // Ids and the kind of change only: nothing of the company or the person reaches the stream.
      expect(JSON.stringify(consultant.events)).not.toMatch(/Mette|Live ApS|75 12/);

      // B's own intake reaches B, and nothing of A's ever did.
      const theirs = await testApp.http().post('/api/v1/intakes').set(b.headers()).send(intake(companyB)).expect(201);
      await otherJobcentre.waitFor((events) => events.length >= 2);
      expect(otherJobcentre.events).toEqual(
        ['received', 'unassigned'].map((change) => ({ event: 'intake', data: { intakeId: theirs.body.id, change } })),
      );
      expect(mine(consultant.events)).toHaveLength(changes.length);
    });

    it('passes on changes that another process writes (a worker setting a reminder), through PostgreSQL', async () => {
      const created = await testApp.http().post('/api/v1/intakes').set(a.headers()).send(intake(companyA)).expect(201);
      const stream = await open(a.headers());
      await testApp.dataSource.query(
        `INSERT INTO intake_events (jobcentre_id, intake_id, type, details) VALUES ($1, $2, 'reminder-sent', '{}')`,
        [a.id, created.body.id],
      );
      await stream.waitFor((events) =>
        events.some(
          (each) =>
            JSON.stringify(each.data) === JSON.stringify({ intakeId: created.body.id, change: 'reminder-sent' }),
        ),
      );
    });

    it('is for staff only, signed in', async () => {
      expect((await openEventStream(testApp, '/api/v1/intakes/events')).status).toBe(401);
      const employer = await a.employer([randomCvrNumber()]);
      const refused = await openEventStream(testApp, '/api/v1/intakes/events', employer.headers);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ statusCode: 403 });
    });

    it('ends when the access token expires, and a signed-out user cannot reconnect', async () => {
      const shortLived = await createTestApp({ env: { AUTH_ACCESS_TOKEN_TTL: '2s' } });
      try {
        const jobcentre = await seedJobcentre(shortLived, { consultants: 1 });
        const session = await signIn(shortLived, jobcentre.consultants[0].email);
        const stream = await openEventStream(shortLived, '/api/v1/intakes/events', session.headers);
        expect(stream.status).toBe(200);
        const started = Date.now();
        await stream.ended;
        expect(Date.now() - started).toBeLessThan(4_000);
        expect((await openEventStream(shortLived, '/api/v1/intakes/events', session.headers)).status).toBe(401);
      } finally {
        await shortLived.close();
      }
    });

    it('reaches the clients of another (built) API process, whose SIGTERM ends its streams at once', async () => {
      const api = await startApi({ databaseUrl: testApp.databaseUrl });
      try {
        const stream = await openEventStream(Number(new URL(api.url!).port), '/api/v1/intakes/events', a.headers());
        expect(stream.status).toBe(200);
        // Created through this test's own app: only PostgreSQL connects the two processes.
        const created = await testApp.http().post('/api/v1/intakes').set(a.headers()).send(intake(companyA));
        await stream.waitFor((events) =>
          events.some((each) => (each.data as { intakeId: string }).intakeId === created.body.id),
        );
        const started = Date.now();
        api.child.kill('SIGTERM');
        await stream.ended;
        expect(await api.exited).toBe(0);
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(api.output()).toContain('HTTP drained: every request in flight was answered');
      } finally {
        await stop(api);
      }
    }, 60_000);

    it('does not hold up shutdown: draining ends every stream at once, and the app closes', async () => {
      const own = await createTestApp();
      try {
        const jobcentre = await seedJobcentre(own, { consultants: 1 });
        const port = await listeningPort(own);
        const open1 = await openEventStream(port, '/api/v1/intakes/events', jobcentre.headers());
        const open2 = await openEventStream(port, '/api/v1/intakes/events', jobcentre.lead.headers);
        expect([open1.status, open2.status]).toEqual([200, 200]);
        const started = Date.now();
        const cut = await own.app.get(HttpDrain).drain(own.app.getHttpServer() as Server, 10_000);
        await Promise.all([open1.ended, open2.ended]);
        expect(cut).toBe(0);
        expect(Date.now() - started).toBeLessThan(2_000);
      } finally {
        const closing = Date.now();
        await own.close();
        expect(Date.now() - closing).toBeLessThan(5_000);
      }
    });
  });

  describe('GET /duty-desk/overview', () => {
    let c: SeededJobcentre;
    let companyC: string;

    beforeAll(async () => {
      c = await seedJobcentre(testApp, { consultants: 2 });
      companyC = await company(c);
      const hours = (n: number) => `now() + interval '${n} hours'`;
      // Hand-made: consultant 1 holds one breached, one due in 1 h, one due in 10 h, one contacted (late: no matter);
      // consultant 2 holds nothing; nobody holds one breached and one due in 3 h; one closed breached counts nowhere.
      const plan: { assignee: string | null; deadline: string; status: string }[] = [
        { assignee: c.consultants[0].id, deadline: hours(-2), status: 'awaiting-contact' },
        { assignee: c.consultants[0].id, deadline: hours(1), status: 'awaiting-contact' },
        { assignee: c.consultants[0].id, deadline: hours(10), status: 'awaiting-contact' },
        { assignee: c.consultants[0].id, deadline: hours(-5), status: 'contacted' },
        { assignee: null, deadline: hours(-1), status: 'awaiting-contact' },
        { assignee: null, deadline: hours(3), status: 'awaiting-contact' },
        { assignee: null, deadline: hours(-30), status: 'closed' },
      ];
      for (const [index, each] of plan.entries()) {
        const { id } = (
          await testApp
            .http()
            .post('/api/v1/intakes')
            .set(c.headers())
            .send(intake(companyC, `Henvendelse ${index}`))
            .expect(201)
        ).body;
        await testApp.dataSource.query(
          `UPDATE intakes SET assignee_id = $2, deadline_at = ${each.deadline}, reminder_at = ${each.deadline},
                  status = $3,
                  closed_at = CASE WHEN $3 = 'closed' THEN now() END,
                  outcome = CASE WHEN $3 = 'closed' THEN 'referred' END
            WHERE id = $1`,
          [id, each.assignee, each.status],
        );
      }
    });

    it('counts open, due within 4 hours and breached, in all and per consultant, then the unassigned', async () => {
      const { body } = await testApp.http().get('/api/v1/duty-desk/overview').set(c.lead.headers).expect(200);
      expect(body.dueWithinHours).toBe(4);
      expect(new Date(body.dueSoonUntil).getTime() - new Date(body.at).getTime()).toBe(4 * 3_600_000);
      expect(body.totals).toEqual({ open: 6, dueSoon: 2, breached: 2 });
      expect(body.perAssignee).toEqual([
        { assignee: { id: c.consultants[0].id, name: 'Konsulent 1' }, open: 4, dueSoon: 1, breached: 1 },
        { assignee: { id: c.consultants[1].id, name: 'Konsulent 2' }, open: 0, dueSoon: 0, breached: 0 },
        { assignee: null, open: 2, dueSoon: 1, breached: 1 },
      ]);
    });

    it('takes another window', async () => {
      const { body } = await testApp
        .http()
        .get('/api/v1/duty-desk/overview?dueWithinHours=12')
        .set(c.consultants[1].headers)
        .expect(200);
      expect(body.totals).toEqual({ open: 6, dueSoon: 3, breached: 2 });
    });

    it.each(['0', '73', '1.5', 'fire', '1e3'])('refuses dueWithinHours=%s with a 400 naming it', async (value) => {
      const response = await testApp
        .http()
        .get(`/api/v1/duty-desk/overview?dueWithinHours=${value}`)
        .set(c.lead.headers)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['dueWithinHours']);
    });

    it('shows a jobcentre only its own intakes and staff', async () => {
      const { body } = await testApp.http().get('/api/v1/duty-desk/overview').set(b.lead.headers).expect(200);
      const ids = JSON.stringify(body);
      for (const consultant of c.consultants) expect(ids).not.toContain(consultant.id);
      expect(body.perAssignee.map((row: { assignee: { id: string } | null }) => row.assignee?.id ?? null)).toEqual([
        b.consultants[0].id,
        null,
      ]);
    });

    it('is not for the network coordinator', async () => {
      await testApp.http().get('/api/v1/duty-desk/overview').set(c.coordinator.headers).expect(403);
    });
  });
});
