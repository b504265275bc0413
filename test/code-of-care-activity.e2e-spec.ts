import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import {
  ACTIVITY_QUEUE,
  ACTIVITY_SCHEDULER_ID,
  ActivityScheduler,
  addDays,
  addMonths,
  firstInactiveDay,
} from '@jobbro/code-of-care';
import { danishDate } from '@jobbro/platform';
import { postingBody } from './support/endpoints';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import {
  availableQueueBackends,
  createTestApp,
  flushRedisDb,
  SettableClock,
  type QueueBackend,
  type TestApp,
} from './support/test-app';

const REDIS_DB = 7;

/** A company of the jobcentre, made through the API, and made a member of its network straight in the tables. */
async function member(testApp: TestApp, jobcentre: SeededJobcentre, joinedOn: string) {
  const company = await testApp
    .http()
    .post('/api/v1/companies')
    .set(jobcentre.headers())
    .send({ cvrNumber: randomCvrNumber(), name: 'Hedensted Byg ApS' })
    .expect(201);
  const [membership] = await testApp.dataSource.query(
    `INSERT INTO code_of_care_memberships
       (jobcentre_id, company_id, status, source, pledge_signed_on, pledge_signatory, joined_on)
     VALUES ($1, $2, 'member', 'manual', $3, 'Mette Jensen', $3) RETURNING id`,
    [jobcentre.id, company.body.id, joinedOn],
  );
  await testApp.dataSource.query(
    `INSERT INTO code_of_care_membership_events (jobcentre_id, membership_id, kind, to_value, effective_on)
     VALUES ($1, $2, 'status', 'member', $3)`,
    [jobcentre.id, membership.id, joinedOn],
  );
  return { companyId: company.body.id as string, membershipId: membership.id as string };
}

/** Noon in Denmark on the day, so the Danish date the clock reads is that day whatever the season. */
const noonOn = (day: string) => `${day}T11:00:00Z`;

