import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Companies (/api/v1/companies)', () => {
  let testApp: TestApp;
  let hedensted: SeededJobcentre;
  let horsens: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp();
    hedensted = await seedJobcentre(testApp);
    horsens = await seedJobcentre(testApp);
  });
  afterAll(() => testApp.close());

  const create = (body: object, jobcentre = hedensted) =>
    testApp.http().post('/api/v1/companies').set(jobcentre.headers()).send(body);

  it('registers a company and gets it back', async () => {
    const cvrNumber = randomCvrNumber();
    const created = await create({
      cvrNumber: `DK ${cvrNumber.slice(0, 4)} ${cvrNumber.slice(4)}`,
      name: 'Tømrerfirmaet Hansen ApS',
      address: 'Åvej 12',
      postcode: '8722',
      city: 'Hedensted',
      sector: 'håndværk',
      sizeBand: 'small',
      contactPersons: [{ name: 'Mette Jensen', title: 'Ejer', email: 'mette@hansen.dk', phone: '+45 75 12 34 56' }],
    }).expect(201);
    expect(created.body).toMatchObject({
      cvrNumber,
      name: 'Tømrerfirmaet Hansen ApS',
      postcode: '8722',
      sizeBand: 'small',
    });
    expect(created.body.contactPersons).toEqual([
      { name: 'Mette Jensen', title: 'Ejer', email: 'mette@hansen.dk', phone: '+45 75 12 34 56' },
    ]);

    const fetched = await testApp
      .http()
      .get(`/api/v1/companies/${created.body.id}`)
      .set(hedensted.headers())
      .expect(200);
    expect(fetched.body).toMatchObject({ id: created.body.id, cvrNumber, city: 'Hedensted' });
  });

  it('answers a CVR already known in the jobcentre with 409 naming the existing company', async () => {
    const cvrNumber = randomCvrNumber();
    const first = await create({ cvrNumber, name: 'Første ApS' }).expect(201);
    const second = await create({ cvrNumber, name: 'Anden ApS' }).expect(409);
    expect(second.body.message).toContain('"Første ApS"');
    expect(second.body.existingCompany).toEqual({ id: first.body.id, name: 'Første ApS', cvrNumber });
    const list = await testApp
      .http()
      .get('/api/v1/companies')
      .query({ cvrNumber })
      .set(hedensted.headers())
      .expect(200);
    expect(list.body.items.map((company: { name: string }) => company.name)).toEqual(['Første ApS']);
  });

  it('lets another jobcentre register the same CVR as its own record', async () => {
    const cvrNumber = randomCvrNumber();
    const ours = await create({ cvrNumber, name: 'Delt Virksomhed A/S' }).expect(201);
    const theirs = await create({ cvrNumber, name: 'Delt Virksomhed A/S (Horsens)' }, horsens).expect(201);
    expect(theirs.body.id).not.toBe(ours.body.id);
    await testApp.http().get(`/api/v1/companies/${ours.body.id}`).set(horsens.headers()).expect(404);
  });

  it('updates a company, clears optional fields with null, and refuses a CVR taken by another company', async () => {
    const taken = await create({ cvrNumber: randomCvrNumber(), name: 'Optaget ApS' }).expect(201);
    const company = await create({ cvrNumber: randomCvrNumber(), name: 'Skifter Navn ApS', city: 'Juelsminde' }).expect(
      201,
    );
    const updated = await testApp
      .http()
      .patch(`/api/v1/companies/${company.body.id}`)
      .set(hedensted.headers())
      .send({ name: 'Nyt Navn ApS', city: null, sizeBand: 'medium' })
      .expect(200);
    expect(updated.body).toMatchObject({
      name: 'Nyt Navn ApS',
      city: null,
      sizeBand: 'medium',
      cvrNumber: company.body.cvrNumber,
    });

    const conflict = await testApp
      .http()
      .patch(`/api/v1/companies/${company.body.id}`)
      .set(hedensted.headers())
      .send({ cvrNumber: taken.body.cvrNumber })
      .expect(409);
    expect(conflict.body.existingCompany.id).toBe(taken.body.id);
    const unchanged = await testApp
      .http()
      .get(`/api/v1/companies/${company.body.id}`)
      .set(hedensted.headers())
      .expect(200);
    expect(unchanged.body.cvrNumber).toBe(company.body.cvrNumber);
  });

  it('finds companies by part of the name, paginated and sorted by name', async () => {
    const marker = `Søgetest${Date.now()}`;
    for (const suffix of ['C', 'A', 'B']) {
      await create({ cvrNumber: randomCvrNumber(), name: `${marker} ${suffix} ApS` }).expect(201);
    }
    const page1 = await testApp
      .http()
      .get('/api/v1/companies')
      .query({ name: marker.toLowerCase(), pageSize: 2 })
      .set(hedensted.headers())
      .expect(200);
    expect(page1.body.total).toBe(3);
    expect(page1.body.items.map((company: { name: string }) => company.name)).toEqual([
      `${marker} A ApS`,
      `${marker} B ApS`,
    ]);
    const page2 = await testApp
      .http()
      .get('/api/v1/companies')
      .query({ name: marker, pageSize: 2, page: 2 })
      .set(hedensted.headers())
      .expect(200);
    expect(page2.body.items.map((company: { name: string }) => company.name)).toEqual([`${marker} C ApS`]);
  });

  it('finds companies with one search box: the start of the CVR number or part of the name, any case', async () => {
    const marker = `Søgefelt${Date.now()}`;
    const cvrNumber = randomCvrNumber();
    const target = await create({ cvrNumber, name: `${marker} Tømrer ApS` }).expect(201);
    await create({ cvrNumber: randomCvrNumber(), name: `${marker} Murer ApS` }).expect(201);
    const search = async (q: string) =>
      (await testApp.http().get('/api/v1/companies').query({ q }).set(hedensted.headers()).expect(200)).body;
    const names = (page: { items: { name: string }[] }) => page.items.map((company) => company.name);

    expect(names(await search(cvrNumber))).toEqual([`${marker} Tømrer ApS`]);
    expect((await search(`DK ${cvrNumber.slice(0, 4)} ${cvrNumber.slice(4)}`)).items[0].id).toBe(target.body.id);
    expect(names(await search(cvrNumber.slice(0, 6)))).toContain(`${marker} Tømrer ApS`);
    expect(names(await search(`${marker.toUpperCase()} tømrer`))).toEqual([`${marker} Tømrer ApS`]);
    expect(names(await search(marker.toLowerCase()))).toEqual([`${marker} Murer ApS`, `${marker} Tømrer ApS`]);
    // LIKE wildcards are taken literally, and a CVR never reaches another jobcentre's record.
    expect((await search('%_')).total).toBe(0);
    const elsewhere = await testApp.http().get('/api/v1/companies').query({ q: cvrNumber }).set(horsens.headers());
    expect(elsewhere.body.total).toBe(0);
  });

  it('refuses a search box left blank, too long or given twice', async () => {
    for (const q of ['   ', 'x'.repeat(201)]) {
      const response = await testApp.http().get('/api/v1/companies').query({ q }).set(hedensted.headers()).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['q']);
    }
    const twice = await testApp.http().get('/api/v1/companies?q=a&q=b').set(hedensted.headers()).expect(400);
    expect(twice.body.errors[0].field).toBe('q');
  });

  it('treats LIKE wildcards in a name search literally', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/companies')
      .query({ name: '%%' })
      .set(hedensted.headers())
      .expect(200);
    expect(response.body.total).toBe(0);
  });

  describe('bad input', () => {
    it('rejects an invalid CVR, postcode, size band and contact with field-level messages', async () => {
      const response = await create({
        cvrNumber: '12345678',
        name: '',
        postcode: '87220',
        sizeBand: 'huge',
        contactPersons: [{ name: 'X', email: 'not-an-email' }],
      }).expect(400);
      const fields = response.body.errors.map((error: { field: string }) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining(['cvrNumber', 'name', 'postcode', 'sizeBand', 'contactPersons.0.email']),
      );
      expect(response.body.errors.find((error: { field: string }) => error.field === 'cvrNumber').messages[0]).toMatch(
        /modulus-11/,
      );
    });

    it('rejects unknown fields, malformed JSON and a missing body', async () => {
      const unknown = await create({ cvrNumber: randomCvrNumber(), name: 'X ApS', owner: 'someone' }).expect(400);
      expect(unknown.body.errors).toEqual([{ field: 'owner', messages: ['property owner should not exist'] }]);

      const malformed = await testApp
        .http()
        .post('/api/v1/companies')
        .set(hedensted.headers())
        .set('Content-Type', 'application/json')
        .send('{"cvrNumber": ')
        .expect(400);
      expect(malformed.body.message).toBe('The request body is not valid JSON');
      expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js/);

      const empty = await testApp.http().post('/api/v1/companies').set(hedensted.headers()).expect(400);
      expect(empty.body.errors.map((error: { field: string }) => error.field)).toEqual(
        expect.arrayContaining(['cvrNumber', 'name']),
      );
    });

    it('refuses null for a required field on update and leaves the company unchanged', async () => {
      const company = await create({ cvrNumber: randomCvrNumber(), name: 'Bliver ApS' }).expect(201);
      const response = await testApp
        .http()
        .patch(`/api/v1/companies/${company.body.id}`)
        .set(hedensted.headers())
        .send({ name: null })
        .expect(400);
      expect(response.body.errors[0].field).toBe('name');
      const unchanged = await testApp
        .http()
        .get(`/api/v1/companies/${company.body.id}`)
        .set(hedensted.headers())
        .expect(200);
      expect(unchanged.body.name).toBe('Bliver ApS');
    });

    it('rejects a malformed id, bad paging and an unknown company', async () => {
      await testApp.http().get('/api/v1/companies/not-a-uuid').set(hedensted.headers()).expect(400);
      const paging = await testApp
        .http()
        .get('/api/v1/companies')
        .query({ page: 0, pageSize: 1000 })
        .set(hedensted.headers())
        .expect(400);
      expect(paging.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['page', 'pageSize']);
      await testApp
        .http()
        .get('/api/v1/companies/7b0c8f5e-7a8e-4a47-9a3e-2f1f3c1d2e4f')
        .set(hedensted.headers())
        .expect(404);
    });

    it('requires a signed-in caller', async () => {
      const missing = await testApp.http().get('/api/v1/companies').expect(401);
      expect(missing.body.message).toMatch(/Sign in first/);
      await testApp.http().get('/api/v1/companies').set('Authorization', 'Bearer not-a-token').expect(401);
    });
  });
});
