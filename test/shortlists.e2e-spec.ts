import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre, type SeededUser } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const FORKLIFT_SKILL = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const MATCH_RUN = '5f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Body = { errors?: { field: string; messages: string[] }[]; message?: string };
const fieldsOf = (body: Body) => (body.errors ?? []).map((error) => error.field);

describe('Shortlists (/api/v1/shortlists, /api/v1/employer/shortlists)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let companyX: { id: string; cvrNumber: string };
  let companyY: { id: string; cvrNumber: string };
  let employerX: SeededUser;
  let employerY: SeededUser;
  let postingX: string;
  let postingY: string;
  let sofie: string;
  let jonas: string;
  let lars: string;
  let candidateOfB: string;

  const http = () => testApp.http();
  const company = async (jobcentre: SeededJobcentre, name: string, postcode: string) =>
    (
      await http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name, postcode })
        .expect(201)
    ).body as { id: string; cvrNumber: string };
  const candidate = async (jobcentre: SeededJobcentre, body: object) =>
    (await http().post('/api/v1/candidates').set(jobcentre.headers()).send(body).expect(201)).body.id as string;
  const posting = async (companyId: string, workplacePostcode: string) => {
    const id = (
      await http()
        .post('/api/v1/postings')
        .set(a.headers())
        .send({
          companyId,
          kind: 'ordinary',
          title: 'Lagermedarbejder',
          occupation: '8344.1',
          requiredSkills: [FORKLIFT_SKILL],
          hoursPerWeek: 30,
          workplacePostcode,
          startDate: '2027-01-04',
        })
        .expect(201)
    ).body.id as string;
    await http().post(`/api/v1/postings/${id}/publish`).set(a.headers()).expect(200);
    return id;
  };
  const createList = (body: object, headers = a.headers()) => http().post('/api/v1/shortlists').set(headers).send(body);
  const send = (id: string, headers = a.headers()) => http().post(`/api/v1/shortlists/${id}/send`).set(headers);
  const staffView = (id: string) => http().get(`/api/v1/shortlists/${id}`).set(a.headers()).expect(200);
  const employerView = (id: string, employer: SeededUser = employerX) =>
    http().get(`/api/v1/employer/shortlists/${id}`).set(employer.headers);
  const answer = (id: string, reference: string, body: object, employer: SeededUser = employerX) =>
    http().put(`/api/v1/employer/shortlists/${id}/entries/${reference}/answer`).set(employer.headers).send(body);
  const sentList = async (postingId: string, candidateIds: string[]) => {
    const created = await createList({ postingId, entries: candidateIds.map((candidateId) => ({ candidateId })) });
    expect(created.status).toBe(201);
    await send(created.body.id).expect(200);
    return created.body as { id: string; entries: { reference: string; candidate: { id: string } }[] };
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    await testApp.app.get(TaxonomyService).search();
    companyX = await company(a, 'Lager X ApS', '8722');
    companyY = await company(a, 'Kantine Y A/S', '8700');
    employerX = await a.employer([companyX.cvrNumber]);
    employerY = await a.employer([companyY.cvrNumber]);
    postingX = await posting(companyX.id, '8722');
    postingY = await posting(companyY.id, '8700');
    sofie = await candidate(a, {
      name: 'Sofie Hansen',
      email: 'sofie@example.dk',
      phone: '+45 20 30 40 50',
      birthDate: '1990-04-12',
      targetGroup: 'kontanthjælp',
      postcode: '8722',
      skills: [{ skill: FORKLIFT_SKILL, level: 3 }],
      desiredOccupations: ['8344.1'],
      hoursPerWeek: 15,
      ladderStep: 3,
      accommodations: 'Kan ikke løfte over 10 kg',
      notes: 'Vil gerne starte stille',
      consultantId: a.consultants[0].id,
    });
    jonas = await candidate(a, {
      name: 'Jonas Berg',
      birthDate: '1988-02-03',
      targetGroup: 'dagpenge',
      postcode: '8000',
      hoursPerWeek: 37,
      ladderStep: 5,
    });
    lars = await candidate(a, { name: 'Lars Lund', birthDate: '1979-06-01', targetGroup: 'dagpenge', ladderStep: 4 });
    candidateOfB = await candidate(b, {
      name: 'Bo Bech',
      birthDate: '1985-01-01',
      targetGroup: 'dagpenge',
      ladderStep: 2,
    });
  }, 60_000);
  afterAll(() => testApp.close());

  it('builds a draft for a posting, adds and removes candidates, and sends it once', async () => {
    const created = await createList({
      postingId: postingX,
      entries: [
        { candidateId: sofie, matchRunId: MATCH_RUN },
        { candidateId: jonas, includedAnyway: true, note: 'Mangler truckcertifikat, men har erfaring' },
      ],
    }).expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      status: 'draft',
      company: { id: companyX.id, name: 'Lager X ApS' },
      intakeId: null,
      posting: { id: postingX, title: 'Lagermedarbejder' },
      createdBy: 'Konsulent 1',
      sentAt: null,
      entryCount: 2,
      answeredCount: 0,
      entries: [
        { candidate: { id: sofie, name: 'Sofie Hansen' }, position: 1, matchRunId: MATCH_RUN, includedAnyway: false },
        {
          candidate: { id: jonas, name: 'Jonas Berg' },
          position: 2,
          matchRunId: null,
          includedAnyway: true,
          note: 'Mangler truckcertifikat, men har erfaring',
          identifiedToCompany: false,
          answer: null,
        },
      ],
    });
    for (const entry of created.body.entries) expect(entry.reference).toMatch(/^K-[A-Z2-7]{6}$/);

    // Drafts are the jobcentre's own.
    await employerView(id).expect(404);
    expect((await http().get('/api/v1/employer/shortlists').set(employerX.headers).expect(200)).body.items).toEqual([]);

    const added = await http()
      .post(`/api/v1/shortlists/${id}/entries`)
      .set(a.headers())
      .send({ entries: [{ candidateId: lars }] })
      .expect(200);
    expect(added.body.entries.map((entry: { position: number }) => entry.position)).toEqual([1, 2, 3]);
    const twice = await http()
      .post(`/api/v1/shortlists/${id}/entries`)
      .set(a.headers())
      .send({ entries: [{ candidateId: lars }] })
      .expect(400);
    expect(fieldsOf(twice.body)).toEqual(['entries.0.candidateId']);
    await http()
      .post(`/api/v1/shortlists/${id}/entries`)
      .set(a.headers())
      .send({ entries: [{ candidateId: candidateOfB }] })
      .expect(404);

    await http().delete(`/api/v1/shortlists/${id}/entries/${jonas}`).set(a.headers()).expect(204);
    await http().delete(`/api/v1/shortlists/${id}/entries/${jonas}`).set(a.headers()).expect(404);
    const afterRemoval = await staffView(id);
    expect(
      afterRemoval.body.entries.map((entry: { candidate: { id: string }; position: number }) => [
        entry.candidate.id,
        entry.position,
      ]),
    ).toEqual([
      [sofie, 1],
      [lars, 2],
    ]);

    const sent = await send(id).expect(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentBy: 'Konsulent 1' });
    expect(sent.body.sentAt).toEqual(expect.any(String));
    await send(id).expect(409);
    await http()
      .post(`/api/v1/shortlists/${id}/entries`)
      .set(a.headers())
      .send({ entries: [{ candidateId: jonas }] })
      .expect(409);
    await http().delete(`/api/v1/shortlists/${id}/entries/${lars}`).set(a.headers()).expect(409);
  });

  it('shows the company each candidate anonymised, and only to that company', async () => {
    const list = await sentList(postingX, [sofie, jonas]);
    const listed = await http().get('/api/v1/employer/shortlists').set(employerX.headers).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(list.id);
    const view = await employerView(list.id).expect(200);
    expect(view.body).toMatchObject({
      id: list.id,
      status: 'sent',
      company: { id: companyX.id, name: 'Lager X ApS' },
      posting: { id: postingX, title: 'Lagermedarbejder' },
      entryCount: 2,
      answeredCount: 0,
    });
    const [first, second] = view.body.entries;
    expect(first).toEqual({
      reference: list.entries[0].reference,
      position: 1,
      skills: [{ label: expect.any(String), level: 3 }],
      hoursPerWeek: 15,
      ladderStep: 3,
      distanceBand: 'under-5-km',
      desiredOccupations: ['gaffeltruckfører'],
      identity: null,
      answer: null,
    });
    // Aarhus (8000) is some 40 km from Hedensted (8722) as the crow flies.
    expect(second).toMatchObject({ hoursPerWeek: 37, ladderStep: 5, distanceBand: 'over-30-km', identity: null });
    const text = JSON.stringify(view.body);
    for (const secret of [
      'Sofie',
      'Jonas',
      'sofie@example.dk',
      '20 30 40 50',
      '1990-04-12',
      'kontanthjælp',
      'dagpenge',
      'løfte',
      'starte stille',
      'Konsulent',
      '"8722"',
      sofie,
      jonas,
      a.consultants[0].id,
    ]) {
      expect(text).not.toContain(secret);
    }

    await employerView(list.id, employerY).expect(404);
    await answer(list.id, first.reference, { answer: 'interested' }, employerY).expect(404);
    const listedForY = await http().get('/api/v1/employer/shortlists').set(employerY.headers).expect(200);
    expect(listedForY.body.items.map((item: { id: string }) => item.id)).not.toContain(list.id);
    const employerOfB = await b.employer([companyX.cvrNumber]);
    await employerView(list.id, employerOfB).expect(404);
  });

  it('gives the same company the same reference for a candidate, and another company another one', async () => {
    const first = await sentList(postingX, [sofie]);
    const second = await sentList(postingX, [lars, sofie]);
    const forY = await sentList(postingY, [sofie]);
    expect(second.entries[1].reference).toBe(first.entries[0].reference);
    expect(forY.entries[0].reference).not.toBe(first.entries[0].reference);
  });

  it('names a candidate who consented to the company, audits it, and stops once the consent is withdrawn', async () => {
    const list = await sentList(postingX, [sofie, jonas]);
    await http().post(`/api/v1/candidates/${sofie}/consents`).set(a.headers()).send({ companyId: companyX.id });
    const named = await employerView(list.id).expect(200);
    expect(named.body.entries[0].identity).toEqual({
      name: 'Sofie Hansen',
      email: 'sofie@example.dk',
      phone: '+45 20 30 40 50',
    });
    expect(named.body.entries[1].identity).toBeNull();
    expect(JSON.stringify(named.body)).not.toContain('Jonas');
    expect(JSON.stringify(named.body)).not.toContain('kontanthjælp');
    const staff = await staffView(list.id);
    expect(staff.body.entries[0].identifiedToCompany).toBe(true);
    const audit = await http()
      .get('/api/v1/audit-log')
      .query({ recordType: 'candidate', recordId: sofie })
      .set(a.admin.headers)
      .expect(200);
    const reads = audit.body.items.filter(
      (entry: { actorRole: string; endpoint: string }) =>
        entry.actorRole === 'employer' && entry.endpoint === 'GET /api/v1/employer/shortlists/:id',
    );
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(
      audit.body.items.some(
        (entry: { actorRole: string; endpoint: string }) =>
          entry.actorRole === 'consultant' && entry.endpoint === 'GET /api/v1/shortlists/:id',
      ),
    ).toBe(true);
    // The consent is to company X only.
    const forY = await sentList(postingY, [sofie]);
    expect((await employerView(forY.id, employerY).expect(200)).body.entries[0].identity).toBeNull();

    await http().delete(`/api/v1/candidates/${sofie}/consents/${companyX.id}`).set(a.headers()).expect(204);
    const withdrawn = await employerView(list.id).expect(200);
    expect(withdrawn.body.entries[0].identity).toBeNull();
    expect(JSON.stringify(withdrawn.body)).not.toContain('Sofie');
  });

  it('takes the answers per candidate, shows them to staff, and freezes them when the list is closed', async () => {
    const list = await sentList(postingX, [sofie, jonas]);
    const [first, second] = list.entries.map((entry) => entry.reference);
    const given = await answer(list.id, first, { answer: 'interested', comment: 'Vi vil gerne møde hende' }).expect(
      200,
    );
    expect(given.body).toMatchObject({
      reference: first,
      answer: { answer: 'interested', comment: 'Vi vil gerne møde hende', answeredBy: employerX.name },
    });
    await answer(list.id, second, { answer: 'not-interested' }).expect(200);
    await answer(list.id, second, { answer: 'interested', comment: 'Alligevel' }).expect(200);
    const staff = await staffView(list.id);
    expect(staff.body).toMatchObject({ answeredCount: 2, interestedCount: 2 });
    expect(staff.body.entries[1].answer).toMatchObject({ answer: 'interested', comment: 'Alligevel' });

    const bad = await answer(list.id, first, { answer: 'maybe', comment: 'x'.repeat(1001) }).expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['answer', 'comment']);
    expect(fieldsOf((await answer(list.id, first, { answer: null }).expect(400)).body)).toEqual(['answer']);
    expect(fieldsOf((await answer(list.id, first, { answer: 'interested', extra: 1 }).expect(400)).body)).toEqual([
      'extra',
    ]);
    await answer(list.id, 'K-AAAAAA', { answer: 'interested' }).expect(404);
    await answer(list.id, 'not-a-reference', { answer: 'interested' }).expect(404);
    await http()
      .put(`/api/v1/employer/shortlists/not-a-uuid/entries/${first}/answer`)
      .set(employerX.headers)
      .send({ answer: 'interested' })
      .expect(400);
    await http()
      .put(`/api/v1/employer/shortlists/${list.id}/entries/${first}/answer`)
      .set(employerX.headers)
      .set('Content-Type', 'text/plain')
      .send('interested')
      .expect(415);

    await http().post(`/api/v1/shortlists/${list.id}/close`).set(a.headers()).expect(200);
    await http().post(`/api/v1/shortlists/${list.id}/close`).set(a.headers()).expect(409);
    await answer(list.id, first, { answer: 'not-interested' }).expect(409);
    expect((await employerView(list.id).expect(200)).body.status).toBe('closed');
  });

  it("records the list in the intake's history, closes a contacted intake and records the answers", async () => {
    const intake = (
      await http()
        .post('/api/v1/intakes')
        .set(a.headers())
        .send({
          companyId: companyX.id,
          contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
          kind: 'recruitment',
          description: 'To lagerfolk',
          channel: 'phone',
        })
        .expect(201)
    ).body.id as string;
    const created = await createList({ intakeId: intake, entries: [{ candidateId: sofie }] }).expect(201);
    expect(created.body).toMatchObject({ intakeId: intake, posting: null, company: { id: companyX.id } });
    const early = await send(created.body.id).expect(409);
    expect(early.body.message).toMatch(/reached/);
    expect((await staffView(created.body.id)).body.status).toBe('draft');

    await http()
      .post(`/api/v1/intakes/${intake}/contact-attempts`)
      .set(a.headers())
      .send({ reached: true })
      .expect(200);
    await send(created.body.id).expect(200);
    const closed = await http().get(`/api/v1/intakes/${intake}`).set(a.headers()).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'shortlist-sent' });

    const reference = created.body.entries[0].reference;
    // For an intake the distance is measured to the company's own postcode.
    expect((await employerView(created.body.id).expect(200)).body.entries[0].distanceBand).toBe('under-5-km');
    await answer(created.body.id, reference, { answer: 'interested' }).expect(200);
    const history = (await http().get(`/api/v1/intakes/${intake}/history`).set(a.headers()).expect(200)).body as {
      type: string;
      actor: { name: string } | null;
      details: Record<string, unknown>;
    }[];
    expect(history.map((entry) => entry.type)).toEqual([
      'received',
      'assigned',
      'contact-attempted',
      'shortlist-sent',
      'closed',
      'shortlist-answered',
    ]);
    expect(history[3].details).toEqual({ shortlistId: created.body.id, candidates: 1 });
    expect(history[4].details).toMatchObject({ outcome: 'shortlist-sent' });
    expect(history[5]).toMatchObject({
      actor: { name: employerX.name },
      details: { shortlistId: created.body.id, reference, answer: 'interested' },
    });
    expect(JSON.stringify(history)).not.toContain('Sofie');

    // A further list for the closed intake is recorded too; the intake stays closed.
    const again = await createList({ intakeId: intake, entries: [{ candidateId: jonas }] }).expect(201);
    await send(again.body.id).expect(200);
    const later = (await http().get(`/api/v1/intakes/${intake}/history`).set(a.headers()).expect(200)).body;
    expect(later.map((entry: { type: string }) => entry.type).slice(-1)).toEqual(['shortlist-sent']);
  });

  it('lists and filters shortlists, and refuses an empty send', async () => {
    const draft = await createList({ postingId: postingY, entries: [{ candidateId: lars }] }).expect(201);
    await http().delete(`/api/v1/shortlists/${draft.body.id}/entries/${lars}`).set(a.headers()).expect(204);
    expect((await send(draft.body.id).expect(409)).body.message).toMatch(/no candidates/);
    const page = async (query: object) =>
      (await http().get('/api/v1/shortlists').query(query).set(a.coordinator.headers).expect(200)).body;
    const drafts = await page({ status: 'draft', postingId: postingY });
    expect(drafts.items.map((item: { id: string }) => item.id)).toEqual([draft.body.id]);
    expect(drafts.items[0]).toMatchObject({ entryCount: 0, company: { id: companyY.id } });
    expect(drafts.items[0]).not.toHaveProperty('entries');
    const ofY = await page({ companyId: companyY.id });
    expect(ofY.items.every((item: { company: { id: string } }) => item.company.id === companyY.id)).toBe(true);
    const paged = await page({ pageSize: 2, page: 1 });
    expect(paged).toMatchObject({ page: 1, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(2);
    expect((await page({ intakeId: UNKNOWN })).items).toEqual([]);
  });

  it('keeps jobcentres apart', async () => {
    const list = await sentList(postingX, [sofie]);
    const other = b.headers();
    expect((await http().get('/api/v1/shortlists').set(other).expect(200)).body.items).toEqual([]);
    await http().get(`/api/v1/shortlists/${list.id}`).set(other).expect(404);
    await send(list.id, other).expect(404);
    await http().post(`/api/v1/shortlists/${list.id}/close`).set(other).expect(404);
    await http().delete(`/api/v1/shortlists/${list.id}/entries/${sofie}`).set(other).expect(404);
    const foreign = await createList({ postingId: postingX, entries: [{ candidateId: candidateOfB }] }, other);
    expect(foreign.status).toBe(400);
    expect(fieldsOf(foreign.body)).toEqual(['postingId']);
    // A's candidate on a list of B's own: not found, like a candidate that does not exist.
    const companyOfB = await company(b, 'Firma B', '8700');
    const postingOfB = (
      await http()
        .post('/api/v1/postings')
        .set(other)
        .send({ companyId: companyOfB.id, kind: 'ordinary', title: 'Job i B' })
        .expect(201)
    ).body.id;
    await createList({ postingId: postingOfB, entries: [{ candidateId: sofie }] }, other).expect(404);
    await createList({ postingId: postingOfB, entries: [{ candidateId: candidateOfB }] }, other).expect(201);
  });

  it('refuses bad input on every endpoint with the field named, never a 500', async () => {
    const list = await createList({ postingId: postingX, entries: [{ candidateId: lars }] }).expect(201);
    const cases: [object, string[]][] = [
      [{ postingId: postingX, entries: null }, ['entries']],
      [{ postingId: postingX, entries: 'sofie' }, ['entries']],
      [{ postingId: postingX, entries: [] }, ['entries']],
      [{ postingId: postingX }, ['entries']],
      [{ postingId: postingX, entries: [{ candidateId: 'sofie' }] }, ['entries.0.candidateId']],
      [{ postingId: postingX, entries: [{ candidateId: 7 }] }, ['entries.0.candidateId']],
      [{ postingId: postingX, entries: [null] }, ['entries.0']],
      [{ postingId: postingX, entries: [{ candidateId: sofie, includedAnyway: true }] }, ['entries.0.note']],
      [{ postingId: postingX, entries: [{ candidateId: sofie, includedAnyway: 'yes' }] }, ['entries.0.includedAnyway']],
      [{ postingId: postingX, entries: [{ candidateId: sofie, matchRunId: null }] }, ['entries.0.matchRunId']],
      [{ postingId: postingX, entries: [{ candidateId: sofie, note: 'x'.repeat(1001) }] }, ['entries.0.note']],
      [{ postingId: postingX, entries: [{ candidateId: sofie, name: 'Sofie' }] }, ['entries.0.name']],
      [{ postingId: postingX, entries: [{ candidateId: sofie }, { candidateId: sofie }] }, ['entries.1.candidateId']],
      [{ entries: [{ candidateId: sofie }] }, ['intakeId', 'postingId']],
      [{ postingId: 'x', entries: [{ candidateId: sofie }] }, ['postingId']],
      [{ postingId: UNKNOWN, entries: [{ candidateId: sofie }] }, ['postingId']],
      [{ intakeId: UNKNOWN, entries: [{ candidateId: sofie }] }, ['intakeId']],
      [{ postingId: postingX, entries: [{ candidateId: sofie }], status: 'sent' }, ['status']],
    ];
    for (const [body, fields] of cases) {
      const response = await createList(body);
      expect([JSON.stringify(body).slice(0, 120), response.status]).toEqual([JSON.stringify(body).slice(0, 120), 400]);
      expect(fieldsOf(response.body).sort()).toEqual(fields.sort());
    }
    const both = await createList({ intakeId: UNKNOWN, postingId: postingX, entries: [{ candidateId: sofie }] });
    expect(both.status).toBe(400);
    await createList({ postingId: postingX, entries: [{ candidateId: UNKNOWN }] }).expect(404);

    const add = (body: unknown) =>
      http()
        .post(`/api/v1/shortlists/${list.body.id}/entries`)
        .set(a.headers())
        .send(body as object);
    expect(fieldsOf((await add({ entries: null }).expect(400)).body)).toEqual(['entries']);
    expect(fieldsOf((await add({ entries: [{ candidateId: lars }] }).expect(400)).body)).toEqual([
      'entries.0.candidateId',
    ]);
    expect(fieldsOf((await add({ entries: [{ candidateId: sofie }], postingId: postingX }).expect(400)).body)).toEqual([
      'postingId',
    ]);

    for (const path of [
      '/api/v1/shortlists/not-a-uuid',
      '/api/v1/shortlists/not-a-uuid/send',
      '/api/v1/shortlists/not-a-uuid/close',
      '/api/v1/shortlists/not-a-uuid/entries',
      `/api/v1/shortlists/${list.body.id}/entries/not-a-uuid`,
      '/api/v1/employer/shortlists/not-a-uuid',
    ]) {
      const method = path.endsWith('send') || path.endsWith('close') || path.endsWith('entries') ? 'post' : 'get';
      const headers = path.includes('employer') ? employerX.headers : a.headers();
      const response = path.includes('/entries/')
        ? await http().delete(path).set(headers)
        : await http()
            [method](path)
            .set(headers)
            .send(method === 'post' ? { entries: [{ candidateId: sofie }] } : undefined);
      expect([path, response.status]).toEqual([path, 400]);
    }
    await http().get(`/api/v1/shortlists/${UNKNOWN}`).set(a.headers()).expect(404);
    await send(UNKNOWN).expect(404);

    for (const query of [
      { status: 'bogus' },
      { page: 'abc' },
      { pageSize: 1000 },
      { intakeId: 'x' },
      { companyId: 7 },
    ]) {
      const response = await http().get('/api/v1/shortlists').query(query).set(a.headers());
      expect([query, response.status]).toEqual([query, 400]);
      expect(fieldsOf(response.body)).toEqual(Object.keys(query));
    }
    await http().get('/api/v1/employer/shortlists').query({ page: 0 }).set(employerX.headers).expect(400);

    await http()
      .post('/api/v1/shortlists')
      .set(a.headers())
      .set('Content-Type', 'text/plain')
      .send('postingId=x')
      .expect(415);
    await http()
      .post(`/api/v1/shortlists/${list.body.id}/entries`)
      .set(a.headers())
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('entries=x')
      .expect(415);
  });
});
