import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre, type SeededUser } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** The keys a public posting may have: anything else (a person, a creator, a CVR number, a candidate) is a leak. */
const PUBLIC_POSTING_KEYS = [
  'companyName',
  'description',
  'durationWeeks',
  'educationMonths',
  'educationName',
  'employerLabel',
  'endDate',
  'hoursPerWeek',
  'id',
  'kind',
  'kindName',
  'occupation',
  'openPositions',
  'place',
  'publishedAt',
  'referenceNumber',
  'requiredSkills',
  'sector',
  'startDate',
  'title',
];

describe('Public open jobs (/api/v1/public)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let employer: SeededUser;
  const ids: Record<string, string> = {};

  const http = () => testApp.http();
  const list = (query: Record<string, string | number> = {}, code = a.code) =>
    http().get(`/api/v1/public/jobcentres/${code}/postings`).query(query);
  const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title).sort();
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  /** A posting made by staff of `jobcentre`, published unless `draft`. */
  async function posting(
    jobcentre: SeededJobcentre,
    companyId: string,
    change: object,
    options: { draft?: boolean; close?: boolean } = {},
  ): Promise<string> {
    const body = {
      companyId,
      kind: 'ordinary',
      title: 'Lagermedarbejder',
      description: 'Pluk og pak på lageret',
      occupation: '8344.1',
      hoursPerWeek: 37,
      workplacePostcode: '8722',
      startDate: '2027-01-04',
      ...change,
    };
    const created = await http().post('/api/v1/postings').set(jobcentre.headers()).send(body).expect(201);
    if (!options.draft)
      await http().post(`/api/v1/postings/${created.body.id}/publish`).set(jobcentre.headers()).expect(200);
    if (options.close)
      await http().post(`/api/v1/postings/${created.body.id}/close`).set(jobcentre.headers()).expect(200);
    return created.body.id;
  }

  beforeAll(async () => {
    testApp = await createTestApp({ env: { PUBLIC_RATE_LIMIT: '100000' } });
    await testApp.app.get(TaxonomyService).search();
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    await testApp.dataSource.query(
      `UPDATE jobcentres SET public_phone = '79 75 50 00', public_email = 'jobcentret@example.dk',
        public_address = 'Torvet 1, 8722 Hedensted', public_opening_hours = 'Hverdage kl. 9-15' WHERE id = $1`,
      [a.id],
    );
    const company = async (jobcentre: SeededJobcentre, name: string) =>
      (
        await http()
          .post('/api/v1/companies')
          .set(jobcentre.headers())
          .send({ cvrNumber: randomCvrNumber(), name })
          .expect(201)
      ).body as { id: string; cvrNumber: string };
    const named = await company(a, 'Synlig Lager ApS');
    const hidden = await company(a, 'Hemmelig Byg A/S');
    employer = await a.employer([hidden.cvrNumber]);
    ids.named = await posting(a, named.id, { title: 'Lagermedarbejder i Hedensted', companyVisiblePublicly: true });
    ids.hidden = await posting(a, hidden.id, {
      kind: 'småjob',
      title: 'Pakkehjælp, 10 timer',
      hoursPerWeek: 10,
      workplacePostcode: '7130',
      companyVisiblePublicly: false,
    });
    ids.apprentice = await posting(a, named.id, {
      kind: 'voksenlærling',
      title: 'Voksenlærling som tømrer',
      occupation: '7115.1',
      workplacePostcode: '8700',
      educationName: 'Tømreruddannelsen',
      educationMonths: 48,
      companyVisiblePublicly: true,
    });
    ids.draft = await posting(a, named.id, { title: 'Kladde' }, { draft: true });
    ids.closed = await posting(a, named.id, { title: 'Lukket stilling' }, { close: true });
    ids.other = await posting(b, (await company(b, 'Andet Jobcenters Firma')).id, { title: 'Andet jobcenter' });
  }, 90_000);
  afterAll(() => testApp.close());

  it('lists the jobcentres with their public contact, without signing in', async () => {
    const response = await http().get('/api/v1/public/jobcentres').expect(200);
    expect(response.body).toEqual(
      expect.arrayContaining([
        {
          code: a.code,
          name: `Jobcenter ${a.code}`,
          contact: {
            phone: '79 75 50 00',
            email: 'jobcentret@example.dk',
            address: 'Torvet 1, 8722 Hedensted',
            openingHours: 'Hverdage kl. 9-15',
          },
        },
      ]),
    );
    const one = await http().get(`/api/v1/public/jobcentres/${b.code}`).expect(200);
    expect(one.body.contact).toEqual({ phone: null, email: null, address: null, openingHours: null });
  });

  it("lists only this jobcentre's open postings, with no personal fields", async () => {
    const response = await list().expect(200);
    expect(titles(response.body)).toEqual([
      'Lagermedarbejder i Hedensted',
      'Pakkehjælp, 10 timer',
      'Voksenlærling som tømrer',
    ]);
    expect(response.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    for (const item of response.body.items) expect(Object.keys(item).sort()).toEqual(PUBLIC_POSTING_KEYS);
    expect(JSON.stringify(response.body)).not.toMatch(/cvrNumber|createdBy|Konsulent|targetGroup|positionsFilled/);
    expect(titles((await list({}, b.code).expect(200)).body)).toEqual(['Andet jobcenter']);
  });

  it('names the company only where it agreed; otherwise by its town', async () => {
    const items = (await list().expect(200)).body.items as Record<string, unknown>[];
    const byId = Object.fromEntries(items.map((item) => [item.id, item]));
    expect(byId[ids.named]).toMatchObject({
      companyName: 'Synlig Lager ApS',
      employerLabel: 'Synlig Lager ApS',
      place: { postcode: '8722', town: 'Hedensted' },
      kind: 'ordinary',
      kindName: 'ordinært job',
      hoursPerWeek: 37,
      openPositions: 1,
      referenceNumber: expect.any(Number),
    });
    expect(byId[ids.hidden]).toMatchObject({
      companyName: null,
      employerLabel: 'En virksomhed i Juelsminde',
      place: { postcode: '7130', town: 'Juelsminde' },
    });
    expect(JSON.stringify(items)).not.toContain('Hemmelig Byg');
  });

  it('lets the employer give or withdraw its consent to be named, also on an open posting', async () => {
    await http()
      .patch(`/api/v1/postings/${ids.hidden}`)
      .set(employer.headers)
      .send({ companyVisiblePublicly: true })
      .expect(200);
    const named = await http().get(`/api/v1/public/jobcentres/${a.code}/postings/${ids.hidden}`).expect(200);
    expect(named.body).toMatchObject({ companyName: 'Hemmelig Byg A/S', employerLabel: 'Hemmelig Byg A/S' });
    // Anything else on an open posting is still the jobcentre's to change.
    await http()
      .patch(`/api/v1/postings/${ids.hidden}`)
      .set(employer.headers)
      .send({ title: 'Ny titel', companyVisiblePublicly: false })
      .expect(409);
    await http()
      .patch(`/api/v1/postings/${ids.hidden}`)
      .set(employer.headers)
      .send({ companyVisiblePublicly: false })
      .expect(200);
    const hidden = await http().get(`/api/v1/public/jobcentres/${a.code}/postings/${ids.hidden}`).expect(200);
    expect(hidden.body).toMatchObject({ companyName: null, employerLabel: 'En virksomhed i Juelsminde' });
  });

  it('filters by kind, sector, occupation, hours, distance from a postcode and words in the title', async () => {
    expect(titles((await list({ kind: 'småjob' }).expect(200)).body)).toEqual(['Pakkehjælp, 10 timer']);
    expect(titles((await list({ kind: 'voksenlærling' }).expect(200)).body)).toEqual(['Voksenlærling som tømrer']);
    expect(titles((await list({ sector: 'handvaerk' }).expect(200)).body)).toEqual(['Voksenlærling som tømrer']);
    expect(titles((await list({ occupation: '8344.1' }).expect(200)).body)).toEqual([
      'Lagermedarbejder i Hedensted',
      'Pakkehjælp, 10 timer',
    ]);
    expect(titles((await list({ maxHours: 15 }).expect(200)).body)).toEqual(['Pakkehjælp, 10 timer']);
    expect(titles((await list({ minHours: 30, q: 'LAGER' }).expect(200)).body)).toEqual([
      'Lagermedarbejder i Hedensted',
    ]);
    // Hedensted (8722) to Juelsminde (7130) is about 20 km, to Horsens (8700) about 15 km.
    expect(titles((await list({ postcode: '8722', radiusKm: 5 }).expect(200)).body)).toEqual([
      'Lagermedarbejder i Hedensted',
    ]);
    expect((await list({ q: '100%_' }).expect(200)).body.total).toBe(0);
    const paged = await list({ pageSize: 2, page: 2 }).expect(200);
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(1);
  });

  it('shows one open posting with the jobcentre to ask about it', async () => {
    const response = await http().get(`/api/v1/public/jobcentres/${a.code}/postings/${ids.apprentice}`).expect(200);
    expect(Object.keys(response.body).sort()).toEqual([...PUBLIC_POSTING_KEYS, 'jobcentre'].sort());
    expect(response.body).toMatchObject({
      kind: 'voksenlærling',
      educationName: 'Tømreruddannelsen',
      educationMonths: 48,
      place: { postcode: '8700', town: 'Horsens' },
      jobcentre: { code: a.code, contact: { phone: '79 75 50 00', email: 'jobcentret@example.dk' } },
    });
  });

  it('answers 404 for a draft, a closed posting, another jobcentre’s posting, an unknown id or jobcentre', async () => {
    for (const id of [ids.draft, ids.closed, ids.other, '00000000-0000-4000-8000-000000000000'])
      await http().get(`/api/v1/public/jobcentres/${a.code}/postings/${id}`).expect(404);
    await http().get('/api/v1/public/jobcentres/ukendt-jobcenter').expect(404);
    await list({}, 'ukendt-jobcenter').expect(404);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: [string, Record<string, string | number>, string][] = [
      ['/api/v1/public/jobcentres/HEDENSTED!/postings', {}, 'code'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { pageSize: 1000 }, 'pageSize'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { pageSize: 0 }, 'pageSize'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { page: 'to' }, 'page'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { postcode: '0000', radiusKm: 10 }, 'postcode'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { postcode: '87', radiusKm: 10 }, 'postcode'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { postcode: '8722' }, 'radiusKm'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { kind: 'drømmejob' }, 'kind'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { sector: 'rumfart' }, 'sector'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { minHours: 'mange' }, 'minHours'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { q: 'x'.repeat(101) }, 'q'],
      [`/api/v1/public/jobcentres/${a.code}/postings`, { status: 'draft' }, 'status'],
      [`/api/v1/public/jobcentres/${a.code}/postings/ikke-et-id`, {}, 'id'],
    ];
    for (const [path, query, field] of cases) {
      const response = await http().get(path).query(query);
      expect({ path, query, status: response.status }).toEqual({ path, query, status: 400 });
      expect(fieldsOf(response.body)).toContain(field);
    }
  });

  it('limits each client address per route (PUBLIC_RATE_LIMIT a minute) with Retry-After', async () => {
    const limited = await createTestApp({ env: { PUBLIC_RATE_LIMIT: '2' } });
    try {
      const call = () => limited.http().get('/api/v1/public/jobcentres');
      await call().expect(200);
      await call().expect(200);
      const refused = await call().expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Sign-in keeps its own limit: the public one does not count it.
      await limited.http().post('/api/v1/auth/login').send({ email: 'x@example.dk', password: 'y' }).expect(401);
    } finally {
      await limited.close();
    }
  });
});
