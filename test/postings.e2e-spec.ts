import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre, type SeededUser } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const FORKLIFT_SKILL = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';

describe('Postings (/api/v1/postings, /api/v1/intakes/:id/posting)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let companyX: string;
  let companyY: string;
  let employerX: SeededUser;

  const http = () => testApp.http();
  const company = async (jobcentre: SeededJobcentre, name: string) =>
    (
      await http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name })
        .expect(201)
    ).body as { id: string; cvrNumber: string };
  const smaajob = (companyId: string, change: object = {}) => ({
    companyId,
    kind: 'småjob',
    title: 'Lagermedarbejder, 10 timer',
    occupation: '8344.1',
    requiredSkills: [FORKLIFT_SKILL],
    hoursPerWeek: 10,
    workplacePostcode: '8722',
    startDate: '2027-01-04',
    targetGroups: ['kontanthjælp'],
    ...change,
  });
  const create = (body: object, headers = a.headers()) => http().post('/api/v1/postings').set(headers).send(body);
  const fieldsOf = (body: { errors?: { field: string; messages: string[] }[] }) =>
    (body.errors ?? []).map((error) => error.field);
  const messagesOf = (body: { errors?: { field: string; messages: string[] }[] }) =>
    (body.errors ?? []).flatMap((error) => error.messages).join(' | ');

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    const x = await company(a, 'Lager X ApS');
    companyX = x.id;
    companyY = (await company(a, 'Kantine Y A/S')).id;
    employerX = await a.employer([x.cvrNumber]);
    // The ESCO catalogue and its search index (suggestions for refusals) load on first use: here, not in a test's 5 s.
    await testApp.app.get(TaxonomyService).search();
  }, 60_000);
  afterAll(() => testApp.close());

  it('creates a draft with occupation and skills given as text, answering codes with Danish labels', async () => {
    const response = await create(
      smaajob(companyX, { occupation: 'Gaffeltruckfører', requiredSkills: ['operate forklift'] }),
    ).expect(201);
    expect(response.body).toMatchObject({
      kind: 'småjob',
      kindName: 'småjob',
      status: 'draft',
      company: { id: companyX, name: 'Lager X ApS' },
      occupation: { code: '8344.1', label: 'gaffeltruckfører' },
      sector: { code: 'lager-logistik', label: 'Lager og logistik' },
      shortageSector: true,
      requiredSkills: [{ uri: FORKLIFT_SKILL }],
      hoursPerWeek: 10,
      positions: 1,
      positionsFilled: 0,
      targetGroups: ['kontanthjælp'],
      intakeId: null,
      version: 1,
    });
    expect(response.body).not.toHaveProperty('jobcentreId');
    const stored = await testApp.dataSource.query(
      'SELECT occupation_code, required_skills FROM postings WHERE id = $1',
      [response.body.id],
    );
    expect(stored).toEqual([{ occupation_code: '8344.1', required_skills: [FORKLIFT_SKILL] }]);
  });

  it("gives a småjob the jobcentre's småjob target groups when it names none", async () => {
    const response = await create(smaajob(companyX, { targetGroups: undefined })).expect(201);
    expect(response.body.targetGroups).toEqual([
      'kontanthjælp',
      'uddannelseshjælp',
      'ressourceforløb',
      'jobafklaring',
      'integration',
    ]);
  });

  it('refuses an unknown occupation or skill with 400 naming the field', async () => {
    const occupation = await create(smaajob(companyX, { occupation: 'drømmejob uden navn' })).expect(400);
    expect(fieldsOf(occupation.body)).toEqual(['occupation']);
    const skill = await create(smaajob(companyX, { requiredSkills: [FORKLIFT_SKILL, 'ingen kendt evne'] })).expect(400);
    expect(fieldsOf(skill.body)).toEqual(['requiredSkills.1']);
    const postcode = await create(smaajob(companyX, { workplacePostcode: '0000' })).expect(400);
    expect(fieldsOf(postcode.body)).toEqual(['workplacePostcode']);
  });

  it('refuses a småjob of 20 hours a week, naming the rule', async () => {
    const response = await create(smaajob(companyX, { hoursPerWeek: 20 })).expect(400);
    expect(fieldsOf(response.body)).toEqual(['hoursPerWeek']);
    expect(messagesOf(response.body)).toMatch(/1 to 15 hours a week.*rule småjob-hours/);
  });

  it('refuses a praktik longer than its target group allows, and fields of another kind', async () => {
    const praktik = {
      companyId: companyX,
      kind: 'virksomhedspraktik',
      title: 'Praktik på lageret',
      targetGroup: 'dagpenge',
      durationWeeks: 6,
    };
    const tooLong = await create(praktik).expect(400);
    expect(fieldsOf(tooLong.body)).toEqual(['durationWeeks']);
    expect(messagesOf(tooLong.body)).toMatch(/at most 4 weeks.*rule praktik-duration/);
    await create({ ...praktik, durationWeeks: 4 }).expect(201);
    const foreign = await create({ ...praktik, durationWeeks: 4, educationName: 'Tømrer' }).expect(400);
    expect(messagesOf(foreign.body)).toMatch(/rule fields-of-kind/);
  });

  it('publishes only a complete posting, then keeps its lifecycle: draft → open → closed, 409 otherwise', async () => {
    const draft = await create({ companyId: companyX, kind: 'voksenlærling', title: 'Tømrerlærling' }).expect(201);
    const id = draft.body.id;
    const incomplete = await http().post(`/api/v1/postings/${id}/publish`).set(a.headers()).expect(400);
    expect(fieldsOf(incomplete.body).sort()).toEqual(
      ['educationMonths', 'educationName', 'hoursPerWeek', 'occupation', 'startDate', 'workplacePostcode'].sort(),
    );
    await http()
      .patch(`/api/v1/postings/${id}`)
      .set(a.headers())
      .send({
        occupation: '7115.1',
        hoursPerWeek: 37,
        workplacePostcode: '8700',
        startDate: '2027-08-01',
        educationName: 'Tømreruddannelsen',
        educationMonths: 48,
      })
      .expect(200);
    const open = await http().post(`/api/v1/postings/${id}/publish`).set(a.lead.headers).expect(200);
    expect(open.body).toMatchObject({
      status: 'open',
      occupation: { code: '7115.1' },
      sector: { code: 'handvaerk' },
      shortageSector: true,
    });
    expect(open.body.publishedAt).toEqual(expect.any(String));
    await http().post(`/api/v1/postings/${id}/publish`).set(a.headers()).expect(409);
    const badChange = await http().patch(`/api/v1/postings/${id}`).set(a.headers()).send({ educationName: null });
    expect(badChange.status).toBe(400);
    expect(fieldsOf(badChange.body)).toEqual(['educationName']);
    await http().patch(`/api/v1/postings/${id}`).set(a.headers()).send({ kind: 'ordinary' }).expect(409);
    const closed = await http().post(`/api/v1/postings/${id}/close`).set(a.headers()).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed' });
    await http().post(`/api/v1/postings/${id}/close`).set(a.headers()).expect(409);
    await http().post(`/api/v1/postings/${id}/publish`).set(a.headers()).expect(409);
    await http().patch(`/api/v1/postings/${id}`).set(a.headers()).send({ title: 'Ny titel' }).expect(409);
  });

  it("updates a draft, and a change of kind drops the old kind's fields", async () => {
    const draft = await create(smaajob(companyX)).expect(201);
    const updated = await http()
      .patch(`/api/v1/postings/${draft.body.id}`)
      .set(a.headers())
      .send({ kind: 'ordinary', hoursPerWeek: 30, description: 'Fuld tid', desiredSkills: ['operate forklift'] })
      .expect(200);
    expect(updated.body).toMatchObject({
      kind: 'ordinary',
      hoursPerWeek: 30,
      targetGroups: [],
      description: 'Fuld tid',
      desiredSkills: [{ uri: FORKLIFT_SKILL }],
      version: 2,
    });
    const cleared = await http()
      .patch(`/api/v1/postings/${draft.body.id}`)
      .set(a.headers())
      .send({ description: null })
      .expect(200);
    expect(cleared.body.description).toBeNull();
    const badKind = await http()
      .patch(`/api/v1/postings/${draft.body.id}`)
      .set(a.headers())
      .send({ kind: 'småjob' })
      .expect(400);
    expect(messagesOf(badKind.body)).toMatch(/not 30.*rule småjob-hours/);
  });

  describe('list filters', () => {
    let c: SeededJobcentre;
    const ids: Record<string, string> = {};
    const list = async (query: Record<string, string | number | boolean>) => {
      const response = await http().get('/api/v1/postings').query(query).set(c.headers()).expect(200);
      return response.body as { items: { id: string }[]; total: number };
    };
    const named = async (query: Record<string, string | number | boolean>) =>
      (await list(query)).items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]).sort();

    beforeAll(async () => {
      c = await seedJobcentre(testApp, { consultants: 1 });
      const lager = (await company(c, 'Lager C')).id;
      const kantine = (await company(c, 'Kantine C')).id;
      const post = async (body: object) =>
        (await http().post('/api/v1/postings').set(c.headers()).send(body).expect(201)).body.id as string;
      ids.smaajob = await post(smaajob(lager));
      ids.cook = await post({
        companyId: kantine,
        kind: 'ordinary',
        title: 'Kok',
        occupation: '5120.1',
        hoursPerWeek: 37,
        workplacePostcode: '2100',
        startDate: '2027-03-01',
      });
      ids.carpenter = await post({
        companyId: lager,
        kind: 'voksenlærling',
        title: 'Tømrerlærling',
        occupation: '7115.1',
        hoursPerWeek: 37,
        workplacePostcode: '8700',
        startDate: '2027-08-01',
        educationName: 'Tømreruddannelsen',
        educationMonths: 48,
      });
      await http().post(`/api/v1/postings/${ids.cook}/publish`).set(c.headers()).expect(200);
    });

    it('filters by kind, status, company, occupation (code or label) and sector', async () => {
      expect(await named({})).toEqual(['carpenter', 'cook', 'smaajob']);
      expect(await named({ kind: 'småjob' })).toEqual(['smaajob']);
      expect(await named({ status: 'open' })).toEqual(['cook']);
      expect(await named({ status: 'draft' })).toEqual(['carpenter', 'smaajob']);
      expect(await named({ occupation: '7115.1' })).toEqual(['carpenter']);
      expect(await named({ occupation: 'gaffeltruckfører' })).toEqual(['smaajob']);
      expect(await named({ sector: 'hotel-restauration' })).toEqual(['cook']);
      const kantine = (await list({ kind: 'ordinary' })).items[0] as unknown as { company: { id: string } };
      expect(await named({ companyId: kantine.company.id })).toEqual(['cook']);
    });

    it("filters on the jobcentre's shortage sectors, hours and distance from a postcode", async () => {
      expect(await named({ shortageSector: true })).toEqual(['carpenter', 'smaajob']);
      expect(await named({ shortageSector: false })).toEqual(['cook']);
      expect(await named({ minHours: 20 })).toEqual(['carpenter', 'cook']);
      expect(await named({ maxHours: 15 })).toEqual(['smaajob']);
      expect(await named({ minHours: 10, maxHours: 10 })).toEqual(['smaajob']);
      // Hedensted (8722) to Horsens (8700) is about 13 km; to Copenhagen (2100) about 170 km.
      expect(await named({ postcode: '8722', radiusKm: 5 })).toEqual(['smaajob']);
      expect(await named({ postcode: '8722', radiusKm: 30 })).toEqual(['carpenter', 'smaajob']);
      expect(await named({ postcode: '8722', radiusKm: 300 })).toEqual(['carpenter', 'cook', 'smaajob']);
      expect(await named({ postcode: '8722', radiusKm: 30, kind: 'voksenlærling' })).toEqual(['carpenter']);
    });

    it('pages, newest first', async () => {
      const first = await list({ pageSize: 2 });
      expect(first.total).toBe(3);
      expect(first.items.map((item) => item.id)).toEqual([ids.carpenter, ids.cook]);
      expect((await list({ pageSize: 2, page: 2 })).items.map((item) => item.id)).toEqual([ids.smaajob]);
    });

    it('refuses bad filters with 400 naming the field', async () => {
      const bad = async (query: Record<string, string>, field: string) => {
        const response = await http().get('/api/v1/postings').query(query).set(c.headers()).expect(400);
        expect(fieldsOf(response.body)).toContain(field);
      };
      await bad({ sector: 'rumfart' }, 'sector');
      await bad({ occupation: 'drømmejob uden navn' }, 'occupation');
      await bad({ postcode: '8722' }, 'radiusKm');
      await bad({ radiusKm: '10' }, 'postcode');
      await bad({ postcode: '0000', radiusKm: '10' }, 'postcode');
      await bad({ kind: 'deltid' }, 'kind');
      await bad({ shortageSector: 'ja' }, 'shortageSector');
    });

    it("exports the filtered postings as CSV for staff, with the occupation's label and shortage flag", async () => {
      const response = await http().get('/api/v1/postings/export.csv').query({ sector: 'handvaerk' }).set(c.headers());
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      // A UTF-8 byte order mark and ";" between fields, as Danish Excel opens them.
      expect(response.text).toMatch(/^\uFEFFid;externalId;kind;kindName;status;title;companyName/);
      const lines = response.text.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(ids.carpenter);
      expect(lines[1]).toContain('tømrer');
      expect(lines[1]).toContain('Tømreruddannelsen');
      const header = lines[0].split(';');
      expect(lines[1].split(';')[header.indexOf('shortageSector')]).toBe('true');
      const all = await http().get('/api/v1/postings/export.csv').set(c.headers()).expect(200);
      expect(all.text.trim().split('\n')).toHaveLength(4);
    });
  });

  it('streams an export larger than one batch, every posting once', async () => {
    const e = await seedJobcentre(testApp, { consultants: 1 });
    const companyE = (await company(e, 'Mange Opslag ApS')).id;
    await testApp.dataSource.query(
      `INSERT INTO postings (jobcentre_id, company_id, kind, title, created_at)
        SELECT $1, $2, 'ordinary', 'Opslag ' || n, now() - n * interval '1 second' FROM generate_series(1, 1201) n`,
      [e.id, companyE],
    );
    const response = await http().get('/api/v1/postings/export.csv').set(e.headers()).expect(200);
    const ids = response.text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(';')[0]);
    expect(ids).toHaveLength(1201);
    expect(new Set(ids).size).toBe(1201);
  });

  describe('the rule check (POST /api/v1/postings/rule-check)', () => {
    const check = (body: object, headers = a.headers()) =>
      http().post('/api/v1/postings/rule-check').set(headers).send(body);
    const outcome = (body: { rules: { rule: string }[] }, rule: string) =>
      body.rules.find((each) => each.rule === rule);
    const count = async () => (await http().get('/api/v1/postings').set(a.headers()).expect(200)).body.total;

    it("lists every rule of each kind, kept or broken, with the save's own message, and saves nothing", async () => {
      const before = await count();
      const expected: Record<string, string[]> = {
        ordinary: [],
        småjob: ['småjob-hours', 'småjob-target-groups'],
        voksenlærling: ['voksenlærling-education'],
        virksomhedspraktik: ['praktik-duration'],
        løntilskud: ['løntilskud-employer-type', 'løntilskud-duration'],
        fleksjob: ['fleksjob-target-group'],
      };
      for (const [kind, own] of Object.entries(expected)) {
        const response = await check({ kind, title: 'Et job' }).expect(200);
        expect(response.body.rules.map((each: { rule: string }) => each.rule)).toEqual([
          'fields-of-kind',
          'complete-to-publish',
          'end-after-start',
          ...own,
        ]);
        // An empty form of any kind can be saved as a draft, not published.
        expect(response.body).toMatchObject({ kind, savable: true, publishable: false });
      }
      const tooMany = await check(smaajob(companyX, { companyId: undefined, hoursPerWeek: 20 })).expect(200);
      expect(tooMany.body).toMatchObject({ savable: false, publishable: false });
      expect(outcome(tooMany.body, 'småjob-hours')).toEqual({
        rule: 'småjob-hours',
        passed: false,
        blocksSaving: true,
        fields: ['hoursPerWeek'],
        messages: ['a småjob has 1 to 15 hours a week in this jobcentre, not 20 (rule småjob-hours)'],
      });
      const fine = await check(smaajob(companyX, { companyId: undefined, hoursPerWeek: 12 })).expect(200);
      expect(fine.body).toMatchObject({ savable: true, publishable: true });
      const praktik = await check({ kind: 'virksomhedspraktik', targetGroup: 'dagpenge', durationWeeks: 6 }).expect(
        200,
      );
      expect(outcome(praktik.body, 'praktik-duration')).toMatchObject({ passed: false, fields: ['durationWeeks'] });
      expect(outcome(praktik.body, 'complete-to-publish')).toMatchObject({
        passed: false,
        blocksSaving: false,
        fields: ['occupation', 'hoursPerWeek', 'workplacePostcode', 'startDate'],
      });
      const flex = await check({ kind: 'fleksjob' }).expect(200);
      expect(outcome(flex.body, 'fleksjob-target-group')).toMatchObject({ passed: true });
      expect(await count()).toBe(before);
    });

    it('is open to employers, refuses bad input with 400 naming the field, and other roles not at all', async () => {
      await check({ kind: 'løntilskud', employerType: 'private' }, employerX.headers).expect(200);
      for (const [body, field] of [
        [{}, 'kind'],
        [{ kind: 'tivolijob' }, 'kind'],
        [{ kind: 'småjob', hoursPerWeek: 'ti' }, 'hoursPerWeek'],
        [{ kind: 'småjob', companyId: companyX }, 'companyId'],
      ] as const) {
        const response = await check(body).expect(400);
        expect(fieldsOf(response.body)).toContain(field);
      }
      await http().post('/api/v1/postings/rule-check').send({ kind: 'småjob' }).expect(401);
    });
  });

  describe("a jobcentre's own rules (/api/v1/posting-settings)", () => {
    let d: SeededJobcentre;
    let companyD: string;
    const settings = (headers: Record<string, string>) => http().get('/api/v1/posting-settings').set(headers);
    const replace = (body: object, headers = d.lead.headers) =>
      http().put('/api/v1/posting-settings').set(headers).send(body);

    beforeAll(async () => {
      d = await seedJobcentre(testApp, { consultants: 1 });
      companyD = (await company(d, 'Kantine D')).id;
    });

    it('starts from the documented defaults', async () => {
      const response = await settings(d.headers()).expect(200);
      expect(response.body).toMatchObject({
        smaajob: { minHours: 1, maxHours: 15 },
        voksenlaerling: { minAge: 25 },
        virksomhedspraktik: { maxWeeks: { dagpenge: 4, ressourceforløb: 13, sygedagpenge: null } },
        loentilskud: { maxWeeks: { private: { dagpenge: 26 }, public: { dagpenge: 17 } } },
        shortageSectors: ['handvaerk', 'social-sundhed', 'lager-logistik'],
      });
    });

    it('applies what the lead sets to the next posting, and to no other jobcentre', async () => {
      const defaults = (await settings(d.headers()).expect(200)).body;
      const own = {
        ...defaults,
        smaajob: { ...defaults.smaajob, maxHours: 12 },
        shortageSectors: ['hotel-restauration'],
      };
      const saved = await replace(own).expect(200);
      expect(saved.body).toMatchObject({ smaajob: { maxHours: 12 }, shortageSectors: ['hotel-restauration'] });
      const refused = await create(smaajob(companyD, { hoursPerWeek: 13 }), d.headers()).expect(400);
      expect(messagesOf(refused.body)).toMatch(/1 to 12 hours a week.*rule småjob-hours/);
      const checked = await http()
        .post('/api/v1/postings/rule-check')
        .set(d.headers())
        .send({ kind: 'småjob', hoursPerWeek: 13 })
        .expect(200);
      expect(checked.body.rules.find((each: { rule: string }) => each.rule === 'småjob-hours').messages).toEqual([
        'a småjob has 1 to 12 hours a week in this jobcentre, not 13 (rule småjob-hours)',
      ]);
      const cook = await create(
        { companyId: companyD, kind: 'ordinary', title: 'Kok', occupation: '5120.1' },
        d.headers(),
      ).expect(201);
      expect(cook.body).toMatchObject({ sector: { code: 'hotel-restauration' }, shortageSector: true });
      // Jobcentre A keeps the defaults.
      await create(smaajob(companyX, { hoursPerWeek: 13 })).expect(201);
      expect((await settings(a.headers()).expect(200)).body.smaajob.maxHours).toBe(15);
    });

    it('refuses rules that make no sense, naming the field, and callers who are not lead or admin', async () => {
      const defaults = (await settings(d.headers()).expect(200)).body;
      const sector = await replace({ ...defaults, shortageSectors: ['rumfart'] }).expect(400);
      expect(fieldsOf(sector.body)).toEqual(['shortageSectors']);
      const hours = await replace({ ...defaults, smaajob: { ...defaults.smaajob, minHours: 20 } }).expect(400);
      expect(fieldsOf(hours.body)).toEqual(['smaajob.minHours']);
      const weeks = await replace({
        ...defaults,
        virksomhedspraktik: { maxWeeks: { dagpenge: 0 } },
      }).expect(400);
      expect(fieldsOf(weeks.body)).toEqual(['virksomhedspraktik.maxWeeks.dagpenge']);
      await replace(defaults, d.headers()).expect(403);
    });
  });

  describe('employer users', () => {
    it('draft postings for their own companies only, and see only those', async () => {
      const own = await create(smaajob(companyX, { title: 'Fra arbejdsgiveren' }), employerX.headers).expect(201);
      expect(own.body).toMatchObject({ status: 'draft', createdByName: employerX.name });
      const foreign = await create(smaajob(companyY), employerX.headers).expect(400);
      expect(fieldsOf(foreign.body)).toEqual(['companyId']);
      const ofY = await create(smaajob(companyY)).expect(201);
      await http().get(`/api/v1/postings/${ofY.body.id}`).set(employerX.headers).expect(404);
      await http().patch(`/api/v1/postings/${ofY.body.id}`).set(employerX.headers).send({ title: 'x' }).expect(404);
      const listed = await http().get('/api/v1/postings').query({ pageSize: 100 }).set(employerX.headers).expect(200);
      expect(listed.body.items.length).toBeGreaterThan(0);
      for (const item of listed.body.items) expect(item.company.id).toBe(companyX);
      await http().get('/api/v1/postings/export.csv').set(employerX.headers).expect(403);
    });

    it('change their own drafts until the jobcentre publishes them, and cannot publish or close', async () => {
      const own = await create(smaajob(companyX), employerX.headers).expect(201);
      await http()
        .patch(`/api/v1/postings/${own.body.id}`)
        .set(employerX.headers)
        .send({ hoursPerWeek: 12 })
        .expect(200);
      await http().post(`/api/v1/postings/${own.body.id}/publish`).set(employerX.headers).expect(403);
      await http().post(`/api/v1/postings/${own.body.id}/publish`).set(a.headers()).expect(200);
      const late = await http()
        .patch(`/api/v1/postings/${own.body.id}`)
        .set(employerX.headers)
        .send({ hoursPerWeek: 14 })
        .expect(409);
      expect(late.body.message).toMatch(/only the jobcentre/);
      await http().patch(`/api/v1/postings/${own.body.id}`).set(a.headers()).send({ hoursPerWeek: 14 }).expect(200);
      await http().post(`/api/v1/postings/${own.body.id}/close`).set(employerX.headers).expect(403);
    });
  });

  it("keeps jobcentres apart: another jobcentre's staff neither see nor change a posting", async () => {
    const posting = await create(smaajob(companyX)).expect(201);
    const id = posting.body.id;
    await http().get(`/api/v1/postings/${id}`).set(b.headers()).expect(404);
    await http().patch(`/api/v1/postings/${id}`).set(b.headers()).send({ title: 'Overtaget' }).expect(404);
    await http().post(`/api/v1/postings/${id}/publish`).set(b.headers()).expect(404);
    await http().post(`/api/v1/postings/${id}/close`).set(b.headers()).expect(404);
    const listed = await http().get('/api/v1/postings').query({ pageSize: 100 }).set(b.headers()).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    const theirs = await create(smaajob(companyX), b.headers()).expect(400);
    expect(fieldsOf(theirs.body)).toEqual(['companyId']);
  });

  describe('from an intake', () => {
    const newIntake = async () =>
      (
        await http()
          .post('/api/v1/intakes')
          .set(a.headers())
          .send({
            companyId: companyX,
            contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
            kind: 'småjob',
            description: 'Ti timer om ugen på lageret',
            channel: 'phone',
          })
          .expect(201)
      ).body.id as string;
    const { companyId: _company, ...fromIntake } = smaajob('');
    const reach = (id: string) =>
      http().post(`/api/v1/intakes/${id}/contact-attempts`).set(a.headers()).send({ reached: true }).expect(200);

    it('creates the posting and closes the intake with posting-created in one step', async () => {
      const intakeId = await newIntake();
      const early = await http().post(`/api/v1/intakes/${intakeId}/posting`).set(a.headers()).send(fromIntake);
      expect(early.status).toBe(409);
      expect(early.body.message).toMatch(/not been reached/);
      await reach(intakeId);
      const created = await http()
        .post(`/api/v1/intakes/${intakeId}/posting`)
        .set(a.headers())
        .send(fromIntake)
        .expect(201);
      expect(created.body).toMatchObject({ intakeId, company: { id: companyX }, status: 'draft', kind: 'småjob' });
      const intake = await http().get(`/api/v1/intakes/${intakeId}`).set(a.headers()).expect(200);
      expect(intake.body).toMatchObject({ status: 'closed', outcome: 'posting-created' });
      const history = await http().get(`/api/v1/intakes/${intakeId}/history`).set(a.headers()).expect(200);
      expect(history.body.at(-1)).toMatchObject({
        type: 'closed',
        details: { outcome: 'posting-created', postingId: created.body.id },
      });
      await http().post(`/api/v1/intakes/${intakeId}/posting`).set(a.headers()).send(fromIntake).expect(409);
    });

    it('leaves the intake open when the posting breaks a rule: both or neither', async () => {
      const intakeId = await newIntake();
      await reach(intakeId);
      const refused = await http()
        .post(`/api/v1/intakes/${intakeId}/posting`)
        .set(a.headers())
        .send({ ...fromIntake, hoursPerWeek: 20 })
        .expect(400);
      expect(messagesOf(refused.body)).toMatch(/rule småjob-hours/);
      const intake = await http().get(`/api/v1/intakes/${intakeId}`).set(a.headers()).expect(200);
      expect(intake.body).toMatchObject({ status: 'contacted', outcome: null });
      const count = await testApp.dataSource.query('SELECT count(*)::int AS n FROM postings WHERE intake_id = $1', [
        intakeId,
      ]);
      expect(count).toEqual([{ n: 0 }]);
    });

    it("is not found for another jobcentre's staff", async () => {
      const intakeId = await newIntake();
      await reach(intakeId);
      await http().post(`/api/v1/intakes/${intakeId}/posting`).set(b.headers()).send(fromIntake).expect(404);
    });
  });
});
