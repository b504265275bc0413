import { parse } from 'csv-parse/sync';
import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Placements (/api/v1/placements)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let companyId: string;

  const http = () => testApp.http();
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  /** A candidate of jobcentre A, 36 years old on kontanthjælp unless the profile says otherwise. */
  const candidate = async (
    profile: { birthDate?: string; targetGroup?: string; ladderStep?: number } = {},
    jobcentre = a,
  ): Promise<string> => {
    const created = await http()
      .post('/api/v1/candidates')
      .set(jobcentre.headers())
      .send({
        name: 'Kandidat',
        birthDate: profile.birthDate ?? '1990-04-12',
        targetGroup: profile.targetGroup ?? 'kontanthjælp',
        ladderStep: profile.ladderStep ?? 2,
      })
      .expect(201);
    return created.body.id;
  };

  /** An open posting of jobcentre A. */
  const openPosting = async (change: object = {}): Promise<string> => {
    const created = await http()
      .post('/api/v1/postings')
      .set(a.headers())
      .send({
        companyId,
        kind: 'småjob',
        title: 'Lager, 10 timer',
        occupation: '8344.1',
        hoursPerWeek: 10,
        workplacePostcode: '8722',
        startDate: '2027-01-04',
        targetGroups: ['kontanthjælp', 'integration'],
        positions: 2,
        ...change,
      })
      .expect(201);
    await http().post(`/api/v1/postings/${created.body.id}/publish`).set(a.headers()).expect(200);
    return created.body.id;
  };
  const place = (body: object, headers = a.headers()) => http().post('/api/v1/placements').set(headers).send(body);
  const posting = async (id: string) => (await http().get(`/api/v1/postings/${id}`).set(a.headers()).expect(200)).body;

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    companyId = (
      await http()
        .post('/api/v1/companies')
        .set(a.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Lager A/S' })
        .expect(201)
    ).body.id;
    // The ESCO catalogue and its search index (suggestions for refusals) load on first use: here, not in a test's 5 s.
    await testApp.app.get(TaxonomyService).search();
  }, 60_000);
  afterAll(() => testApp.close());

  it('places candidates until the posting is filled, then refuses with 409', async () => {
    const postingId = await openPosting();
    const first = await place({ postingId, candidateId: await candidate({ targetGroup: 'integration' }) }).expect(201);
    expect(first.body).toMatchObject({
      postingId,
      kind: 'småjob',
      kindName: 'småjob',
      startDate: '2027-01-04',
      hoursPerWeek: 10,
      active: true,
      ladderStepBefore: 2,
      ladderStepAfter: null,
      endReason: null,
    });
    expect(await posting(postingId)).toMatchObject({ status: 'open', positionsFilled: 1 });
    await place({
      postingId,
      candidateId: await candidate({ targetGroup: 'kontanthjælp' }),
      startDate: '2027-02-01',
      hoursPerWeek: 12,
    }).expect(201);
    expect(await posting(postingId)).toMatchObject({ status: 'filled', positionsFilled: 2 });
    const third = await place({ postingId, candidateId: await candidate({ targetGroup: 'integration' }) }).expect(409);
    expect(third.body.message).toMatch(/filled and cannot be given a placement/);
    await http().post(`/api/v1/postings/${postingId}/close`).set(a.headers()).expect(409);
  });

  it('never overfills a posting when placements arrive together', async () => {
    const postingId = await openPosting({ positions: 3 });
    const candidates = await Promise.all(Array.from({ length: 10 }, () => candidate({ targetGroup: 'integration' })));
    const responses = await Promise.all(candidates.map((candidateId) => place({ postingId, candidateId })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await posting(postingId)).toMatchObject({ status: 'filled', positionsFilled: 3 });
    const [{ count }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS count FROM placements WHERE posting_id = $1',
      [postingId],
    );
    expect(count).toBe(3);
  });

  it("refuses a småjob placement outside the småjob's target groups or hours, naming the rule", async () => {
    const postingId = await openPosting();
    const dagpenge = await place({ postingId, candidateId: await candidate({ targetGroup: 'dagpenge' }) }).expect(409);
    expect(dagpenge.body).toMatchObject({ rule: 'småjob-target-group' });
    expect(dagpenge.body.message).toMatch(/for kontanthjælp, integration, not dagpenge.*rule småjob-target-group/);
    // Registered before target groups were recorded: the migration left it without one.
    const unrecorded = await candidate();
    await testApp.dataSource.query('UPDATE candidates SET target_group = NULL WHERE id = $1', [unrecorded]);
    const unknown = await place({ postingId, candidateId: unrecorded }).expect(409);
    expect(unknown.body.rule).toBe('småjob-target-group');
    const hours = await place({
      postingId,
      candidateId: await candidate({ targetGroup: 'integration' }),
      hoursPerWeek: 20,
    }).expect(409);
    expect(hours.body.rule).toBe('småjob-hours');
    expect(await posting(postingId)).toMatchObject({ positionsFilled: 0 });
  });

  it('refuses a voksenlærling aged 24 at the start and places one aged 25', async () => {
    const postingId = await openPosting({
      kind: 'voksenlærling',
      title: 'Tømrerlærling',
      occupation: '7115.1',
      hoursPerWeek: 37,
      startDate: '2027-08-01',
      targetGroups: undefined,
      educationName: 'Tømreruddannelsen',
      educationMonths: 48,
    });
    const young = await place({ postingId, candidateId: await candidate({ birthDate: '2002-08-02' }) }).expect(409);
    expect(young.body).toMatchObject({ rule: 'voksenlærling-min-age' });
    expect(young.body.message).toMatch(/25 or older at the start \(2027-08-01\); the candidate will be 24/);
    await place({ postingId, candidateId: await candidate({ birthDate: '2002-08-01' }) }).expect(201);
  });

  it("moves the candidate's ladder step with the placement and records why it ended", async () => {
    const postingId = await openPosting();
    const candidateId = await candidate({ targetGroup: 'integration', ladderStep: 3 });
    const placed = await place({ postingId, candidateId, ladderStep: 4 }).expect(201);
    expect(placed.body).toMatchObject({ ladderStepBefore: 3, ladderStepAfter: 4 });
    const profile = await http().get(`/api/v1/candidates/${candidateId}`).set(a.headers()).expect(200);
    expect(profile.body.ladderStep).toBe(4);
    const steps = await testApp.dataSource.query(
      'SELECT step, previous_step, placement_id FROM candidate_ladder_steps WHERE candidate_id = $1 AND step = 4',
      [candidateId],
    );
    expect(steps).toEqual([{ step: 4, previous_step: 3, placement_id: placed.body.id }]);
    await place({ postingId, candidateId }).expect(409);

    const ended = await http()
      .post(`/api/v1/placements/${placed.body.id}/end`)
      .set(a.headers())
      .send({ reason: 'ordinary-job', note: 'Fast job, 30 timer', ladderStep: 5 })
      .expect(200);
    expect(ended.body).toMatchObject({ active: false, endReason: 'ordinary-job', ladderStepAfter: 5 });
    expect(ended.body.endedAt).toEqual(expect.any(String));
    await http()
      .post(`/api/v1/placements/${placed.body.id}/end`)
      .set(a.headers())
      .send({ reason: 'ended' })
      .expect(409);
    const badReason = await http()
      .post(`/api/v1/placements/${placed.body.id}/end`)
      .set(a.headers())
      .send({ reason: 'fyret' })
      .expect(400);
    expect(fieldsOf(badReason.body)).toEqual(['reason']);
  });

  it('keeps a filled posting filled when a placement ends, and its positions at least those filled', async () => {
    const postingId = await openPosting({ positions: 1 });
    const placed = await place({ postingId, candidateId: await candidate({ targetGroup: 'integration' }) });
    await http().post(`/api/v1/placements/${placed.body.id}/end`).set(a.headers()).send({ reason: 'ended' });
    expect(await posting(postingId)).toMatchObject({ status: 'filled', positionsFilled: 1 });

    const other = await openPosting({ positions: 3 });
    await place({ postingId: other, candidateId: await candidate({ targetGroup: 'integration' }) }).expect(201);
    await place({ postingId: other, candidateId: await candidate({ targetGroup: 'integration' }) }).expect(201);
    const fewer = await http().patch(`/api/v1/postings/${other}`).set(a.headers()).send({ positions: 1 }).expect(400);
    expect(fieldsOf(fewer.body)).toEqual(['positions']);
    const filled = await http().patch(`/api/v1/postings/${other}`).set(a.headers()).send({ positions: 2 }).expect(200);
    expect(filled.body).toMatchObject({ status: 'filled', positionsFilled: 2 });
  });

  it('refuses a posting that is not open, and ids from nowhere, with the right answer', async () => {
    const draft = await http()
      .post('/api/v1/postings')
      .set(a.headers())
      .send({ companyId, kind: 'ordinary', title: 'Kladde' })
      .expect(201);
    const candidateId = await candidate({ targetGroup: 'integration' });
    await place({ postingId: draft.body.id, candidateId }).expect(409);
    const noPosting = await place({ postingId: candidateId, candidateId }).expect(400);
    expect(fieldsOf(noPosting.body)).toEqual(['postingId']);
    const noCandidate = await place({ postingId: await openPosting(), candidateId: draft.body.id }).expect(400);
    expect(fieldsOf(noCandidate.body)).toEqual(['candidateId']);
    const bad = await place({ postingId: 'x', candidateId, startDate: '2027-13-01', hoursPerWeek: 0 }).expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['hoursPerWeek', 'postingId', 'startDate']);
  });

  it('lists placements by posting, candidate and whether they are active, and audits the reads', async () => {
    const postingId = await openPosting({ positions: 3 });
    const [one, two] = [
      await candidate({ targetGroup: 'integration' }),
      await candidate({ targetGroup: 'integration' }),
    ];
    const first = (await place({ postingId, candidateId: one }).expect(201)).body;
    await place({ postingId, candidateId: two }).expect(201);
    await http().post(`/api/v1/placements/${first.id}/end`).set(a.headers()).send({ reason: 'moved-on' }).expect(200);
    const list = async (query: object) =>
      (await http().get('/api/v1/placements').query(query).set(a.coordinator.headers).expect(200)).body;
    expect((await list({ postingId })).total).toBe(2);
    expect(
      (await list({ postingId, active: true })).items.map((item: { candidateId: string }) => item.candidateId),
    ).toEqual([two]);
    expect((await list({ postingId, active: false })).items[0]).toMatchObject({ id: first.id, endReason: 'moved-on' });
    expect((await list({ candidateId: one })).items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    await http().get(`/api/v1/placements/${first.id}`).set(a.headers()).expect(200);
    const audit = await http()
      .get('/api/v1/audit-log')
      .query({ recordType: 'candidate', recordId: one })
      .set(a.admin.headers)
      .expect(200);
    const endpoints = audit.body.items.map((entry: { action: string; endpoint: string }) => entry.endpoint);
    expect(endpoints).toEqual(expect.arrayContaining(['GET /api/v1/placements/:id', 'POST /api/v1/placements']));
  });

  it('exports the filtered placements as CSV, naming posting and candidate, each candidate audited', async () => {
    const postingId = await openPosting({ positions: 3, title: 'Eksport, 10 timer' });
    const [one, two] = [
      await candidate({ targetGroup: 'integration' }),
      await candidate({ targetGroup: 'kontanthjælp' }),
    ];
    const first = (await place({ postingId, candidateId: one }).expect(201)).body;
    const second = (await place({ postingId, candidateId: two, hoursPerWeek: 8 }).expect(201)).body;
    await http().post(`/api/v1/placements/${first.id}/end`).set(a.headers()).send({ reason: 'moved-on' }).expect(200);
    const exported = async (query: object) => {
      const response = await http()
        .get('/api/v1/placements/export.csv')
        .query(query)
        .set(a.coordinator.headers)
        .expect(200)
        .expect('Content-Type', /text\/csv/)
        .expect('Content-Disposition', 'attachment; filename="placements.csv"');
      expect(response.text.startsWith('\uFEFFid;postingId;postingTitle;candidateId;candidateName;kind')).toBe(true);
      return parse(response.text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    };
    const all = await exported({ postingId });
    expect(all.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
    expect(all.find((row) => row.id === second.id)).toMatchObject({
      postingId,
      postingTitle: 'Eksport, 10 timer',
      candidateId: two,
      candidateName: 'Kandidat',
      kind: 'småjob',
      hoursPerWeek: '8',
      active: 'true',
      endReason: '',
    });
    expect(await exported({ postingId, active: false })).toEqual([
      expect.objectContaining({ id: first.id, candidateId: one, active: 'false', endReason: 'moved-on' }),
    ]);
    expect((await exported({ candidateId: two })).map((row) => row.id)).toEqual([second.id]);
    const audited = await testApp.dataSource.query(
      `SELECT record_id, count(*)::int AS reads FROM audit_log
        WHERE endpoint = 'GET /api/v1/placements/export.csv' AND action = 'read' AND actor_id = $1
          AND record_id = ANY($2) GROUP BY record_id ORDER BY record_id`,
      [a.coordinator.id, [one, two]],
    );
    // Exported with every filter above: one twice (all, ended), two twice (all, by candidate).
    expect(audited).toEqual([one, two].sort().map((id) => ({ record_id: id, reads: 2 })));
    const bad = await http()
      .get('/api/v1/placements/export.csv')
      .query({ active: 'kanske' })
      .set(a.headers())
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['active']);
    await http().get('/api/v1/placements/export.csv').set(a.admin.headers).expect(403);
    const foreign = await http().get('/api/v1/placements/export.csv').query({ postingId }).set(b.headers());
    expect(foreign.status).toBe(200);
    expect(foreign.text.trim().split('\n')).toHaveLength(1);
  });

  it('keeps jobcentres apart and employers out', async () => {
    const postingId = await openPosting();
    const placed = (
      await place({ postingId, candidateId: await candidate({ targetGroup: 'integration' }) }).expect(201)
    ).body;
    await http().get(`/api/v1/placements/${placed.id}`).set(b.headers()).expect(404);
    await http().post(`/api/v1/placements/${placed.id}/end`).set(b.headers()).send({ reason: 'ended' }).expect(404);
    const theirs = await http().get('/api/v1/placements').set(b.headers()).expect(200);
    expect(theirs.body.total).toBe(0);
    const foreign = await place({ postingId, candidateId: await candidate({}, b) }, b.headers()).expect(400);
    expect(fieldsOf(foreign.body)).toEqual(['postingId']);
    const employer = await a.employer([randomCvrNumber()]);
    await http().get('/api/v1/placements').set(employer.headers).expect(403);
    await place({ postingId, candidateId: placed.candidateId }, employer.headers).expect(403);
  });
});
