import { randomUUID } from 'node:crypto';
import { FORKLIFT_OPERATOR, OPERATE_FORKLIFT, STACK_GOODS } from './support/endpoints';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Candidates, consent and the audit log (/api/v1/candidates, /api/v1/audit-log)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let companyId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
    companyId = (
      await testApp
        .http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Lager A/S' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const sofie = {
    name: 'Sofie Hansen',
    email: 'sofie@example.dk',
    phone: '+45 20 30 40 50',
    birthDate: '1990-04-12',
    targetGroup: 'kontanthjælp',
    postcode: '8722',
    hoursPerWeek: 15,
    ladderStep: 3,
    notes: 'Vil gerne starte stille',
  };
  const create = (body: object) => testApp.http().post('/api/v1/candidates').set(jobcentre.headers()).send(body);
  const auditOf = async (recordId: string) =>
    (
      await testApp
        .http()
        .get('/api/v1/audit-log')
        .query({ recordType: 'candidate', recordId })
        .set(jobcentre.admin.headers)
        .expect(200)
    ).body;

  it('registers, reads and updates a candidate, and audits each access with who, when, what and where', async () => {
    const created = await create(sofie).expect(201);
    expect(created.body).toMatchObject({ ...sofie, skills: [], consentedCompanyIds: [] });
    expect(created.body).not.toHaveProperty('jobcentreId');
    const id = created.body.id;
    await testApp.http().get(`/api/v1/candidates/${id}`).set(jobcentre.coordinator.headers).expect(200);
    const updated = await testApp
      .http()
      .patch(`/api/v1/candidates/${id}`)
      .set(jobcentre.headers())
      .send({ ladderStep: 4, ladderStepReason: 'Klar til virksomhedspraktik', email: null })
      .expect(200);
    expect(updated.body).toMatchObject({ ladderStep: 4, email: null, name: 'Sofie Hansen' });
    const listed = await testApp
      .http()
      .get('/api/v1/candidates')
      .query({ name: 'sofie' })
      .set(jobcentre.lead.headers)
      .expect(200);
    expect(listed.body.items.map((candidate: { id: string }) => candidate.id)).toContain(id);

    const audit = await auditOf(id);
    const consultant = jobcentre.consultants[0];
    expect(
      audit.items
        .map((entry: { action: string; actorName: string; endpoint: string }) => [
          entry.action,
          entry.actorName,
          entry.endpoint,
        ])
        .reverse(),
    ).toEqual([
      ['create', consultant.name, 'POST /api/v1/candidates'],
      ['read', jobcentre.coordinator.name, 'GET /api/v1/candidates/:id'],
      ['update', consultant.name, 'PATCH /api/v1/candidates/:id'],
      ['read', jobcentre.lead.name, 'GET /api/v1/candidates'],
    ]);
    expect(audit.items[0]).toMatchObject({
      recordId: id,
      actorId: jobcentre.lead.id,
      actorRole: 'lead',
      at: expect.any(String),
    });
  });

  it('records consent per company, and its withdrawal', async () => {
    const id = (await create(sofie).expect(201)).body.id;
    const consented = await testApp
      .http()
      .post(`/api/v1/candidates/${id}/consents`)
      .set(jobcentre.headers())
      .send({ companyId })
      .expect(200);
    expect(consented.body.consentedCompanyIds).toEqual([companyId]);
    await testApp
      .http()
      .post(`/api/v1/candidates/${id}/consents`)
      .set(jobcentre.headers())
      .send({ companyId })
      .expect(200);
    await testApp.http().delete(`/api/v1/candidates/${id}/consents/${companyId}`).set(jobcentre.headers()).expect(204);
    expect(
      (await testApp.http().get(`/api/v1/candidates/${id}`).set(jobcentre.headers()).expect(200)).body
        .consentedCompanyIds,
    ).toEqual([]);
    await testApp.http().delete(`/api/v1/candidates/${id}/consents/${companyId}`).set(jobcentre.headers()).expect(404);
    const [{ count }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS count FROM candidate_consents WHERE candidate_id = $1',
      [id],
    );
    expect(count).toBe(1);
    expect((await auditOf(id)).items.map((entry: { action: string }) => entry.action)).toEqual([
      'read',
      'update',
      'update',
      'create',
    ]);
  });

  it('stores no CPR number: a field holding one is refused and nothing is written', async () => {
    const before = (await testApp.http().get('/api/v1/candidates').set(jobcentre.headers()).expect(200)).body.total;
    const refused = await create({
      ...sofie,
      name: 'Sofie Hansen 010190-1234',
      notes: 'cpr 0101901234',
      skills: [
        { skill: 'stack goods', level: 2 },
        { skill: '290200 4321', level: 1 },
      ],
    }).expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', messages: ['name must not contain a CPR number; Jobbro does not store them'] },
        { field: 'notes', messages: ['notes must not contain a CPR number; Jobbro does not store them'] },
        {
          field: 'skills.1.skill',
          messages: ['skills.1.skill must not contain a CPR number; Jobbro does not store them'],
        },
      ]),
    );
    await create({ ...sofie, cpr: '0101901234' }).expect(400);
    expect((await testApp.http().get('/api/v1/candidates').set(jobcentre.headers()).expect(200)).body.total).toBe(
      before,
    );
  });

  it('rejects bad input on every endpoint with field-level messages, and changes nothing', async () => {
    const id = (await create(sofie).expect(201)).body.id;
    const bad = await create({ name: '', ladderStep: 9, hoursPerWeek: 0, postcode: '87', email: 'x' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'birthDate',
      'email',
      'hoursPerWeek',
      'ladderStep',
      'name',
      'postcode',
      'targetGroup',
    ]);
    const patch = await testApp
      .http()
      .patch(`/api/v1/candidates/${id}`)
      .set(jobcentre.headers())
      .send({ name: null, ladderStep: 'high' })
      .expect(400);
    expect(patch.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'ladderStep',
      'ladderStepReason',
      'name',
    ]);
    expect(
      (await testApp.http().get(`/api/v1/candidates/${id}`).set(jobcentre.headers()).expect(200)).body,
    ).toMatchObject({ name: sofie.name, ladderStep: 3 });
    await testApp.http().get('/api/v1/candidates/nope').set(jobcentre.headers()).expect(400);
    await testApp.http().get(`/api/v1/candidates/${randomUUID()}`).set(jobcentre.headers()).expect(404);
    await testApp.http().get('/api/v1/candidates').query({ page: 0 }).set(jobcentre.headers()).expect(400);
    const consent = await testApp
      .http()
      .post(`/api/v1/candidates/${id}/consents`)
      .set(jobcentre.headers())
      .send({ companyId: randomUUID() })
      .expect(400);
    expect(consent.body.errors[0].field).toBe('companyId');
    await testApp.http().post(`/api/v1/candidates/${id}/consents`).set(jobcentre.headers()).send({}).expect(400);
    await testApp.http().delete(`/api/v1/candidates/${id}/consents/nope`).set(jobcentre.headers()).expect(400);
    const audit = await testApp
      .http()
      .get('/api/v1/audit-log')
      .query({ recordId: 'x', from: 'yesterday', pageSize: 0 })
      .set(jobcentre.admin.headers)
      .expect(400);
    expect(audit.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'from',
      'pageSize',
      'recordId',
    ]);
  });

  it('keeps the audit log for admins, unchangeable through the API and in the database', async () => {
    await testApp.http().get('/api/v1/audit-log').set(jobcentre.lead.headers).expect(403);
    await testApp.http().get('/api/v1/audit-log').set(jobcentre.headers()).expect(403);
    await testApp.http().delete('/api/v1/audit-log').set(jobcentre.admin.headers).expect(404);
    await testApp.http().patch('/api/v1/audit-log').set(jobcentre.admin.headers).send({}).expect(404);
    await expect(testApp.dataSource.query(`UPDATE audit_log SET actor_name = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(testApp.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    const all = (
      await testApp.http().get('/api/v1/audit-log').query({ pageSize: 100 }).set(jobcentre.admin.headers).expect(200)
    ).body;
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((entry: { actorName: string }) => entry.actorName !== 'someone else')).toBe(true);
  });

  it('is for the staff who work with candidates: not admins, employers or integrations', async () => {
    await testApp.http().get('/api/v1/candidates').set(jobcentre.admin.headers).expect(403);
    await testApp.http().post('/api/v1/candidates').set(jobcentre.coordinator.headers).send(sofie).expect(403);
    const employer = await jobcentre.employer([randomCvrNumber()]);
    await testApp.http().get('/api/v1/candidates').set(employer.headers).expect(403);
  });
});

describe('Candidate profiles: codes, histories, filters (/api/v1/candidates)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 2 });
    b = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const profile = (overrides: object = {}) => ({
    name: 'Mads Madsen',
    birthDate: '1985-06-01',
    targetGroup: 'dagpenge',
    ladderStep: 3,
    ...overrides,
  });
  const create = async (overrides: object = {}) =>
    (await http().post('/api/v1/candidates').set(a.headers()).send(profile(overrides)).expect(201)).body;
  const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map((error) => error.field).sort();
  const yearsAgo = (years: number, days = 0) => {
    const date = new Date();
    date.setUTCFullYear(date.getUTCFullYear() - years);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };

  it('registers a candidate with every field, codes resolved and labelled, and both histories started', async () => {
    const [consultant] = a.consultants;
    const created = await create({
      name: 'Sofie Hansen',
      email: 'sofie@example.dk',
      phone: '+45 20 30 40 50',
      externalId: 'KMD-1001',
      birthDate: '1990-04-12',
      targetGroup: 'kontanthjælp',
      educationLevel: 'erhvervsfaglig',
      education: 'Lagerassistent',
      postcode: '8722',
      travelReachKm: 25,
      skills: [
        { skill: OPERATE_FORKLIFT, level: 3 },
        { skill: 'Stack Goods', level: 2 },
        { skill: 'operate a forklift', level: 4 },
      ],
      desiredOccupations: ['forklift operator'],
      desiredSectors: ['lager-logistik', 'handel'],
      willingToChangeSector: true,
      hoursPerWeek: 15,
      ladderStep: 2,
      accommodations: 'Kan ikke løfte over 10 kg',
      consultantId: consultant.id,
      consultantChangeReason: 'Første samtale',
      notes: 'Vil gerne starte med få timer',
    });
    const ageNow = Number(new Date().toISOString().slice(0, 4)) - 1990;
    expect(created).toMatchObject({
      externalId: 'KMD-1001',
      birthDate: '1990-04-12',
      age: expect.any(Number),
      targetGroup: 'kontanthjælp',
      educationLevel: 'erhvervsfaglig',
      travelReachKm: 25,
      // A skill named twice (by URI and by a synonym) keeps its higher level; highest level first.
      skills: [
        { uri: OPERATE_FORKLIFT, label: 'betjene gaffeltruck', level: 4 },
        { uri: STACK_GOODS, label: 'stable varer', level: 2 },
      ],
      desiredOccupations: [{ code: FORKLIFT_OPERATOR, label: expect.any(String) }],
      desiredSectors: [
        { code: 'lager-logistik', label: expect.stringMatching(/lager/i) },
        { code: 'handel', label: expect.any(String) },
      ],
      willingToChangeSector: true,
      accommodations: 'Kan ikke løfte over 10 kg',
      consultantId: consultant.id,
    });
    expect([ageNow - 1, ageNow]).toContain(created.age);

    const read = await http().get(`/api/v1/candidates/${created.id}`).set(a.coordinator.headers).expect(200);
    expect(read.body).toEqual(created);
    const steps = await http().get(`/api/v1/candidates/${created.id}/ladder-steps`).set(a.headers()).expect(200);
    expect(steps.body).toEqual([
      expect.objectContaining({ step: 2, previousStep: null, reason: 'registered', changedById: consultant.id }),
    ]);
    expect(steps.body[0]).not.toHaveProperty('jobcentreId');
    const changes = await http()
      .get(`/api/v1/candidates/${created.id}/consultant-changes`)
      .set(a.headers())
      .expect(200);
    expect(changes.body).toEqual([
      expect.objectContaining({ fromConsultantId: null, toConsultantId: consultant.id, reason: 'Første samtale' }),
    ]);
  });

  it('moves the ladder step and the consultant with their reasons, and replaces the skills', async () => {
    const [first, second] = a.consultants;
    const { id } = await create({ consultantId: first.id, skills: [{ skill: STACK_GOODS, level: 1 }] });
    const updated = await http()
      .patch(`/api/v1/candidates/${id}`)
      .set(a.lead.headers)
      .send({
        ladderStep: 4,
        ladderStepReason: 'Gennemført praktik',
        consultantId: second.id,
        consultantChangeReason: 'Første konsulent gik på barsel',
        skills: [{ skill: 'operate forklift', level: 2 }],
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      ladderStep: 4,
      consultantId: second.id,
      skills: [{ uri: OPERATE_FORKLIFT, level: 2 }],
    });
    // The same consultant again is no change; nor is the same step.
    await http()
      .patch(`/api/v1/candidates/${id}`)
      .set(a.lead.headers)
      .send({ consultantId: second.id, ladderStep: 4, ladderStepReason: 'Uændret' })
      .expect(200);
    await http()
      .patch(`/api/v1/candidates/${id}`)
      .set(a.lead.headers)
      .send({ ladderStep: 2, ladderStepReason: 'Sygemeldt igen' })
      .expect(200);
    const steps = (await http().get(`/api/v1/candidates/${id}/ladder-steps`).set(a.headers()).expect(200)).body;
    expect(steps.map((step: { previousStep: number; step: number; reason: string }) => step)).toEqual([
      expect.objectContaining({ previousStep: null, step: 3, reason: 'registered' }),
      expect.objectContaining({ previousStep: 3, step: 4, reason: 'Gennemført praktik', changedById: a.lead.id }),
      expect.objectContaining({ previousStep: 4, step: 2, reason: 'Sygemeldt igen' }),
    ]);
    const changes = (await http().get(`/api/v1/candidates/${id}/consultant-changes`).set(a.headers()).expect(200)).body;
    expect(changes).toEqual([
      expect.objectContaining({ fromConsultantId: null, toConsultantId: first.id, reason: 'assigned at registration' }),
      expect.objectContaining({
        fromConsultantId: first.id,
        toConsultantId: second.id,
        reason: 'Første konsulent gik på barsel',
        changedById: a.lead.id,
      }),
    ]);
    await http()
      .patch(`/api/v1/candidates/${id}`)
      .set(a.lead.headers)
      .send({ consultantId: null, consultantChangeReason: 'Afsluttet' })
      .expect(200);
    const last = (await http().get(`/api/v1/candidates/${id}/consultant-changes`).set(a.headers()).expect(200)).body;
    expect(last[2]).toMatchObject({ fromConsultantId: second.id, toConsultantId: null, reason: 'Afsluttet' });
  });

  it('lists candidates by every filter, paginated, each read audited', async () => {
    const tag = `Filter${randomUUID().slice(0, 6)}`;
    const [first, second] = a.consultants;
    const horsens = await create({
      name: `${tag} Horsens`,
      postcode: '8700',
      targetGroup: 'kontanthjælp',
      ladderStep: 2,
      hoursPerWeek: 10,
      consultantId: first.id,
      skills: [{ skill: OPERATE_FORKLIFT, level: 3 }],
      desiredOccupations: [FORKLIFT_OPERATOR],
    });
    const hedensted = await create({
      name: `${tag} Hedensted`,
      postcode: '8722',
      targetGroup: 'dagpenge',
      ladderStep: 4,
      hoursPerWeek: 37,
      consultantId: second.id,
      skills: [{ skill: STACK_GOODS, level: 2 }],
    });
    const copenhagen = await create({
      name: `${tag} København`,
      postcode: '2100',
      targetGroup: 'integration',
      ladderStep: 4,
      hoursPerWeek: 25,
    });
    const list = async (query: Record<string, string | number>) => {
      const response = await http()
        .get('/api/v1/candidates')
        .query({ name: tag, ...query })
        .set(a.headers())
        .expect(200);
      return response.body.items.map((item: { id: string }) => item.id).sort();
    };
    const ids = (...candidates: { id: string }[]) => candidates.map((candidate) => candidate.id).sort();
    expect(await list({})).toEqual(ids(horsens, hedensted, copenhagen));
    expect(await list({ targetGroup: 'dagpenge' })).toEqual(ids(hedensted));
    expect(await list({ ladderStep: 4 })).toEqual(ids(hedensted, copenhagen));
    expect(await list({ skill: OPERATE_FORKLIFT })).toEqual(ids(horsens));
    expect(await list({ skill: 'stack goods' })).toEqual(ids(hedensted));
    expect(await list({ occupation: FORKLIFT_OPERATOR })).toEqual(ids(horsens));
    expect(await list({ occupation: 'forklift operator' })).toEqual(ids(horsens));
    expect(await list({ postcode: '8722' })).toEqual(ids(hedensted));
    // Horsens is about 20 km from Hedensted, København about 190 km.
    expect(await list({ postcode: '8722', radiusKm: 5 })).toEqual(ids(hedensted));
    expect(await list({ postcode: '8722', radiusKm: 30 })).toEqual(ids(horsens, hedensted));
    expect(await list({ postcode: '8722', radiusKm: 300 })).toEqual(ids(horsens, hedensted, copenhagen));
    expect(await list({ hours: 25 })).toEqual(ids(hedensted, copenhagen));
    expect(await list({ consultantId: first.id })).toEqual(ids(horsens));
    expect(await list({ targetGroup: 'integration', postcode: '2100', hours: 20 })).toEqual(ids(copenhagen));

    const page = await http()
      .get('/api/v1/candidates')
      .query({ name: tag, pageSize: 2, page: 2 })
      .set(a.lead.headers)
      .expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ id: copenhagen.id }] });
    const audit = await http()
      .get('/api/v1/audit-log')
      .query({ recordType: 'candidate', recordId: copenhagen.id, actorId: a.lead.id })
      .set(a.admin.headers)
      .expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'read', endpoint: 'GET /api/v1/candidates' })]);
  });

  it('refuses bad profiles naming the field: target group, age, skills, codes, postcode, consultant', async () => {
    const post = (body: object) => http().post('/api/v1/candidates').set(a.headers()).send(profile(body));
    const unknownGroup = await post({ targetGroup: 'pension' }).expect(400);
    expect(unknownGroup.body.errors).toEqual([
      { field: 'targetGroup', messages: [expect.stringMatching(/^targetGroup must be one of: dagpenge, /)] },
    ]);
    const fourteen = await post({ birthDate: yearsAgo(15, 1) }).expect(400);
    expect(fourteen.body.errors).toEqual([
      {
        field: 'birthDate',
        messages: ['birthDate must make the candidate 15 to 80 years old today; it makes them 14'],
      },
    ]);
    await post({ birthDate: yearsAgo(15) }).expect(201);
    const eightyOne = await post({ birthDate: yearsAgo(81) }).expect(400);
    expect(eightyOne.body.errors[0].messages[0]).toMatch(/it makes them 81$/);
    expect(fieldsOf((await post({ birthDate: '1990-02-30' }).expect(400)).body)).toEqual(['birthDate']);
    expect(fieldsOf((await post({ birthDate: null }).expect(400)).body)).toEqual(['birthDate']);

    const codes = await post({
      skills: [
        { skill: OPERATE_FORKLIFT, level: 2 },
        { skill: 'operate forklfit truck of the moon', level: 2 },
      ],
      desiredOccupations: ['astronaut på månen'],
      desiredSectors: ['rumfart'],
      postcode: '0001',
      consultantId: b.consultants[0].id,
    }).expect(400);
    expect(fieldsOf(codes.body)).toEqual([
      'consultantId',
      'desiredOccupations.0',
      'desiredSectors',
      'postcode',
      'skills.1.skill',
    ]);
    expect(codes.body.errors.find((error: { field: string }) => error.field === 'skills.1.skill').messages).toEqual([
      expect.stringContaining('operate forklfit truck of the moon'),
    ]);
    const level = await post({ skills: [{ skill: STACK_GOODS, level: 5 }] }).expect(400);
    expect(fieldsOf(level.body)).toEqual(['skills.0.level']);
    const coordinator = await post({ consultantId: a.coordinator.id }).expect(400);
    expect(coordinator.body.errors[0]).toEqual({
      field: 'consultantId',
      messages: ['consultantId must be the id of a consultant or lead of your jobcentre'],
    });
    await post({ consultantId: a.lead.id }).expect(201);

    const { id } = await create({ externalId: `dup-${randomUUID()}` });
    const taken = (await http().get(`/api/v1/candidates/${id}`).set(a.headers()).expect(200)).body.externalId;
    await post({ externalId: taken }).expect(409);
    const noReason = await http()
      .patch(`/api/v1/candidates/${id}`)
      .set(a.headers())
      .send({ ladderStep: 5 })
      .expect(400);
    expect(fieldsOf(noReason.body)).toEqual(['ladderStepReason']);

    const badFilters = await http()
      .get('/api/v1/candidates')
      .query({ skill: 'ingen kendt evne overhovedet', occupation: 'ingen kendt stilling', radiusKm: 10 })
      .set(a.headers())
      .expect(400);
    expect(fieldsOf(badFilters.body)).toEqual(['occupation', 'radiusKm', 'skill']);
    const badPostcode = await http().get('/api/v1/candidates').query({ postcode: '0001' }).set(a.headers()).expect(400);
    expect(fieldsOf(badPostcode.body)).toEqual(['postcode']);
    const badGroup = await http().get('/api/v1/candidates').query({ targetGroup: 'x' }).set(a.headers()).expect(400);
    expect(fieldsOf(badGroup.body)).toEqual(['targetGroup']);
  });

  it('keeps each jobcentre to its own candidates, histories and filters', async () => {
    const mine = await create({ name: `Isoleret ${randomUUID().slice(0, 6)}`, consultantId: a.consultants[0].id });
    for (const path of ['', '/ladder-steps', '/consultant-changes'])
      await http().get(`/api/v1/candidates/${mine.id}${path}`).set(b.headers()).expect(404);
    await http()
      .patch(`/api/v1/candidates/${mine.id}`)
      .set(b.headers())
      .send({ ladderStep: 5, ladderStepReason: 'Overtaget' })
      .expect(404);
    const listed = await http().get('/api/v1/candidates').query({ name: mine.name }).set(b.headers()).expect(200);
    expect(listed.body.total).toBe(0);
    const byConsultant = await http()
      .get('/api/v1/candidates')
      .query({ consultantId: a.consultants[0].id })
      .set(b.headers())
      .expect(200);
    expect(byConsultant.body.total).toBe(0);
    const exported = await http().get('/api/v1/candidates/export.csv').set(b.headers()).expect(200);
    expect(exported.text).not.toContain(mine.name);
  });
});
