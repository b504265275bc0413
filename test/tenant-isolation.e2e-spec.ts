import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Horsens (B) reaching for Hedensted's (A) records: every attempt answers exactly as if the record did not exist. */
describe('Tenant isolation between jobcentres', () => {
  let testApp: TestApp;
  let hedensted: SeededJobcentre;
  let horsens: SeededJobcentre;
  const shared = { cvrNumber: '' };
  const a = { companyId: '', intakeId: '', periodId: '', candidateId: '', apiKeyId: '', employerIntakeId: '' };

  beforeAll(async () => {
    testApp = await createTestApp();
    hedensted = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
    horsens = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
    const http = () => testApp.http();
    shared.cvrNumber = randomCvrNumber();
    // Both jobcentres work with the same company, each with its own record of it.
    a.companyId = (
      await http()
        .post('/api/v1/companies')
        .set(hedensted.headers())
        .send({ cvrNumber: shared.cvrNumber, name: 'Fælles Byg ApS', sector: 'håndværk' })
        .expect(201)
    ).body.id;
    await http()
      .post('/api/v1/companies')
      .set(horsens.headers())
      .send({ cvrNumber: shared.cvrNumber, name: 'Fælles Byg (Horsens afd.)', sector: 'byggeri' })
      .expect(201);
    a.intakeId = (
      await http()
        .post('/api/v1/intakes')
        .set(hedensted.headers())
        .send({
          companyId: a.companyId,
          contactPerson: { name: 'Mette', phone: '+45 75 12 34 56' },
          kind: 'småjob',
          description: 'Hedensted only',
          channel: 'phone',
        })
        .expect(201)
    ).body.id;
    a.periodId = (
      await http()
        .post('/api/v1/duty-roster')
        .set(hedensted.lead.headers)
        .send({
          consultantId: hedensted.consultants[0].id,
          startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(),
        })
        .expect(201)
    ).body.id;
    a.candidateId = (
      await http()
        .post('/api/v1/candidates')
        .set(hedensted.headers())
        .send({ name: 'Sofie Hansen', birthDate: '1990-04-12', targetGroup: 'kontanthjælp', ladderStep: 3 })
        .expect(201)
    ).body.id;
    await http()
      .post(`/api/v1/candidates/${a.candidateId}/consents`)
      .set(hedensted.headers())
      .send({ companyId: a.companyId })
      .expect(200);
    a.apiKeyId = (
      await http().post('/api/v1/api-keys').set(hedensted.admin.headers).send({ name: 'Hedensted web' }).expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const asHorsens = (role: 'consultant' | 'lead' | 'admin') =>
    role === 'consultant' ? horsens.headers() : horsens[role].headers;

  const attempts: [
    string,
    'consultant' | 'lead' | 'admin',
    'get' | 'post' | 'patch' | 'put' | 'delete',
    () => string,
    (() => object)?,
  ][] = [
    ['read a company', 'consultant', 'get', () => `/api/v1/companies/${a.companyId}`],
    [
      'update a company',
      'consultant',
      'patch',
      () => `/api/v1/companies/${a.companyId}`,
      () => ({ name: 'Overtaget' }),
    ],
    ['read an intake', 'consultant', 'get', () => `/api/v1/intakes/${a.intakeId}`],
    ['read an intake history', 'consultant', 'get', () => `/api/v1/intakes/${a.intakeId}/history`],
    ['claim an intake', 'consultant', 'post', () => `/api/v1/intakes/${a.intakeId}/claim`],
    [
      'reassign an intake',
      'lead',
      'post',
      () => `/api/v1/intakes/${a.intakeId}/reassign`,
      () => ({ assigneeId: horsens.consultants[0].id }),
    ],
    [
      'log contact on an intake',
      'consultant',
      'post',
      () => `/api/v1/intakes/${a.intakeId}/contact-attempts`,
      () => ({ reached: true }),
    ],
    [
      'close an intake',
      'consultant',
      'post',
      () => `/api/v1/intakes/${a.intakeId}/close`,
      () => ({ outcome: 'no-need', note: 'Ingen behov' }),
    ],
    ['delete a duty period', 'lead', 'delete', () => `/api/v1/duty-roster/${a.periodId}`],
    ['read a candidate', 'consultant', 'get', () => `/api/v1/candidates/${a.candidateId}`],
    ["read a candidate's ladder steps", 'lead', 'get', () => `/api/v1/candidates/${a.candidateId}/ladder-steps`],
    [
      "read a candidate's consultant changes",
      'lead',
      'get',
      () => `/api/v1/candidates/${a.candidateId}/consultant-changes`,
    ],
    [
      'update a candidate',
      'consultant',
      'patch',
      () => `/api/v1/candidates/${a.candidateId}`,
      () => ({ name: 'Overtaget' }),
    ],
    [
      'record a consent for a candidate',
      'consultant',
      'post',
      () => `/api/v1/candidates/${a.candidateId}/consents`,
      () => ({ companyId: a.companyId }),
    ],
    [
      "withdraw a candidate's consent",
      'consultant',
      'delete',
      () => `/api/v1/candidates/${a.candidateId}/consents/${a.companyId}`,
    ],
    ['revoke an API key', 'admin', 'delete', () => `/api/v1/api-keys/${a.apiKeyId}`],
  ];

  const cases = attempts.map(([what, role, method, path, body]) => ({ what, role, method, path, body }));
  it.each(cases)(
    'cannot $what of another jobcentre: 404, like a record that does not exist',
    async ({ role, method, path, body }) => {
      const response = await testApp
        .http()
        [method](path())
        .set(asHorsens(role))
        .send(body?.() ?? {});
      expect(response.status).toBe(404);
      expect(response.body.message).toMatch(/^No /);
    },
  );

  it('left every record of the other jobcentre as it was', async () => {
    const company = (await testApp.http().get(`/api/v1/companies/${a.companyId}`).set(hedensted.headers()).expect(200))
      .body;
    expect(company).toMatchObject({ name: 'Fælles Byg ApS', sector: 'håndværk' });
    const intake = (await testApp.http().get(`/api/v1/intakes/${a.intakeId}`).set(hedensted.headers()).expect(200))
      .body;
    expect(intake).toMatchObject({
      status: 'awaiting-contact',
      assignee: { id: hedensted.consultants[0].id },
      firstContactAt: null,
    });
    const history = (
      await testApp.http().get(`/api/v1/intakes/${a.intakeId}/history`).set(hedensted.headers()).expect(200)
    ).body;
    expect(history.map((entry: { type: string }) => entry.type)).toEqual(['received', 'assigned']);
    const roster = (
      await testApp
        .http()
        .get('/api/v1/duty-roster')
        .query({ to: new Date(Date.now() + 72 * 3_600_000).toISOString() })
        .set(hedensted.headers())
        .expect(200)
    ).body;
    expect(roster.map((period: { id: string }) => period.id)).toContain(a.periodId);
    const candidate = (
      await testApp.http().get(`/api/v1/candidates/${a.candidateId}`).set(hedensted.headers()).expect(200)
    ).body;
    expect(candidate).toMatchObject({ name: 'Sofie Hansen', consentedCompanyIds: [a.companyId] });
    const keys = (await testApp.http().get('/api/v1/api-keys').set(hedensted.admin.headers).expect(200)).body;
    expect(keys.find((key: { id: string }) => key.id === a.apiKeyId).revokedAt).toBeNull();
  });

  it('lists only its own records', async () => {
    const get = async (path: string, headers = horsens.headers(), query: object = {}) =>
      (await testApp.http().get(path).query(query).set(headers).expect(200)).body;
    const companies = await get('/api/v1/companies', horsens.headers(), { cvrNumber: shared.cvrNumber });
    expect(companies.items.map((company: { name: string }) => company.name)).toEqual(['Fælles Byg (Horsens afd.)']);
    expect(
      (await get('/api/v1/intakes', horsens.headers(), { status: 'all' })).items.map(
        (intake: { id: string }) => intake.id,
      ),
    ).not.toContain(a.intakeId);
    expect(
      (
        await get('/api/v1/duty-roster', horsens.headers(), { to: new Date(Date.now() + 72 * 3_600_000).toISOString() })
      ).map((period: { id: string }) => period.id),
    ).not.toContain(a.periodId);
    expect((await get('/api/v1/candidates')).items.map((candidate: { id: string }) => candidate.id)).not.toContain(
      a.candidateId,
    );
    expect((await get('/api/v1/api-keys', horsens.admin.headers)).map((key: { id: string }) => key.id)).not.toContain(
      a.apiKeyId,
    );
    expect((await get('/api/v1/audit-log', horsens.admin.headers, { recordId: a.candidateId })).total).toBe(0);
    expect(
      (await get('/api/v1/audit-log', hedensted.admin.headers, { recordId: a.candidateId })).total,
    ).toBeGreaterThan(0);
  });

  it("cannot use another jobcentre's records as references", async () => {
    const intake = await testApp
      .http()
      .post('/api/v1/intakes')
      .set(horsens.headers())
      .send({
        companyId: a.companyId,
        contactPerson: { name: 'Mette', phone: '+45 75 12 34 56' },
        kind: 'småjob',
        description: 'x',
        channel: 'phone',
      })
      .expect(400);
    expect(intake.body.errors[0].field).toBe('companyId');
    const period = await testApp
      .http()
      .post('/api/v1/duty-roster')
      .set(horsens.lead.headers)
      .send({
        consultantId: hedensted.consultants[0].id,
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 7_200_000).toISOString(),
      })
      .expect(400);
    expect(period.body.errors[0].field).toBe('consultantId');
    const reassign = await testApp
      .http()
      .post(`/api/v1/intakes/${a.intakeId}/reassign`)
      .set(hedensted.lead.headers)
      .send({ assigneeId: horsens.consultants[0].id })
      .expect(400);
    expect(reassign.body.errors[0].field).toBe('assigneeId');
  });

  it("keeps an employer to its own jobcentre's records of its company", async () => {
    const horsensEmployer = await horsens.employer([shared.cvrNumber]);
    const companies = (await testApp.http().get('/api/v1/employer/companies').set(horsensEmployer.headers).expect(200))
      .body;
    expect(companies.map((company: { name: string }) => company.name)).toEqual(['Fælles Byg (Horsens afd.)']);
    await testApp.http().get(`/api/v1/employer/intakes/${a.intakeId}`).set(horsensEmployer.headers).expect(404);
    const sent = await testApp
      .http()
      .post('/api/v1/employer/intakes')
      .set(horsensEmployer.headers)
      .send({
        companyId: a.companyId,
        contactPerson: { name: 'Mette', phone: '+45 75 12 34 56' },
        kind: 'småjob',
        description: 'x',
      })
      .expect(400);
    expect(sent.body.errors[0].field).toBe('companyId');
  });
});
