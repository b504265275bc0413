import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { addDays, firstInactiveDay } from '@jobbro/code-of-care';
import { SLA_QUEUE } from '@jobbro/duty-desk';
import { danishDate } from '@jobbro/platform';
import { TaxonomyService } from '@jobbro/taxonomy';
import { postingBody } from './support/endpoints';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre, type SeededUser } from './support/fixtures';
import { createTestApp, SettableClock, type TestApp } from './support/test-app';

// 3.6 s to first contact and a reminder 2 s before it, for the jobcentre whose timers the tests watch fire.
const SHORT_POLICY = { mode: 'calendar-hours', hours: 0.001 };

const IDEMPOTENCY_KEY = '4f0c6c1e-8a57-4a52-9d52-2c0a3b8f0a11';

interface Told {
  event_type: string;
  recipient_email: string | null;
  user: string | null;
  in_app: boolean;
  mailed_to: string | null;
}

describe('Notifications: each event tells the right people, by their channels, once (over HTTP)', () => {
  const clock = new SettableClock();
  let testApp: TestApp;
  let a: SeededJobcentre;
  let timed: SeededJobcentre;
  let b: SeededJobcentre;
  const http = () => testApp.http();

  beforeAll(async () => {
    testApp = await createTestApp({ clock, env: { DUTY_DESK_REMINDER_BEFORE: '2s' } });
    a = await seedJobcentre(testApp, { consultants: 2, onDutyFor: 3_600_000 });
    timed = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000, policy: SHORT_POLICY });
    b = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
  }, 60_000);
  afterAll(() => testApp?.close());
  afterEach(() => clock.reset());

  /** Who was told about a subject: one row per notification, with its e-mail delivery if any. */
  const toldAbout = async (subjectId: string): Promise<Told[]> =>
    testApp.dataSource.query(
      `SELECT n.event_type, n.recipient_email, coalesce(s.email, u.email) AS user, n.in_app, d.to_address AS mailed_to
         FROM notifications n
         LEFT JOIN user_accounts u ON u.id = n.recipient_user_id
         LEFT JOIN staff_members s ON s.id = u.staff_member_id
         LEFT JOIN notification_deliveries d ON d.notification_id = n.id
        WHERE n.subject_id = $1
        ORDER BY n.event_type, lower(n.recipient_email) COLLATE "C"`,
      [subjectId],
    );
  const company = async (jobcentre: SeededJobcentre, name = 'Bjerre Byg ApS') =>
    (
      await http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name, postcode: '8722' })
        .expect(201)
    ).body as { id: string; cvrNumber: string };
  const inbox = async (user: Pick<SeededUser, 'headers'>, query = '') =>
    (await http().get(`/api/v1/notifications${query}`).set(user.headers).expect(200)).body;
  const unread = async (user: Pick<SeededUser, 'headers'>) =>
    (await http().get('/api/v1/notifications/unread-count').set(user.headers).expect(200)).body.unread as number;
  const choose = (user: Pick<SeededUser, 'headers'>, body: object) =>
    http().put('/api/v1/notifications/preferences').set(user.headers).send(body).expect(200);
  /** A shortlist of jobcentre A, for a posting or an intake, of one new candidate. */
  const shortlistOfOne = async (subject: { postingId: string } | { intakeId: string }, candidateName: string) => {
    const candidateId = (
      await http()
        .post('/api/v1/candidates')
        .set(a.headers())
        .send({ name: candidateName, birthDate: '1991-03-04', targetGroup: 'kontanthjælp', ladderStep: 3 })
        .expect(201)
    ).body.id;
    return (
      await http()
        .post('/api/v1/shortlists')
        .set(a.headers())
        .send({ ...subject, entries: [{ candidateId }] })
        .expect(201)
    ).body as { id: string };
  };

  it('tells the assignee of a new intake, sends the contact person a receipt, never twice', async () => {
    const { id: companyId } = await company(a);
    const body = {
      companyId,
      contactPerson: { name: 'Lise Holm', phone: '+45 75 12 34 56', email: 'lise@bjerre.dk' },
      kind: 'småjob',
      description: 'Ti timer om ugen på lageret',
      channel: 'phone',
    };
    const first = await http()
      .post('/api/v1/intakes')
      .set(a.headers())
      .set('Idempotency-Key', IDEMPOTENCY_KEY)
      .send(body);
    expect(first.status).toBe(201);
    await http()
      .post('/api/v1/intakes')
      .set(a.headers())
      .set('Idempotency-Key', IDEMPOTENCY_KEY)
      .send(body)
      .expect(200);
    const assignee = a.consultants.find((each) => each.id === first.body.assignee.id)!;
    expect(await toldAbout(first.body.id)).toEqual([
      {
        event_type: 'intake-assigned',
        recipient_email: assignee.email,
        user: assignee.email,
        in_app: true,
        mailed_to: assignee.email,
      },
      {
        event_type: 'intake-receipt',
        recipient_email: 'lise@bjerre.dk',
        user: null,
        in_app: false,
        mailed_to: 'lise@bjerre.dk',
      },
    ]);
    // The statement that writes the intake fills in the assignee and the names: exactly each event's data.
    const data = await testApp.dataSource.query(
      `SELECT n.event_type, n.data, j.name AS jobcentre_name
         FROM notifications n JOIN jobcentres j ON j.id = n.jobcentre_id
        WHERE n.subject_id = $1 ORDER BY n.event_type`,
      [first.body.id],
    );
    const intakeFacts = {
      intakeId: first.body.id,
      companyName: 'Bjerre Byg ApS',
      cvrNumber: first.body.company.cvrNumber,
      kind: 'småjob',
      receivedAt: first.body.receivedAt,
      deadlineAt: first.body.deadlineAt,
    };
    expect(data.map((row: { data: object }) => row.data)).toEqual([
      { ...intakeFacts, assigneeName: assignee.name, contactName: 'Lise Holm', contactPhone: '+45 75 12 34 56' },
      { ...intakeFacts, jobcentreName: data[0].jobcentre_name, contactName: 'Lise Holm' },
    ]);
    const [item] = (await inbox(assignee)).items;
    expect(item).toMatchObject({
      eventType: 'intake-assigned',
      subjectType: 'intake',
      subjectId: first.body.id,
      readAt: null,
      data: { companyName: 'Bjerre Byg ApS', contactName: 'Lise Holm', deadlineAt: first.body.deadlineAt },
    });
    // Nobody else's inbox, in this jobcentre or another, shows it.
    for (const other of [a.lead, a.coordinator, b.consultants[0]])
      expect((await inbox(other)).items.map((each: { subjectId: string }) => each.subjectId)).not.toContain(
        first.body.id,
      );
  });

  it('tells the consultant an intake was reassigned to them by hand, once; claiming tells nobody', async () => {
    const { id: companyId } = await company(a);
    const intake = (
      await http()
        .post('/api/v1/intakes')
        .set(a.headers())
        .send({
          companyId,
          contactPerson: { name: 'Ole', phone: '+45 20 30 40 50' },
          kind: 'recruitment',
          description: 'En tømrer',
          channel: 'phone',
        })
        .expect(201)
    ).body;
    const other = a.consultants.find((each) => each.id !== intake.assignee.id)!;
    const reassign = () =>
      http().post(`/api/v1/intakes/${intake.id}/reassign`).set(a.lead.headers).send({ assigneeId: other.id });
    await reassign().expect(200);
    await reassign().expect(409);
    const first = a.consultants.find((each) => each.id === intake.assignee.id)!;
    const assigned = (await toldAbout(intake.id)).filter((row) => row.event_type === 'intake-assigned');
    expect(assigned.map((row) => row.user).sort()).toEqual([first.email, other.email].sort());

    await http().post(`/api/v1/intakes/${intake.id}/claim`).set(first.headers).expect(200);
    expect((await toldAbout(intake.id)).filter((row) => row.event_type === 'intake-assigned')).toHaveLength(2);
  });

  it('sends the employer user who filed it a receipt in the app and by mail, its contact person by mail', async () => {
    const own = await company(a, 'Kantine K A/S');
    const employer = await a.employer([own.cvrNumber]);
    const created = await http()
      .post('/api/v1/employer/intakes')
      .set(employer.headers)
      .send({
        companyId: own.id,
        contactPerson: { name: 'Kirsten', phone: '+45 20 30 40 50', email: 'Kirsten@kantine.dk' },
        kind: 'recruitment',
        description: 'En kok',
      })
      .expect(201);
    const receipts = (await toldAbout(created.body.id)).filter((row) => row.event_type === 'intake-receipt');
    expect(receipts).toEqual([
      {
        event_type: 'intake-receipt',
        recipient_email: employer.email,
        user: employer.email,
        in_app: true,
        mailed_to: employer.email,
      },
      {
        event_type: 'intake-receipt',
        recipient_email: 'Kirsten@kantine.dk',
        user: null,
        in_app: false,
        mailed_to: 'Kirsten@kantine.dk',
      },
    ]);
    expect((await inbox(employer)).items[0]).toMatchObject({
      eventType: 'intake-receipt',
      data: { deadlineAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), companyName: 'Kantine K A/S' },
    });
  });

  it('sends one receipt, as the user, to an employer user who is the contact person too', async () => {
    const own = await company(a, 'Kantine To A/S');
    const employer = await a.employer([own.cvrNumber]);
    const created = await http()
      .post('/api/v1/employer/intakes')
      .set(employer.headers)
      .send({
        companyId: own.id,
        // The same person, the address typed in another case.
        contactPerson: { name: 'Selv', phone: '+45 20 30 40 50', email: employer.email.toUpperCase() },
        kind: 'recruitment',
        description: 'En kok',
      })
      .expect(201);
    expect((await toldAbout(created.body.id)).filter((row) => row.event_type === 'intake-receipt')).toEqual([
      {
        event_type: 'intake-receipt',
        recipient_email: employer.email,
        user: employer.email,
        in_app: true,
        mailed_to: employer.email,
      },
    ]);
    const [mails] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.subject_id = $1 AND n.event_type = 'intake-receipt' AND lower(d.to_address) = lower($2)`,
      [created.body.id, employer.email],
    );
    expect(mails.count).toBe(1);
    expect(
      (await inbox(employer)).items.filter((item: { subjectId: string }) => item.subjectId === created.body.id),
    ).toHaveLength(1);
  });

  it('reminds the assignee, then tells the assignee and the lead of a breach, by their choices', async () => {
    const [consultant] = timed.consultants;
    await choose(consultant, { choices: [{ eventType: 'intake-deadline-breached', channels: 'in-app' }] });
    await choose(timed.lead, { allChannels: 'email' });
    const { id: companyId } = await company(timed);
    const intake = (
      await http()
        .post('/api/v1/intakes')
        .set(timed.headers())
        .send({
          companyId,
          contactPerson: { name: 'Ole', phone: '+45 20 30 40 50' },
          kind: 'småjob',
          description: 'Lager',
          channel: 'phone',
        })
        .expect(201)
    ).body;
    const breached = await waitFor(async () => {
      const rows = await toldAbout(intake.id);
      return rows.filter((row) => row.event_type === 'intake-deadline-breached').length === 2 ? rows : null;
    }, 20_000);
    expect(breached.filter((row) => row.event_type !== 'intake-assigned')).toEqual([
      // The consultant chose in the app only for breaches; the lead e-mail only for everything.
      {
        event_type: 'intake-deadline-breached',
        recipient_email: consultant.email,
        user: consultant.email,
        in_app: true,
        mailed_to: null,
      },
      {
        event_type: 'intake-deadline-breached',
        recipient_email: timed.lead.email,
        user: timed.lead.email,
        in_app: false,
        mailed_to: timed.lead.email,
      },
      {
        event_type: 'intake-deadline-reminder',
        recipient_email: consultant.email,
        user: consultant.email,
        in_app: true,
        mailed_to: consultant.email,
      },
    ]);
    expect((await inbox(timed.lead)).items).toEqual([]);

    // The same timers fired again (a retried or repeated job) tell nobody twice.
    const queue = testApp.app.get<Queue>(getQueueToken(SLA_QUEUE));
    const dueAt = new Date().toISOString();
    const repeats = await Promise.all(
      (['reminder', 'escalation'] as const).map((name) =>
        queue.add(
          name,
          { intakeId: intake.id, jobcentreId: timed.id, dueAt },
          { jobId: `repeat-${name}-${intake.id}` },
        ),
      ),
    );
    await waitFor(async () => (await Promise.all(repeats.map((job) => job.isCompleted()))).every(Boolean));
    expect(await toldAbout(intake.id)).toEqual(breached);
  }, 40_000);

  it("tells the company's employer users a shortlist was sent, each by their choice, and nobody else", async () => {
    await testApp.app.get(TaxonomyService).search();
    const target = await company(a, 'Lager L ApS');
    const [inBoth, mailOnly] = [await a.employer([target.cvrNumber]), await a.employer([target.cvrNumber])];
    const elsewhere = await a.employer([(await company(a, 'Andet A/S')).cvrNumber]);
    await choose(mailOnly, { choices: [{ eventType: 'shortlist-sent', channels: 'email' }] });
    const posting = (
      await http()
        .post('/api/v1/postings')
        .set(a.headers())
        .send(postingBody({ companyId: target.id }))
        .expect(201)
    ).body.id;
    await http().post(`/api/v1/postings/${posting}/publish`).set(a.headers()).expect(200);
    const list = await shortlistOfOne({ postingId: posting }, 'Liste Kandidat');
    await http().post(`/api/v1/shortlists/${list.id}/send`).set(a.headers()).expect(200);
    await http().post(`/api/v1/shortlists/${list.id}/send`).set(a.headers()).expect(409);
    expect(await toldAbout(list.id)).toEqual(
      expect.arrayContaining([
        {
          event_type: 'shortlist-sent',
          recipient_email: inBoth.email,
          user: inBoth.email,
          in_app: true,
          mailed_to: inBoth.email,
        },
        {
          event_type: 'shortlist-sent',
          recipient_email: mailOnly.email,
          user: mailOnly.email,
          in_app: false,
          mailed_to: mailOnly.email,
        },
      ]),
    );
    expect(await toldAbout(list.id)).toHaveLength(2);
    expect((await inbox(inBoth)).items[0]).toMatchObject({
      eventType: 'shortlist-sent',
      subjectType: 'shortlist',
      data: { companyName: 'Lager L ApS', candidates: 1, postingTitle: 'Lagermedarbejder, 10 timer om ugen' },
    });
    expect((await inbox(elsewhere)).items).toEqual([]);
  });

  it("tells the company's employer users of a list sent for an intake, not the intake's contact person", async () => {
    await testApp.app.get(TaxonomyService).search();
    const target = await company(a, 'Intake I ApS');
    const employer = await a.employer([target.cvrNumber]);
    const intake = (
      await http()
        .post('/api/v1/intakes')
        .set(a.headers())
        .send({
          companyId: target.id,
          contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56', email: 'mette@intake-i.dk' },
          kind: 'recruitment',
          description: 'To lagerfolk',
          channel: 'phone',
        })
        .expect(201)
    ).body.id as string;
    const list = await shortlistOfOne({ intakeId: intake }, 'Intake Kandidat');
    await http()
      .post(`/api/v1/intakes/${intake}/contact-attempts`)
      .set(a.headers())
      .send({ reached: true })
      .expect(200);
    await http().post(`/api/v1/shortlists/${list.id}/send`).set(a.headers()).expect(200);
    expect(await toldAbout(list.id)).toEqual([
      {
        event_type: 'shortlist-sent',
        recipient_email: employer.email,
        user: employer.email,
        in_app: true,
        mailed_to: employer.email,
      },
    ]);
  });

  it('tells the network coordinators a member is about to turn inactive, once however often the job runs', async () => {
    const today = danishDate(new Date());
    const member = await company(a, 'Netværk N ApS');
    const [{ id: membershipId }] = await testApp.dataSource.query(
      `INSERT INTO code_of_care_memberships
         (jobcentre_id, company_id, status, source, pledge_signed_on, pledge_signatory, joined_on)
       VALUES ($1, $2, 'member', 'manual', $3, 'Mette Jensen', $3) RETURNING id`,
      [a.id, member.id, today],
    );
    const draft = await http()
      .post('/api/v1/postings')
      .set(a.headers())
      .send(postingBody({ companyId: member.id }));
    await http().post(`/api/v1/postings/${draft.body.id}/publish`).set(a.headers()).expect(200);
    const recompute = () =>
      http().post('/api/v1/code-of-care/activity/recompute').set(a.coordinator.headers).expect(201);
    await recompute();
    const lapse = firstInactiveDay(today, 12);
    clock.set(`${addDays(lapse, -20)}T11:00:00Z`);
    await recompute();
    await recompute();
    expect(await toldAbout(membershipId)).toEqual([
      {
        event_type: 'code-of-care-inactive-soon',
        recipient_email: a.coordinator.email,
        user: a.coordinator.email,
        in_app: true,
        mailed_to: a.coordinator.email,
      },
    ]);
    expect((await inbox(a.coordinator)).items[0]).toMatchObject({
      subjectType: 'code-of-care-membership',
      subjectId: membershipId,
      data: { companyName: 'Netværk N ApS', inactiveOn: lapse, lastActivityOn: today },
    });
  });

  it('pages the inbox newest first, filters unread, counts them and marks one or all read, own rows only', async () => {
    const [reader] = b.consultants;
    const { id: companyId } = await company(b);
    const ids: string[] = [];
    for (const description of ['En', 'To', 'Tre']) {
      ids.push(
        (
          await http()
            .post('/api/v1/intakes')
            .set(b.headers())
            .send({
              companyId,
              contactPerson: { name: 'Ole', phone: '+45 20 30 40 50' },
              kind: 'småjob',
              description,
              channel: 'phone',
            })
            .expect(201)
        ).body.id,
      );
    }
    expect(await unread(reader)).toBe(3);
    const page = await inbox(reader, '?page=1&pageSize=2');
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((item: { subjectId: string }) => item.subjectId)).toEqual([ids[2], ids[1]]);

    const read = await http().post(`/api/v1/notifications/${page.items[0].id}/read`).set(reader.headers).expect(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await http().post(`/api/v1/notifications/${page.items[0].id}/read`).set(reader.headers).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect(await unread(reader)).toBe(2);
    expect((await inbox(reader, '?unread=true')).total).toBe(2);

    // Someone else's notification, in this jobcentre or another, is not there for them.
    await http().post(`/api/v1/notifications/${page.items[1].id}/read`).set(b.lead.headers).expect(404);
    await http().post(`/api/v1/notifications/${page.items[1].id}/read`).set(a.consultants[0].headers).expect(404);
    await http().post('/api/v1/notifications/read-all').set(a.lead.headers).expect(200);
    expect(await unread(reader)).toBe(2);

    expect((await http().post('/api/v1/notifications/read-all').set(reader.headers).expect(200)).body).toEqual({
      marked: 2,
    });
    expect(await unread(reader)).toBe(0);
  });

  it('reads and sets the channel choices per event type, defaults filled in, and the language', async () => {
    const employer = await a.employer([(await company(a)).cvrNumber]);
    const preferences = async (user: SeededUser) =>
      (await http().get('/api/v1/notifications/preferences').set(user.headers).expect(200)).body;
    expect(await preferences(employer)).toEqual({
      language: 'da',
      choices: [
        { eventType: 'intake-receipt', channels: 'email-and-in-app', chosen: false },
        { eventType: 'shortlist-sent', channels: 'email-and-in-app', chosen: false },
      ],
    });
    const changed = (
      await choose(employer, { language: 'en', choices: [{ eventType: 'shortlist-sent', channels: 'in-app' }] })
    ).body;
    expect(changed).toEqual({
      language: 'en',
      choices: [
        { eventType: 'intake-receipt', channels: 'email-and-in-app', chosen: false },
        { eventType: 'shortlist-sent', channels: 'in-app', chosen: true },
      ],
    });
    expect((await preferences(a.lead)).choices.map((choice: { eventType: string }) => choice.eventType)).toContain(
      'intake-deadline-breached',
    );
  });

  it('refuses bad input on every notifications endpoint with the field named', async () => {
    const user = a.consultants[0];
    const bad = async (request: PromiseLike<{ status: number; body: unknown }>, field: string) => {
      const response = await request;
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    };
    await bad(http().get('/api/v1/notifications?unread=maybe').set(user.headers), 'unread');
    await bad(http().get('/api/v1/notifications?pageSize=0').set(user.headers), 'pageSize');
    await bad(http().post('/api/v1/notifications/not-a-uuid/read').set(user.headers), 'uuid');
    await bad(http().put('/api/v1/notifications/preferences').set(user.headers).send({ language: 'fr' }), 'language');
    await bad(
      http().put('/api/v1/notifications/preferences').set(user.headers).send({ allChannels: 'sms' }),
      'allChannels',
    );
    await bad(
      http()
        .put('/api/v1/notifications/preferences')
        .set(user.headers)
        .send({ choices: [{ eventType: 'x', channels: 'email' }] }),
      'eventType',
    );
    await bad(http().put('/api/v1/notifications/preferences').set(user.headers).send({ choices: 'all' }), 'choices');
    await bad(http().put('/api/v1/notifications/preferences').set(user.headers).send({ language: null }), 'language');
    // An API key has no inbox.
    await http().get('/api/v1/notifications').expect(401);
  });
});
