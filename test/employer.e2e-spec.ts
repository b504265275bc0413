import { randomUUID } from 'node:crypto';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre, type SeededUser } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Employer users (/api/v1/employer)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let employer: SeededUser;
  let ownCompany: { id: string; cvrNumber: string };
  let otherCompany: { id: string; cvrNumber: string };

  const registerCompany = async (name: string) => {
    const cvrNumber = randomCvrNumber();
    const response = await testApp
      .http()
      .post('/api/v1/companies')
      .set(jobcentre.headers())
      .send({ cvrNumber, name })
      .expect(201);
    return { id: response.body.id as string, cvrNumber };
  };
  const request = (companyId: string) => ({
    companyId,
    contactPerson: { name: 'Jens Juel', phone: '+45 75 12 34 56' },
    kind: 'voksenlærling',
    description: 'Vi vil gerne tage en voksenlærling som tømrer',
  });

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 2, onDutyFor: 3_600_000 });
    ownCompany = await registerCompany('Juelsminde Byg & Anlæg ApS');
    otherCompany = await registerCompany('Løsning Lager & Logistik A/S');
    employer = await jobcentre.employer([ownCompany.cvrNumber]);
  });
  afterAll(() => testApp.close());

  it('sees only the companies it acts for', async () => {
    const companies = (await testApp.http().get('/api/v1/employer/companies').set(employer.headers).expect(200)).body;
    expect(companies.map((company: { id: string }) => company.id)).toEqual([ownCompany.id]);
  });

  it('sends a request from the web that enters the duty-desk queue, and follows its status', async () => {
    const created = await testApp
      .http()
      .post('/api/v1/employer/intakes')
      .set(employer.headers)
      .send(request(ownCompany.id))
      .expect(201);
    expect(created.body).toMatchObject({
      company: { id: ownCompany.id },
      kind: 'voksenlærling',
      status: 'awaiting-contact',
    });
    expect(created.body).not.toHaveProperty('assignee');
    expect(new Date(created.body.answerBy).getTime() - new Date(created.body.receivedAt).getTime()).toBe(
      24 * 3_600_000,
    );

    const staffView = (
      await testApp.http().get(`/api/v1/intakes/${created.body.id}`).set(jobcentre.headers()).expect(200)
    ).body;
    expect(staffView).toMatchObject({ channel: 'web', assignee: { id: expect.any(String) } });
    const history = (
      await testApp.http().get(`/api/v1/intakes/${created.body.id}/history`).set(jobcentre.headers()).expect(200)
    ).body;
    expect(history[0].actor).toEqual({ id: null, name: employer.name });

    const assignee = jobcentre.consultants.find((consultant) => consultant.id === staffView.assignee.id)!;
    await testApp
      .http()
      .post(`/api/v1/intakes/${created.body.id}/contact-attempts`)
      .set(assignee.headers)
      .send({ reached: true })
      .expect(200);
    const followed = (
      await testApp.http().get(`/api/v1/employer/intakes/${created.body.id}`).set(employer.headers).expect(200)
    ).body;
    expect(followed).toMatchObject({ status: 'contacted', firstContactAt: expect.any(String) });

    const list = (await testApp.http().get('/api/v1/employer/intakes').set(employer.headers).expect(200)).body;
    expect(list.items.map((intake: { id: string }) => intake.id)).toContain(created.body.id);
  });

  it('files every kind of request, and sees it closed with its outcome but not the internal note', async () => {
    const kinds = [
      'recruitment',
      'småjob',
      'voksenlærling',
      'praktik-løntilskud',
      'retention',
      'mentor-course',
      'code-of-care-interest',
    ];
    const filed: { id: string; kind: string; answerBy: string }[] = [];
    for (const kind of kinds) {
      const response = await testApp
        .http()
        .post('/api/v1/employer/intakes')
        .set(employer.headers)
        .send({ ...request(ownCompany.id), kind })
        .expect(201);
      filed.push(response.body);
    }
    expect(filed.map((intake) => intake.kind)).toEqual(kinds);
    expect(filed.every((intake) => new Date(intake.answerBy).getTime() > Date.now())).toBe(true);

    const [first] = filed;
    // The lead claims it: the roster gave it to one of the consultants on duty, who could not claim it again.
    const lead = jobcentre.headers(jobcentre.lead.email);
    await testApp.http().post(`/api/v1/intakes/${first.id}/claim`).set(lead).expect(200);
    await testApp
      .http()
      .post(`/api/v1/intakes/${first.id}/contact-attempts`)
      .set(lead)
      .send({ reached: true, note: 'Internt: talte med Jens' })
      .expect(200);
    await testApp
      .http()
      .post(`/api/v1/intakes/${first.id}/close`)
      .set(lead)
      .send({ outcome: 'no-need', note: 'Internt: firmaet har ansat selv' })
      .expect(200);
    const followed = (
      await testApp.http().get(`/api/v1/employer/intakes/${first.id}`).set(employer.headers).expect(200)
    ).body;
    expect(followed).toMatchObject({ status: 'closed', outcome: 'no-need', closedAt: expect.any(String) });
    expect(JSON.stringify(followed)).not.toMatch(/Internt|assignee|escalat|breach|reminder/);
  });

  it('cannot send requests for, or read the requests of, other companies', async () => {
    const refused = await testApp
      .http()
      .post('/api/v1/employer/intakes')
      .set(employer.headers)
      .send(request(otherCompany.id))
      .expect(400);
    expect(refused.body.errors[0]).toEqual({
      field: 'companyId',
      messages: ['companyId must be the id of one of the companies you act for'],
    });

    const foreign = await testApp
      .http()
      .post('/api/v1/intakes')
      .set(jobcentre.headers())
      .send({ ...request(otherCompany.id), channel: 'phone' })
      .expect(201);
    await testApp.http().get(`/api/v1/employer/intakes/${foreign.body.id}`).set(employer.headers).expect(404);
    const list = (await testApp.http().get('/api/v1/employer/intakes').set(employer.headers).expect(200)).body;
    expect(list.items.map((intake: { id: string }) => intake.id)).not.toContain(foreign.body.id);
    expect(list.items.every((intake: { company: { id: string } }) => intake.company.id === ownCompany.id)).toBe(true);
  });

  it('cannot reach staff endpoints: companies, the queue, intakes, candidates', async () => {
    for (const path of [
      '/api/v1/companies',
      `/api/v1/companies/${ownCompany.id}`,
      '/api/v1/intakes',
      '/api/v1/candidates',
      '/api/v1/duty-roster',
    ]) {
      await testApp.http().get(path).set(employer.headers).expect(403);
    }
    await testApp
      .http()
      .post('/api/v1/intakes')
      .set(employer.headers)
      .send({ ...request(ownCompany.id), channel: 'web' })
      .expect(403);
  });

  it('rejects bad input with field-level messages and keeps what was accepted', async () => {
    const before = (await testApp.http().get('/api/v1/employer/intakes').set(employer.headers).expect(200)).body.total;
    const bad = await testApp
      .http()
      .post('/api/v1/employer/intakes')
      .set(employer.headers)
      .send({ companyId: 'x', contactPerson: {}, kind: 'ferie', description: '', channel: 'phone' })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'channel',
      'companyId',
      'contactPerson.name',
      'contactPerson.phone',
      'description',
      'kind',
    ]);
    await testApp.http().get('/api/v1/employer/intakes').query({ pageSize: 500 }).set(employer.headers).expect(400);
    await testApp.http().get('/api/v1/employer/intakes/nope').set(employer.headers).expect(400);
    await testApp.http().get(`/api/v1/employer/intakes/${randomUUID()}`).set(employer.headers).expect(404);
    expect((await testApp.http().get('/api/v1/employer/intakes').set(employer.headers).expect(200)).body.total).toBe(
      before,
    );
  });
});
