import { addDays } from '@jobbro/code-of-care';
import { danishDate } from '@jobbro/platform';
import { TaxonomyService } from '@jobbro/taxonomy';
import { postingBody } from './support/endpoints';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

interface Pledge {
  id: string;
  kind: string;
  delivered: number;
  remaining: number;
  shareDelivered: number;
  status: string;
  version: number;
}

describe('Code of Care pledges (/api/v1/code-of-care/pledges)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  const today = danishDate(new Date());
  const signedOn = addDays(today, -30);
  const dueOn = addDays(today, 30);
  const http = () => testApp.http();

  const company = async (name: string) =>
    (await http().post('/api/v1/companies').set(a.headers()).send({ cvrNumber: randomCvrNumber(), name }).expect(201))
      .body.id as string;
  /** A membership written straight to the tables: the memberships' own endpoints are tested on their own. */
  const membership = async (companyId: string, status: 'member' | 'prospect') => {
    const [row] = await testApp.dataSource.query(
      `INSERT INTO code_of_care_memberships
         (jobcentre_id, company_id, status, source, pledge_signed_on, pledge_signatory, joined_on)
       VALUES ($1, $2, $3, 'manual', $4, $5, $4) RETURNING id`,
      [a.id, companyId, status, status === 'member' ? signedOn : null, status === 'member' ? 'Mette Jensen' : null],
    );
    await testApp.dataSource.query(
      `INSERT INTO code_of_care_membership_events (jobcentre_id, membership_id, kind, to_value, effective_on)
       VALUES ($1, $2, 'status', $3, $4)`,
      [a.id, row.id, status, signedOn],
    );
    return row.id as string;
  };
  const pledge = (membershipId: string, body: object, headers = a.coordinator.headers) =>
    http().post(`/api/v1/code-of-care/members/${membershipId}/pledges`).set(headers).send(body);
  const list = async (query = '', headers = a.headers()) =>
    (await http().get(`/api/v1/code-of-care/pledges${query}`).set(headers).expect(200)).body;
  const publishedPosting = async (body: object) => {
    const created = await http().post('/api/v1/postings').set(a.headers()).send(body).expect(201);
    await http().post(`/api/v1/postings/${created.body.id}/publish`).set(a.headers()).expect(200);
    return created.body.id as string;
  };
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  let memberCompanyId: string;
  let memberId: string;
  let prospectId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    await testApp.app.get(TaxonomyService).search();
    memberCompanyId = await company('Hedensted Byg ApS');
    memberId = await membership(memberCompanyId, 'member');
    prospectId = await membership(await company('Kommer Måske ApS'), 'prospect');
  }, 60_000);
  afterAll(() => testApp.close());

  it('counts what a member delivered from real postings, placements, courses and events', async () => {
    const created: Record<string, Pledge> = {};
    for (const [kind, quantity] of [
      ['småjob', 2],
      ['voksenlærling', 1],
      ['mentor', 3],
      ['host-event', 1],
      ['share-knowledge', 2],
    ] as const) {
      const response = await pledge(memberId, { kind, quantity, dueOn, description: `Løfte om ${kind}` }).expect(201);
      created[kind] = response.body;
    }
    // The period starts the day the pledge was signed when fromOn is left out.
    expect(created['småjob']).toMatchObject({
      membershipId: memberId,
      company: { id: memberCompanyId, name: 'Hedensted Byg ApS' },
      kind: 'småjob',
      quantity: 2,
      fromOn: signedOn,
      dueOn,
      description: 'Løfte om småjob',
      delivered: 0,
      remaining: 2,
      shareDelivered: 0,
      status: 'open',
      version: 1,
    });

    // One småjob published; a draft, an ordinary job and another company's småjob do not count.
    await publishedPosting(postingBody({ companyId: memberCompanyId }));
    await http()
      .post('/api/v1/postings')
      .set(a.headers())
      .send(postingBody({ companyId: memberCompanyId }));
    await publishedPosting({
      ...postingBody({ companyId: memberCompanyId }),
      kind: 'ordinary',
      targetGroups: undefined,
    });
    await publishedPosting(postingBody({ companyId: await company('Nabo ApS') }));

    // A voksenlærling starting today counts; one starting after the due day does not.
    const apprenticeship = await publishedPosting({
      ...postingBody({ companyId: memberCompanyId }),
      kind: 'voksenlærling',
      title: 'Tømrer, voksenlærling',
      targetGroups: undefined,
      educationName: 'Tømrer',
      educationMonths: 48,
      hoursPerWeek: 37,
    });
    for (const startDate of [today, addDays(dueOn, 1)]) {
      const candidate = await http()
        .post('/api/v1/candidates')
        .set(a.headers())
        .send({ name: 'Voksen Lærling', birthDate: '1985-03-04', targetGroup: 'kontanthjælp', ladderStep: 3 })
        .expect(201);
      await http()
        .post('/api/v1/placements')
        .set(a.headers())
        .send({ postingId: apprenticeship, candidateId: candidate.body.id, startDate })
        .expect(201);
    }

    // Courses and events through the tables (their endpoints are tested on their own).
    const course = async (endsOn: string, mentorsTrained: number) => {
      const [row] = await testApp.dataSource.query(
        `INSERT INTO code_of_care_mentor_courses (jobcentre_id, title, starts_on, ends_on)
         VALUES ($1, 'Mentoruddannelse', $2, $2) RETURNING id`,
        [a.id, endsOn],
      );
      await testApp.dataSource.query(
        `INSERT INTO code_of_care_course_participants
           (jobcentre_id, course_id, company_id, participants, mentors_trained)
         VALUES ($1, $2, $3, 5, $4)`,
        [a.id, row.id, memberCompanyId, mentorsTrained],
      );
    };
    await course(today, 2);
    await course(addDays(signedOn, -1), 5);
    const event = async (heldOn: string, hostCompanyId: string | null, sharedKnowledge: boolean) => {
      const [row] = await testApp.dataSource.query(
        `INSERT INTO code_of_care_events (jobcentre_id, held_on, topic, host_company_id)
         VALUES ($1, $2, 'Netværksmøde', $3) RETURNING id`,
        [a.id, heldOn, hostCompanyId],
      );
      await testApp.dataSource.query(
        `INSERT INTO code_of_care_event_attendance (jobcentre_id, event_id, company_id, attendees, shared_knowledge)
         VALUES ($1, $2, $3, 2, $4)`,
        [a.id, row.id, memberCompanyId, sharedKnowledge],
      );
    };
    await event(today, memberCompanyId, true);
    await event(addDays(today, -1), null, false);
    await event(addDays(dueOn, 1), memberCompanyId, true);

    const page = await list(`?membershipId=${memberId}`);
    expect(page).toMatchObject({ total: 5, limit: 50, offset: 0 });
    const byKind = Object.fromEntries(page.items.map((item: Pledge) => [item.kind, item]));
    expect(byKind['småjob']).toMatchObject({ delivered: 1, remaining: 1, shareDelivered: 0.5, status: 'open' });
    expect(byKind['voksenlærling']).toMatchObject({ delivered: 1, remaining: 0, shareDelivered: 1, status: 'met' });
    expect(byKind['mentor']).toMatchObject({ delivered: 2, remaining: 1, status: 'open' });
    expect(byKind['mentor'].shareDelivered).toBeCloseTo(2 / 3);
    expect(byKind['host-event']).toMatchObject({ delivered: 1, status: 'met' });
    expect(byKind['share-knowledge']).toMatchObject({ delivered: 1, remaining: 1, status: 'open' });

    // A pledge whose last day passed before anything was delivered in its period.
    const overdue = await pledge(memberId, {
      kind: 'småjob',
      quantity: 1,
      fromOn: addDays(today, -60),
      dueOn: addDays(today, -1),
    }).expect(201);
    expect(overdue.body).toMatchObject({ delivered: 0, status: 'overdue' });

    const ids = (body: { items: Pledge[] }) => body.items.map((item) => item.id).sort();
    expect(ids(await list('?status=met'))).toEqual([created['voksenlærling'].id, created['host-event'].id].sort());
    expect(ids(await list('?status=overdue'))).toEqual([overdue.body.id]);
    expect((await list('?status=open')).total).toBe(3);
    expect(ids(await list('?kind=mentor'))).toEqual([created['mentor'].id]);
    const second = await list('?limit=2&offset=2');
    expect(second).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect(second.items).toHaveLength(2);
    expect(await list('?offset=50')).toEqual({ items: [], total: 6, limit: 50, offset: 50 });
    // The earliest due first.
    expect((await list()).items[0].id).toBe(overdue.body.id);
  });

  it('replaces a pledge at the version read and deletes it', async () => {
    const created = (await pledge(memberId, { kind: 'mentor', quantity: 1, dueOn }).expect(201)).body;
    const replaced = await http()
      .put(`/api/v1/code-of-care/pledges/${created.id}`)
      .set(a.lead.headers)
      .send({
        kind: 'mentor',
        quantity: 4,
        fromOn: addDays(today, -1),
        dueOn,
        description: 'Fire mentorer',
        version: 1,
      })
      .expect(200);
    expect(replaced.body).toMatchObject({
      quantity: 4,
      fromOn: addDays(today, -1),
      description: 'Fire mentorer',
      delivered: 2,
      version: 2,
    });
    const stale = await http()
      .put(`/api/v1/code-of-care/pledges/${created.id}`)
      .set(a.lead.headers)
      .send({ kind: 'mentor', quantity: 5, fromOn: today, dueOn, version: 1 })
      .expect(409);
    expect(stale.body.message).toMatch(/version 1 \(it is at version 2\)/);
    await http().delete(`/api/v1/code-of-care/pledges/${created.id}`).set(a.coordinator.headers).expect(204);
    await http().delete(`/api/v1/code-of-care/pledges/${created.id}`).set(a.coordinator.headers).expect(404);
    await http()
      .put(`/api/v1/code-of-care/pledges/${created.id}`)
      .set(a.lead.headers)
      .send({ kind: 'mentor', quantity: 5, fromOn: today, dueOn, version: 2 })
      .expect(404);
  });

  it('takes pledges from members only', async () => {
    const refused = await pledge(prospectId, { kind: 'småjob', quantity: 1, dueOn }).expect(409);
    expect(refused.body.message).toBe('Only a member makes pledges; the company is a prospect');
    await pledge('00000000-0000-4000-8000-000000000000', { kind: 'småjob', quantity: 1, dueOn }).expect(404);
  });

  it('refuses bad input with the field named', async () => {
    const refused = async (body: object) => fieldsOf((await pledge(memberId, body).expect(400)).body);
    const valid = { kind: 'småjob', quantity: 1, fromOn: today, dueOn };
    expect(await refused({ ...valid, quantity: 0 })).toEqual(['quantity']);
    expect(await refused({ ...valid, quantity: 10_001 })).toEqual(['quantity']);
    expect(await refused({ ...valid, quantity: 1.5 })).toEqual(['quantity']);
    expect(await refused({ ...valid, kind: 'kage' })).toEqual(['kind']);
    expect(await refused({ ...valid, dueOn: '2026-02-30' })).toEqual(['dueOn']);
    expect(await refused({ ...valid, fromOn: '30-01-2026' })).toEqual(['fromOn']);
    expect(await refused({ ...valid, fromOn: null })).toEqual(['fromOn']);
    expect(await refused({ ...valid, dueOn: undefined })).toEqual(['dueOn']);
    expect(await refused({ ...valid, description: 'x'.repeat(1001) })).toEqual(['description']);
    expect(await refused({ ...valid, delivered: 3 })).toEqual(['delivered']);
    const backwards = await pledge(memberId, { ...valid, fromOn: dueOn, dueOn: today }).expect(400);
    expect(backwards.body.errors).toEqual([{ field: 'dueOn', messages: ['dueOn must be on or after fromOn'] }]);
    const beforeSigning = await pledge(memberId, { kind: 'småjob', quantity: 1, dueOn: addDays(signedOn, -1) });
    expect(beforeSigning.status).toBe(400);
    expect(beforeSigning.body.errors[0].messages[0]).toContain(`on or after ${signedOn}`);

    const { id } = (await pledge(memberId, valid).expect(201)).body;
    const put = async (body: object) =>
      fieldsOf(
        (await http().put(`/api/v1/code-of-care/pledges/${id}`).set(a.coordinator.headers).send(body).expect(400)).body,
      );
    expect(await put(valid)).toEqual(['version']);
    expect(await put({ ...valid, fromOn: undefined, version: 1 })).toEqual(['fromOn']);
    await http().put('/api/v1/code-of-care/pledges/ikke-et-id').set(a.coordinator.headers).send(valid).expect(400);

    const query = async (search: string) =>
      fieldsOf((await http().get(`/api/v1/code-of-care/pledges${search}`).set(a.headers()).expect(400)).body);
    expect(await query('?status=lukket')).toEqual(['status']);
    expect(await query('?kind=kage')).toEqual(['kind']);
    expect(await query('?membershipId=abc')).toEqual(['membershipId']);
    expect(await query('?limit=101')).toEqual(['limit']);
    await http().delete(`/api/v1/code-of-care/pledges/${id}`).set(a.coordinator.headers).expect(204);
  });

  it("shows another jobcentre's coordinator nothing and lets consultants only read", async () => {
    const { id } = (await pledge(memberId, { kind: 'host-event', quantity: 1, dueOn }).expect(201)).body;
    const other = b.coordinator.headers;
    expect(await list('', other)).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect(await list(`?membershipId=${memberId}`, other)).toMatchObject({ total: 0 });
    await pledge(memberId, { kind: 'småjob', quantity: 1, dueOn }, other).expect(404);
    await http()
      .put(`/api/v1/code-of-care/pledges/${id}`)
      .set(other)
      .send({ kind: 'host-event', quantity: 2, fromOn: today, dueOn, version: 1 })
      .expect(404);
    await http().delete(`/api/v1/code-of-care/pledges/${id}`).set(other).expect(404);
    await pledge(memberId, { kind: 'småjob', quantity: 1, dueOn }, a.headers()).expect(403);
    await http().delete(`/api/v1/code-of-care/pledges/${id}`).set(a.headers()).expect(403);
    expect((await list(`?membershipId=${memberId}&kind=host-event`)).items.map((item: Pledge) => item.id)).toContain(
      id,
    );
  });
});
