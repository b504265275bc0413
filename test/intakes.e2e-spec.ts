import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { firstContactDeadline, SLA_QUEUE, slaJobId } from '@jobbro/duty-desk';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Intakes and the duty-desk queue (/api/v1/intakes)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let companyId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 3, onDutyFor: 8 * 3_600_000 });
    companyId = (
      await testApp
        .http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Lager Løsning A/S' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const validIntake = (overrides: object = {}) => ({
    companyId,
    contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56', email: 'mette@lager.dk' },
    kind: 'recruitment',
    description: 'Søger to lagermedarbejdere',
    channel: 'phone',
    ...overrides,
  });
  const post = (body: object, headers: Record<string, string> = jobcentre.headers()) =>
    testApp.http().post('/api/v1/intakes').set(headers).send(body);
  const countIntakes = async () => Number((await testApp.dataSource.query('SELECT count(*) FROM intakes'))[0].count);

  it('takes in a request with a 24-hour deadline and assigns it round-robin to the consultants on duty', async () => {
    const assignees: string[] = [];
    for (let index = 0; index < 6; index++) {
      const response = await post(validIntake()).expect(201);
      expect(response.body).toMatchObject({
        status: 'awaiting-contact',
        kind: 'recruitment',
        channel: 'phone',
        breached: false,
      });
      expect(response.body.company).toMatchObject({ id: companyId, name: 'Lager Løsning A/S' });
      expect(new Date(response.body.deadlineAt).getTime() - new Date(response.body.receivedAt).getTime()).toBe(
        24 * 3_600_000,
      );
      expect(new Date(response.body.deadlineAt).getTime() - new Date(response.body.reminderAt).getTime()).toBe(
        4 * 3_600_000,
      );
      assignees.push(response.body.assignee.id);
    }
    const ids = jobcentre.consultants.map((consultant) => consultant.id);
    // Each consultant gets one of the first three, and the next three go round again in the same order.
    expect([...assignees.slice(0, 3)].sort()).toEqual([...ids].sort());
    expect(assignees.slice(3)).toEqual(assignees.slice(0, 3));
  });

  it('registers a new company given by CVR and name, and reuses it for the next request', async () => {
    const cvrNumber = randomCvrNumber();
    const first = await post(
      validIntake({ companyId: undefined, company: { cvrNumber, name: 'Ny Kunde ApS' } }),
    ).expect(201);
    const second = await post(
      validIntake({ companyId: undefined, company: { cvrNumber, name: 'Ny Kunde ApS' } }),
    ).expect(201);
    expect(first.body.company).toMatchObject({ cvrNumber, name: 'Ny Kunde ApS' });
    expect(second.body.company.id).toBe(first.body.company.id);
  });

  it('returns the first intake for a repeated Idempotency-Key, also when the repeats race', async () => {
    const key = `web-form-${Date.now()}`;
    const before = await countIntakes();
    const first = await post(validIntake()).set('Idempotency-Key', key).expect(201);
    const repeat = await post(validIntake()).set('Idempotency-Key', key).expect(200);
    expect(repeat.body.id).toBe(first.body.id);

    const raceKey = `${key}-race`;
    const racing = await Promise.all(
      Array.from({ length: 8 }, () => post(validIntake()).set('Idempotency-Key', raceKey)),
    );
    expect(new Set(racing.map((response) => response.body.id)).size).toBe(1);
    expect(racing.filter((response) => response.status === 201)).toHaveLength(1);
    expect(await countIntakes()).toBe(before + 2);
  });

  it('restores the timers of the first intake when its request is repeated, in case they were lost', async () => {
    const queue = testApp.app.get<Queue>(getQueueToken(SLA_QUEUE));
    const key = randomUUID();
    const first = (await post(validIntake()).set('Idempotency-Key', key).expect(201)).body;
    await waitFor(() => queue.getJob(slaJobId('escalation', first.id)));
    // As when the process that answered died between the commit and the enqueue.
    await queue.remove(slaJobId('reminder', first.id));
    await queue.remove(slaJobId('escalation', first.id));

    const repeat = await post(validIntake()).set('Idempotency-Key', key).expect(200);
    expect(repeat.body.id).toBe(first.id);
    const escalation = await waitFor(() => queue.getJob(slaJobId('escalation', first.id)), 2_000, 20);
    expect(escalation.data).toEqual({ intakeId: first.id, jobcentreId: jobcentre.id, dueAt: first.deadlineAt });
    expect(await queue.getJob(slaJobId('reminder', first.id))).toBeDefined();
  });

  it('refuses an Idempotency-Key reused for a different request, keeping the first intake as it was', async () => {
    const key = `reuse-${Date.now()}`;
    const first = await post(validIntake()).set('Idempotency-Key', key).expect(201);
    const response = await post(validIntake({ description: 'Noget helt andet' }))
      .set('Idempotency-Key', key)
      .expect(422);
    expect(response.body.message).toMatch(/already used for a different request/);
    const unchanged = await testApp.http().get(`/api/v1/intakes/${first.body.id}`).set(jobcentre.headers()).expect(200);
    expect(unchanged.body.description).toBe('Søger to lagermedarbejdere');
  });

  it('assigns to the next consultant on duty when nobody is, and leaves it unassigned on an empty roster', async () => {
    const quiet = await seedJobcentre(testApp, { consultants: 2 });
    const quietCompany = (
      await testApp
        .http()
        .post('/api/v1/companies')
        .set(quiet.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Stille ApS' })
        .expect(201)
    ).body.id;
    const unassigned = await post(validIntake({ companyId: quietCompany }), quiet.headers()).expect(201);
    expect(unassigned.body.assignee).toBeNull();
    const unassignedHistory = await testApp
      .http()
      .get(`/api/v1/intakes/${unassigned.body.id}/history`)
      .set(quiet.headers())
      .expect(200);
    expect(unassignedHistory.body[1]).toMatchObject({
      type: 'unassigned',
      details: { reason: 'nobody on the duty roster' },
    });

    const tomorrow = new Date(Date.now() + 24 * 3_600_000);
    await testApp
      .http()
      .post('/api/v1/duty-roster')
      .set(quiet.lead.headers)
      .send({
        consultantId: quiet.consultants[1].id,
        startsAt: tomorrow.toISOString(),
        endsAt: new Date(tomorrow.getTime() + 8 * 3_600_000).toISOString(),
      })
      .expect(201);
    const next = await post(validIntake({ companyId: quietCompany }), quiet.headers()).expect(201);
    expect(next.body.assignee).toEqual({ id: quiet.consultants[1].id, name: quiet.consultants[1].name });
  });

  it('counts 24 working hours when the jobcentre chooses opening hours', async () => {
    const policy = {
      mode: 'working-hours',
      hours: 24,
      timeZone: 'Europe/Copenhagen',
      openingHours: { opensAt: '08:00', closesAt: '15:00' },
    };
    const other = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
    const saved = await testApp
      .http()
      .put('/api/v1/duty-desk/settings')
      .set(other.lead.headers)
      .send({ firstContactPolicy: policy })
      .expect(200);
    expect(saved.body.firstContactPolicy).toMatchObject(policy);
    expect(
      (await testApp.http().get('/api/v1/duty-desk/settings').set(other.headers()).expect(200)).body.firstContactPolicy,
    ).toMatchObject(policy);

    const otherCompany = (
      await testApp
        .http()
        .post('/api/v1/companies')
        .set(other.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Arbejdstid ApS' })
        .expect(201)
    ).body.id;
    const intake = await post(validIntake({ companyId: otherCompany }), other.headers()).expect(201);
    const expected = firstContactDeadline(new Date(intake.body.receivedAt), saved.body.firstContactPolicy);
    expect(intake.body.deadlineAt).toBe(expected.toISOString());
    // 24 working hours of 7 a day always span more than three calendar days.
    expect(new Date(intake.body.deadlineAt).getTime() - new Date(intake.body.receivedAt).getTime()).toBeGreaterThan(
      3 * 24 * 3_600_000,
    );

    // The jobcentre whose policy did not change keeps its 24 calendar hours.
    const ours = await post(validIntake()).expect(201);
    expect(new Date(ours.body.deadlineAt).getTime() - new Date(ours.body.receivedAt).getTime()).toBe(24 * 3_600_000);
  });

  describe('consultant actions', () => {
    it('claims, reassigns, logs contact and closes, keeping who did what in the history', async () => {
      const intake = (await post(validIntake()).expect(201)).body;
      // camilla claims an intake the roster gave to someone else, then hands it to bo; anna stays out of it.
      const others = jobcentre.consultants.filter((consultant) => consultant.id !== intake.assignee.id);
      const [camilla, bo] = others;
      const anna = jobcentre.consultants.find((consultant) => consultant.id === intake.assignee.id)!;

      const claimed = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/claim`)
        .set(jobcentre.headers(camilla.email))
        .expect(200);
      expect(claimed.body.assignee).toEqual({ id: camilla.id, name: camilla.name });
      const again = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/claim`)
        .set(jobcentre.headers(camilla.email))
        .expect(409);
      expect(again.body.message).toBe('The intake is already assigned to you');

      const reassigned = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/reassign`)
        .set(jobcentre.headers(camilla.email))
        .send({ assigneeId: bo.id })
        .expect(200);
      expect(reassigned.body.assignee.id).toBe(bo.id);

      const closedTooEarly = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/close`)
        .set(jobcentre.headers(bo.email))
        .send({ outcome: 'shortlist-sent' })
        .expect(409);
      expect(closedTooEarly.body.message).toMatch(/has not been reached yet/);

      await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/contact-attempts`)
        .set(jobcentre.headers(bo.email))
        .send({ reached: false, note: 'Optaget' })
        .expect(200);
      const reached = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/contact-attempts`)
        .set(jobcentre.headers(bo.email))
        .send({ reached: true, note: 'Aftalt opslag' })
        .expect(200);
      expect(reached.body.status).toBe('contacted');
      expect(reached.body.firstContactAt).not.toBeNull();

      const closed = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/close`)
        .set(jobcentre.headers(bo.email))
        .send({ outcome: 'referred', note: 'Henvist til Horsens' })
        .expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', outcome: 'referred', outcomeNote: 'Henvist til Horsens' });

      for (const [path, body] of [
        ['claim', {}],
        ['reassign', { assigneeId: anna.id }],
        ['contact-attempts', { reached: true }],
        ['close', { outcome: 'no-need', note: 'x' }],
      ] as const) {
        const refused = await testApp
          .http()
          .post(`/api/v1/intakes/${intake.id}/${path}`)
          .set(jobcentre.headers(anna.email))
          .send(body)
          .expect(409);
        expect(refused.body.message).toMatch(/^The intake is closed and cannot be/);
      }

      const history = (
        await testApp.http().get(`/api/v1/intakes/${intake.id}/history`).set(jobcentre.headers()).expect(200)
      ).body;
      expect(
        history.map((entry: { type: string; actor: { name: string } | null }) => [
          entry.type,
          entry.actor?.name ?? null,
        ]),
      ).toEqual([
        ['received', jobcentre.consultants[0].name],
        ['assigned', null],
        ['claimed', camilla.name],
        ['reassigned', camilla.name],
        ['contact-attempted', bo.name],
        ['contact-attempted', bo.name],
        ['closed', bo.name],
      ]);
      expect(history[4].details).toMatchObject({ reached: false, note: 'Optaget' });
    });

    it('serves the queue by deadline, filtered by status, assignee, kind and breach', async () => {
      const filterJobcentre = await seedJobcentre(testApp, { consultants: 2, onDutyFor: 3_600_000 });
      const headers = filterJobcentre.headers();
      const company = (
        await testApp
          .http()
          .post('/api/v1/companies')
          .set(headers)
          .send({ cvrNumber: randomCvrNumber(), name: 'Filter ApS' })
          .expect(201)
      ).body.id;
      const ids: string[] = [];
      for (const kind of ['småjob', 'voksenlærling', 'småjob']) {
        ids.push((await post(validIntake({ companyId: company, kind }), headers).expect(201)).body.id);
      }
      await testApp.dataSource.query(`UPDATE intakes SET breached_at = now() WHERE id = $1`, [ids[2]]);
      await testApp
        .http()
        .post(`/api/v1/intakes/${ids[1]}/contact-attempts`)
        .set(headers)
        .send({ reached: true })
        .expect(200);

      const open = (await testApp.http().get('/api/v1/intakes').set(headers).expect(200)).body;
      expect(open.items.map((intake: { id: string }) => intake.id)).toEqual(ids);
      expect(open.total).toBe(3);
      const smajob = (await testApp.http().get('/api/v1/intakes').query({ kind: 'småjob' }).set(headers).expect(200))
        .body;
      expect(smajob.items.map((intake: { id: string }) => intake.id)).toEqual([ids[0], ids[2]]);
      const breached = (
        await testApp.http().get('/api/v1/intakes').query({ breached: 'true' }).set(headers).expect(200)
      ).body;
      expect(breached.items.map((intake: { id: string }) => intake.id)).toEqual([ids[2]]);
      const awaiting = (
        await testApp
          .http()
          .get('/api/v1/intakes')
          .query({ status: 'awaiting-contact', breached: 'false' })
          .set(headers)
          .expect(200)
      ).body;
      expect(awaiting.items.map((intake: { id: string }) => intake.id)).toEqual([ids[0]]);
      // Round-robin over two consultants gives the first and the third intake to the same one.
      const firstAssignee = open.items[0].assignee.id;
      const mine = (
        await testApp.http().get('/api/v1/intakes').query({ assignee: firstAssignee }).set(headers).expect(200)
      ).body;
      expect(mine.items.map((intake: { id: string }) => intake.id)).toEqual([ids[0], ids[2]]);
      const paged = (
        await testApp.http().get('/api/v1/intakes').query({ pageSize: 2, page: 2 }).set(headers).expect(200)
      ).body;
      expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(paged.items.map((intake: { id: string }) => intake.id)).toEqual([ids[2]]);
      const none = (
        await testApp.http().get('/api/v1/intakes').query({ assignee: 'unassigned' }).set(headers).expect(200)
      ).body;
      expect(none.total).toBe(0);
    });

    it("lists one company's intakes, of every status, with companyId", async () => {
      const headers = jobcentre.headers();
      const other = (
        await testApp
          .http()
          .post('/api/v1/companies')
          .set(headers)
          .send({ cvrNumber: randomCvrNumber(), name: 'Egen Historik ApS' })
          .expect(201)
      ).body.id;
      const first = (await post(validIntake({ companyId: other })).expect(201)).body.id;
      const second = (await post(validIntake({ companyId: other, kind: 'småjob' })).expect(201)).body.id;
      await testApp.http().post(`/api/v1/intakes/${first}/contact-attempts`).set(headers).send({ reached: true });
      await testApp
        .http()
        .post(`/api/v1/intakes/${first}/close`)
        .set(headers)
        .send({ outcome: 'no-need', note: 'Klaret selv' })
        .expect(200);
      const all = (
        await testApp.http().get('/api/v1/intakes').query({ companyId: other, status: 'all' }).set(headers).expect(200)
      ).body;
      expect(all.items.map((intake: { id: string }) => intake.id)).toEqual([first, second]);
      expect(all.items.every((intake: { company: { id: string } }) => intake.company.id === other)).toBe(true);
      const open = (await testApp.http().get('/api/v1/intakes').query({ companyId: other }).set(headers).expect(200))
        .body;
      expect(open.items.map((intake: { id: string }) => intake.id)).toEqual([second]);

      const stranger = await seedJobcentre(testApp, { consultants: 1 });
      const theirs = await testApp
        .http()
        .get('/api/v1/intakes')
        .query({ companyId: other, status: 'all' })
        .set(stranger.headers())
        .expect(200);
      expect(theirs.body.total).toBe(0);
      const bad = await testApp.http().get('/api/v1/intakes').query({ companyId: 'Juelsminde' }).set(headers);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['companyId']);
    });

    it('never shows one jobcentre the intakes of another', async () => {
      const intake = (await post(validIntake()).expect(201)).body;
      const stranger = await seedJobcentre(testApp, { consultants: 1 });
      await testApp.http().get(`/api/v1/intakes/${intake.id}`).set(stranger.headers()).expect(404);
      await testApp.http().post(`/api/v1/intakes/${intake.id}/claim`).set(stranger.headers()).expect(404);
      const queue = (await testApp.http().get('/api/v1/intakes').set(stranger.headers()).expect(200)).body;
      expect(queue.total).toBe(0);
      const borrowed = await post(validIntake(), stranger.headers()).expect(400);
      expect(borrowed.body.errors[0].field).toBe('companyId');
    });
  });

  describe('bad input', () => {
    it('answers an invalid intake with field-level messages and stores nothing', async () => {
      const before = await countIntakes();
      const response = await post({
        companyId: 'abc',
        contactPerson: { name: '', phone: '12' },
        kind: 'holiday',
        description: '',
        channel: 'fax',
      }).expect(400);
      const fields = response.body.errors.map((error: { field: string }) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'companyId',
          'contactPerson.name',
          'contactPerson.phone',
          'kind',
          'description',
          'channel',
        ]),
      );
      expect(await countIntakes()).toBe(before);
    });

    it('requires a way to call back, a company, and a valid CVR for a new company', async () => {
      const noContact = await post(validIntake({ contactPerson: { name: 'Uden Nummer' } })).expect(400);
      expect(noContact.body.errors.map((error: { field: string }) => error.field)).toEqual(['contactPerson.phone']);
      const noCompany = await post(validIntake({ companyId: undefined })).expect(400);
      expect(noCompany.body.errors.map((error: { field: string }) => error.field)).toEqual(
        expect.arrayContaining(['companyId', 'company']),
      );
      const badCvr = await post(
        validIntake({ companyId: undefined, company: { cvrNumber: '11111111', name: 'X' } }),
      ).expect(400);
      expect(badCvr.body.errors.map((error: { field: string }) => error.field)).toEqual(['company.cvrNumber']);
    });

    it('rejects an unknown company, a malformed Idempotency-Key and bad queue filters', async () => {
      const unknown = await post(validIntake({ companyId: '7b0c8f5e-7a8e-4a47-9a3e-2f1f3c1d2e4f' })).expect(400);
      expect(unknown.body.errors[0].field).toBe('companyId');
      const key = await post(validIntake()).set('Idempotency-Key', 'short').expect(400);
      expect(key.body.errors[0].field).toBe('Idempotency-Key');
      const filters = await testApp
        .http()
        .get('/api/v1/intakes')
        .query({ status: 'lost', assignee: 'me', breached: 'maybe', kind: 'x' })
        .set(jobcentre.headers())
        .expect(400);
      expect(filters.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'assignee',
        'breached',
        'kind',
        'status',
      ]);
    });

    it('rejects bad consultant actions without changing the intake', async () => {
      const intake = (await post(validIntake()).expect(201)).body;
      await testApp.http().post(`/api/v1/intakes/${intake.id}/claim`).expect(401);
      await testApp.http().post(`/api/v1/intakes/${intake.id}/claim`).set(jobcentre.coordinator.headers).expect(403);
      const reassign = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/reassign`)
        .set(jobcentre.headers())
        .send({ assigneeId: randomUUID() })
        .expect(400);
      expect(reassign.body.errors[0].field).toBe('assigneeId');
      const contact = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/contact-attempts`)
        .set(jobcentre.headers())
        .send({ reached: 'yes' })
        .expect(400);
      expect(contact.body.errors[0].field).toBe('reached');
      const close = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/close`)
        .set(jobcentre.headers())
        .send({ outcome: 'no-need' })
        .expect(400);
      expect(close.body.errors[0]).toMatchObject({ field: 'note' });
      const badOutcome = await testApp
        .http()
        .post(`/api/v1/intakes/${intake.id}/close`)
        .set(jobcentre.headers())
        .send({ outcome: 'done' })
        .expect(400);
      expect(badOutcome.body.errors[0].field).toBe('outcome');
      await testApp.http().get('/api/v1/intakes/42/history').set(jobcentre.headers()).expect(400);
      await testApp
        .http()
        .get('/api/v1/intakes/7b0c8f5e-7a8e-4a47-9a3e-2f1f3c1d2e4f/history')
        .set(jobcentre.headers())
        .expect(404);

      const unchanged = (await testApp.http().get(`/api/v1/intakes/${intake.id}`).set(jobcentre.headers()).expect(200))
        .body;
      expect(unchanged).toEqual(intake);
    });

    it('rejects an invalid first-contact policy and keeps the one in force', async () => {
      const before = (await testApp.http().get('/api/v1/duty-desk/settings').set(jobcentre.headers()).expect(200)).body;
      const response = await testApp
        .http()
        .put('/api/v1/duty-desk/settings')
        .set(jobcentre.lead.headers)
        .send({
          firstContactPolicy: {
            mode: 'working-hours',
            hours: 0,
            timeZone: 'Mars/Olympus',
            openingHours: { opensAt: '16:00', closesAt: '08:00' },
          },
        })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'firstContactPolicy.hours',
        'firstContactPolicy.openingHours.closesAt',
        'firstContactPolicy.timeZone',
      ]);
      const missingHours = await testApp
        .http()
        .put('/api/v1/duty-desk/settings')
        .set(jobcentre.lead.headers)
        .send({ firstContactPolicy: { mode: 'working-hours', hours: 24 } })
        .expect(400);
      expect(missingHours.body.errors[0].field).toBe('firstContactPolicy.openingHours');
      expect(
        (await testApp.http().get('/api/v1/duty-desk/settings').set(jobcentre.headers()).expect(200)).body,
      ).toEqual(before);
    });
  });
});
