import { randomUUID } from 'node:crypto';
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
    postcode: '8722',
    skills: ['lager'],
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
    expect(created.body).toMatchObject({ ...sofie, consentedCompanyIds: [] });
    expect(created.body).not.toHaveProperty('jobcentreId');
    const id = created.body.id;
    await testApp.http().get(`/api/v1/candidates/${id}`).set(jobcentre.coordinator.headers).expect(200);
    const updated = await testApp
      .http()
      .patch(`/api/v1/candidates/${id}`)
      .set(jobcentre.headers())
      .send({ ladderStep: 4, email: null })
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
      skills: ['lager', '290200 4321'],
    }).expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', messages: ['name must not contain a CPR number; Jobbro does not store them'] },
        { field: 'notes', messages: ['notes must not contain a CPR number; Jobbro does not store them'] },
        { field: 'skills.1', messages: ['skills.1 must not contain a CPR number; Jobbro does not store them'] },
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
      'email',
      'hoursPerWeek',
      'ladderStep',
      'name',
      'postcode',
    ]);
    const patch = await testApp
      .http()
      .patch(`/api/v1/candidates/${id}`)
      .set(jobcentre.headers())
      .send({ name: null, ladderStep: 'high' })
      .expect(400);
    expect(patch.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['ladderStep', 'name']);
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