describe('Code of Care activity (/api/v1/code-of-care/activity, /warnings)', () => {
  const clock = new SettableClock();
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  const http = () => testApp.http();

  beforeAll(async () => {
    testApp = await createTestApp({ clock });
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(() => testApp.close());
  afterEach(() => clock.reset());

  const recompute = async (headers = a.coordinator.headers) =>
    (await http().post('/api/v1/code-of-care/activity/recompute').set(headers).expect(201)).body;
  const stored = async (membershipId: string) =>
    (
      await testApp.dataSource.query(
        `SELECT activity_status, to_char(last_activity_on, 'YYYY-MM-DD') AS last_activity_on, last_activity_kind,
                to_char(active_until, 'YYYY-MM-DD') AS active_until, version
           FROM code_of_care_memberships WHERE id = $1`,
        [membershipId],
      )
    )[0];
  const history = (membershipId: string) =>
    testApp.dataSource.query(
      `SELECT kind, from_value, to_value, to_char(effective_on, 'YYYY-MM-DD') AS effective_on, note
         FROM code_of_care_membership_events WHERE membership_id = $1 AND kind = 'activity' ORDER BY recorded_at`,
      [membershipId],
    );
  const warnings = async (query = '', headers = a.coordinator.headers) =>
    (await http().get(`/api/v1/code-of-care/warnings${query}`).set(headers).expect(200)).body;

  it('turns a member active by a småjob, warns once before the lapse and again when it lapses', async () => {
    const today = danishDate(new Date());
    const { companyId, membershipId } = await member(testApp, a, today);
    // Not a member yet in the computation's eyes: a draft never reached anyone.
    const draft = await http().post('/api/v1/postings').set(a.headers()).send(postingBody({ companyId })).expect(201);
    expect((await recompute()).active).toBe(0);
    expect(await stored(membershipId)).toMatchObject({ activity_status: 'inactive', last_activity_on: null });

    await http().post(`/api/v1/postings/${draft.body.id}/publish`).set(a.headers()).expect(200);
    const run = await recompute();
    expect(run).toMatchObject({
      asOf: today,
      trigger: 'manual',
      jobcentres: 1,
      members: 1,
      active: 1,
      turnedActive: 1,
      turnedInactive: 0,
      warningsRaised: 0,
    });
    const lapse = firstInactiveDay(today, 12);
    expect(await stored(membershipId)).toEqual({
      activity_status: 'active',
      last_activity_on: today,
      last_activity_kind: 'posting',
      active_until: addDays(lapse, -1),
      // The job's columns are not the coordinator's edits: an open form on the membership stays valid.
      version: 1,
    });
    expect((await http().get('/api/v1/code-of-care/activity/latest').set(a.headers()).expect(200)).body).toEqual(run);

    // 20 days before the lapse: one warning, however often the job runs.
    clock.set(noonOn(addDays(lapse, -20)));
    expect(await recompute()).toMatchObject({ active: 1, turnedActive: 0, warningsRaised: 1 });
    expect(await recompute()).toMatchObject({ active: 1, warningsRaised: 0 });
    const soon = await warnings('?open=true');
    expect(soon).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(soon.items[0]).toMatchObject({
      membershipId,
      company: { id: companyId, name: 'Hedensted Byg ApS' },
      kind: 'inactive-soon',
      inactiveOn: lapse,
      acknowledgedAt: null,
      acknowledgedByName: null,
    });

    // Twelve months and a day after the småjob: inactive, with a warning and a history event.
    clock.set(noonOn(addDays(addMonths(today, 12), 1)));
    expect(await recompute()).toMatchObject({
      active: 0,
      turnedActive: 0,
      turnedInactive: 1,
      warningsRaised: 1,
    });
    expect(await stored(membershipId)).toMatchObject({ activity_status: 'inactive', active_until: addDays(lapse, -1) });
    expect(await history(membershipId)).toEqual([
      {
        kind: 'activity',
        from_value: null,
        to_value: 'inactive',
        effective_on: today,
        note: 'Ingen aktivitet registreret',
      },
      {
        kind: 'activity',
        from_value: 'inactive',
        to_value: 'active',
        effective_on: today,
        note: `Seneste aktivitet: opslag ${today}`,
      },
      {
        kind: 'activity',
        from_value: 'active',
        to_value: 'inactive',
        effective_on: lapse,
        note: `Seneste aktivitet: opslag ${today}`,
      },
    ]);
    expect(await recompute()).toMatchObject({ turnedInactive: 0, warningsRaised: 0 });
    const open = await warnings('?open=true');
    expect(open.items.map((warning: { kind: string }) => warning.kind)).toEqual(['turned-inactive', 'inactive-soon']);

    const acknowledged = await http()
      .post(`/api/v1/code-of-care/warnings/${open.items[0].id}/acknowledge`)
      .set(a.lead.headers)
      .expect(200);
    expect(acknowledged.body).toMatchObject({ kind: 'turned-inactive', acknowledgedByName: a.lead.name });
    expect(acknowledged.body.acknowledgedAt).toEqual(expect.any(String));
    // Acknowledged again by someone else: the first stays named.
    const again = await http()
      .post(`/api/v1/code-of-care/warnings/${open.items[0].id}/acknowledge`)
      .set(a.coordinator.headers)
      .expect(200);
    expect(again.body).toEqual(acknowledged.body);
    expect((await warnings('?open=true')).items.map((warning: { kind: string }) => warning.kind)).toEqual([
      'inactive-soon',
    ]);
    expect((await warnings('?open=false')).items.map((warning: { id: string }) => warning.id)).toEqual([
      open.items[0].id,
    ]);
    expect((await warnings('?limit=1&offset=1')).total).toBe(2);
    expect((await warnings('?limit=1&offset=1')).items).toHaveLength(1);

    // Another jobcentre's coordinator sees none of it.
    expect((await warnings('', b.coordinator.headers)).total).toBe(0);
    await http()
      .post(`/api/v1/code-of-care/warnings/${open.items[1].id}/acknowledge`)
      .set(b.coordinator.headers)
      .expect(404);
    await http().get('/api/v1/code-of-care/activity/latest').set(b.coordinator.headers).expect(404);
    expect((await recompute(b.coordinator.headers)).members).toBe(0);
  });

  it('lets consultants read but only coordinators and leads recompute and acknowledge', async () => {
    await http().get('/api/v1/code-of-care/warnings').set(a.headers()).expect(200);
    await http().post('/api/v1/code-of-care/activity/recompute').set(a.headers()).expect(403);
    await http().post('/api/v1/code-of-care/activity/recompute').set(a.admin.headers).expect(403);
  });

  it('refuses bad input with the field named', async () => {
    const fields = async (query: string) =>
      (await http().get(`/api/v1/code-of-care/warnings${query}`).set(a.headers()).expect(400)).body.errors.map(
        (error: { field: string }) => error.field,
      );
    expect(await fields('?open=maybe')).toEqual(['open']);
    expect(await fields('?limit=0')).toEqual(['limit']);
    expect(await fields('?limit=101')).toEqual(['limit']);
    expect(await fields('?offset=-1')).toEqual(['offset']);
    await http().post('/api/v1/code-of-care/warnings/ikke-et-id/acknowledge').set(a.coordinator.headers).expect(400);
    await http()
      .post('/api/v1/code-of-care/warnings/00000000-0000-4000-8000-000000000000/acknowledge')
      .set(a.coordinator.headers)
      .expect(404);
  });
});

describe.each(availableQueueBackends())('The daily activity job on the %s queue backend', (queue: QueueBackend) => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;

  beforeAll(async () => {
    if (queue === 'redis') await flushRedisDb(REDIS_DB);
    testApp = await createTestApp({ queue, redisDb: REDIS_DB });
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(() => testApp?.close());

  const activityQueue = () => testApp.app.get<Queue>(getQueueToken(ACTIVITY_QUEUE));

  it('is scheduled daily at 05:15 Danish time by the worker, and scheduled again when the queue lost it', async () => {
    expect(await activityQueue().getJobScheduler(ACTIVITY_SCHEDULER_ID)).toMatchObject({
      pattern: '15 5 * * *',
      tz: 'Europe/Copenhagen',
    });
    await activityQueue().removeJobScheduler(ACTIVITY_SCHEDULER_ID);
    expect(await activityQueue().getJobScheduler(ACTIVITY_SCHEDULER_ID)).toBeUndefined();
    // What the watchdog of every worker does now and then.
    await testApp.app.get(ActivityScheduler).ensureSchedule();
    expect(await activityQueue().getJobScheduler(ACTIVITY_SCHEDULER_ID)).toMatchObject({ pattern: '15 5 * * *' });
  });

  it("recomputes every jobcentre's members when the job runs through the queue", async () => {
    const today = danishDate(new Date());
    const { companyId, membershipId } = await member(testApp, jobcentre, today);
    const posting = await testApp
      .http()
      .post('/api/v1/postings')
      .set(jobcentre.headers())
      .send(postingBody({ companyId }))
      .expect(201);
    await testApp.http().post(`/api/v1/postings/${posting.body.id}/publish`).set(jobcentre.headers()).expect(200);

    const job = await activityQueue().add('recompute', {});
    const [run] = await waitFor(async () => {
      const rows = await testApp.dataSource.query(
        `SELECT trigger, members, active, turned_active FROM code_of_care_activity_runs WHERE jobcentre_id = $1`,
        [jobcentre.id],
      );
      return rows.length > 0 ? rows : null;
    }, 20_000);
    expect(run).toEqual({ trigger: 'schedule', members: 1, active: 1, turned_active: 1 });
    const [membership] = await testApp.dataSource.query(
      `SELECT activity_status FROM code_of_care_memberships WHERE id = $1`,
      [membershipId],
    );
    expect(membership.activity_status).toBe('active');
    const finished = await waitFor(async () => ((await job.isCompleted()) ? true : null), 10_000);
    expect(finished).toBe(true);
  });
});
