import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

interface Hit {
  code?: string;
  uri?: string;
  label: string;
  language: string;
  matched: { term: string; language: string; synonym: boolean; kind: string };
}

const FORKLIFT_OPERATOR = '8344.1';
const HOME_CARE_AIDE = '5322.1';
const OPERATE_FORKLIFT = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';

describe('Taxonomy (/api/v1/taxonomy): ESCO occupations and skills, searched as people type', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
    // The index is built on first use, as in the API before its warm-up finishes: once, here.
    await testApp.app.get(TaxonomyService).search();
  }, 60_000);
  afterAll(() => testApp.close());

  const get = (path: string, headers = jobcentre.headers()) =>
    testApp.http().get(`/api/v1/taxonomy${path}`).set(headers);
  const search = async (kind: 'skills' | 'occupations', q: string, lang = 'da', limit = 10): Promise<Hit[]> =>
    (await get(`/${kind}?q=${encodeURIComponent(q)}&lang=${lang}&limit=${limit}`).expect(200)).body.items;

  it('holds the full ESCO v1.1.1 set from the migration', async () => {
    const [counts] = await testApp.dataSource.query(
      `SELECT (SELECT count(*) FROM occupations)::int AS occupations, (SELECT count(*) FROM skills)::int AS skills,
              (SELECT count(*) FROM occupation_skills)::int AS relations`,
    );
    expect(counts).toEqual({ occupations: 3007, skills: 13896, relations: 123788 });
  });

  describe('occupations', () => {
    it('finds the forklift operator however gaffeltruckfører is typed', async () => {
      for (const q of ['gaffeltruckfører', 'Gaffeltruckfoerer', 'GAFFELTRUCK', 'gaffeltruckforer', 'gafeltruckfører']) {
        const [best] = await search('occupations', q);
        expect({ q, code: best?.code }).toEqual({ q, code: FORKLIFT_OPERATOR });
      }
      const [typo] = await search('occupations', 'gaffeltruckforer');
      expect(typo.matched).toEqual({ term: 'gaffeltruckfører', language: 'da', synonym: false, kind: 'fuzzy' });
    });

    it('finds synonyms and says which one matched: STAR titles and ESCO alternative labels', async () => {
      const [truck] = await search('occupations', 'truckfoerer');
      expect(truck).toMatchObject({
        code: FORKLIFT_OPERATOR,
        label: 'gaffeltruckfører',
        language: 'da',
        matched: { term: 'Truckfører', language: 'da', synonym: true, kind: 'exact' },
        iscoGroup: { code: '8344' },
        sector: { code: 'lager-logistik', label: 'Lager og logistik' },
      });
      const [sosu] = await search('occupations', 'sosu hjælper');
      expect(sosu.code).toMatch(/^(5322\.1|5321\.)/);
      expect(sosu.matched).toMatchObject({ term: 'sosu-hjælper', synonym: true, kind: 'exact' });
    });

    it('answers in English with lang=en, and finds English labels', async () => {
      const [forklift] = await search('occupations', 'forklift operator', 'en');
      expect(forklift).toMatchObject({
        code: FORKLIFT_OPERATOR,
        label: 'forklift operator',
        language: 'en',
        matched: { kind: 'exact', language: 'en' },
        sector: { code: 'lager-logistik', label: 'Warehouse and logistics' },
      });
      expect((await search('occupations', 'gaffeltruckfører', 'en'))[0].label).toBe('forklift operator');
    });

    it('ranks an exact label before labels it starts, and those before typos', async () => {
      const hits = await search('occupations', 'social- og sundhedshjælper');
      expect(hits[0]).toMatchObject({ code: HOME_CARE_AIDE, matched: { kind: 'exact', synonym: false } });
      const kinds = hits.map((hit) => hit.matched.kind);
      const rank = { exact: 0, prefix: 1, words: 2, fuzzy: 3 } as Record<string, number>;
      expect(kinds.map((kind) => rank[kind])).toEqual([...kinds.map((kind) => rank[kind])].sort());
    });

    it('answers at most limit occupations, ten by default', async () => {
      expect(await search('occupations', 'a', 'da', 50)).toHaveLength(50);
      expect((await get('/occupations?q=l').expect(200)).body.items).toHaveLength(10);
      expect(await search('occupations', 'qqqqxxxx')).toEqual([]);
    });

    it('shows one occupation with the skills it needs, in the language asked for', async () => {
      const { body } = await get(`/occupations/${FORKLIFT_OPERATOR}`).expect(200);
      expect(body).toMatchObject({
        code: FORKLIFT_OPERATOR,
        label: 'gaffeltruckfører',
        language: 'da',
        iscoGroup: { code: '8344' },
        sector: { code: 'lager-logistik' },
      });
      expect(body.synonyms).toContain('Truckfører');
      expect(body.essentialSkills.map((skill: { uri: string }) => skill.uri)).toContain(OPERATE_FORKLIFT);
      expect(body.optionalSkills.length).toBeGreaterThan(0);
      const english = (await get(`/occupations/${FORKLIFT_OPERATOR}?lang=en`).expect(200)).body;
      expect(english).toMatchObject({ label: 'forklift operator', language: 'en' });
      expect(english.synonyms).toContain('forklift driver');
      expect(english.essentialSkills.find((skill: { uri: string }) => skill.uri === OPERATE_FORKLIFT)).toEqual({
        uri: OPERATE_FORKLIFT,
        label: 'operate forklift',
        language: 'en',
        type: 'skill/competence',
      });
    });
  });

  describe('skills', () => {
    it('finds English skills with lang=en, by prefix, synonym and typo', async () => {
      const [forklift] = await search('skills', 'operate forklift', 'en');
      expect(forklift).toMatchObject({ uri: OPERATE_FORKLIFT, label: 'operate forklift', type: 'skill/competence' });
      expect(forklift.matched).toMatchObject({ kind: 'exact', synonym: false });
      expect((await search('skills', 'operat forklift', 'en'))[0].uri).toBe(OPERATE_FORKLIFT);
      expect((await search('skills', 'oper fork', 'en')).map((hit) => hit.uri)).toContain(OPERATE_FORKLIFT);
    });

    it("finds skills by Jobbro's Danish labels and everyday synonyms, however they are typed", async () => {
      const expected: [string, string, string][] = [
        ['truckcertifikat', '28cb374e-6261-4133-8371-f9a5470145da', 'betjene gaffeltruck'],
        ['rengøring', '6ff01827-907d-43d8-b6e4-7162c1cf0aca', 'rengøre overflader'],
        ['Rengoering', '6ff01827-907d-43d8-b6e4-7162c1cf0aca', 'rengøre overflader'],
        ['svejsning', '2fcd95a4-1f9a-41cf-95a9-4701bde476b4', 'betjene svejseudstyr'],
        ['svejsnig', '2fcd95a4-1f9a-41cf-95a9-4701bde476b4', 'betjene svejseudstyr'],
        ['personlig pleje', '24f980ba-b44f-4739-b563-205104c3190d', 'yde basal pleje til patienter og borgere'],
        ['pers pleje', '24f980ba-b44f-4739-b563-205104c3190d', 'yde basal pleje til patienter og borgere'],
      ];
      for (const [q, id, label] of expected) {
        const [best] = await search('skills', q);
        expect({ q, uri: best?.uri, label: best?.label, language: best?.language }).toEqual({
          q,
          uri: `http://data.europa.eu/esco/skill/${id}`,
          label,
          language: 'da',
        });
      }
      const [truck] = await search('skills', 'truckcertifikat');
      expect(truck.matched).toEqual({ term: 'truckcertifikat', language: 'da', synonym: true, kind: 'exact' });
      expect((await search('skills', 'truckcertifikat', 'en'))[0].label).toBe('operate forklift');
    });

    it('answers an English label where a skill has no Danish one, the Danish-labelled first', async () => {
      const hits = await search('skills', 'weld', 'da', 50);
      const languages = hits
        .filter((hit) => hit.matched.kind === 'prefix' || hit.matched.kind === 'words')
        .map((hit) => hit.language);
      expect(languages).toContain('da');
      expect(languages).toContain('en');
      expect(languages.lastIndexOf('da')).toBeLessThan(languages.indexOf('en'));
      expect(hits.find((hit) => hit.language === 'en')!.label).toMatch(/weld/);
    });

    it('holds the Danish labels of the versioned seed', async () => {
      const [{ danish }] = await testApp.dataSource.query(
        'SELECT count(*)::int AS danish FROM skills WHERE label_da IS NOT NULL',
      );
      expect(danish).toBe(499);
    });
  });

  it('lists the sectors with both labels and their ISCO-08 groups, shortage sectors first', async () => {
    const { items } = (await get('/sectors').expect(200)).body;
    expect(items.slice(0, 3).map((sector: { code: string }) => sector.code)).toEqual([
      'handvaerk',
      'social-sundhed',
      'lager-logistik',
    ]);
    expect(items[2]).toEqual({
      code: 'lager-logistik',
      labelDa: 'Lager og logistik',
      labelEn: 'Warehouse and logistics',
      iscoPrefixes: expect.arrayContaining(['8344']),
    });
  });

  it('is for every signed-in caller, employers too, and for nobody signed out', async () => {
    const employer = await jobcentre.employer([randomCvrNumber()]);
    await get('/skills?q=truck', employer.headers).expect(200);
    await get('/sectors', employer.headers).expect(200);
    await testApp.http().get('/api/v1/taxonomy/skills?q=truck').expect(401);
    await testApp.http().get('/api/v1/taxonomy/occupations/8344.1').expect(401);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const field = async (path: string) => {
      const { body } = await get(path).expect(400);
      return body.errors.map((error: { field: string }) => error.field);
    };
    expect(await field('/skills')).toEqual(['q']);
    expect(await field('/skills?q=')).toEqual(['q']);
    expect(await field(`/occupations?q=${'x'.repeat(101)}`)).toEqual(['q']);
    expect(await field('/skills?q=truck&lang=de')).toEqual(['lang']);
    expect(await field('/occupations?q=truck&limit=0')).toEqual(['limit']);
    expect(await field('/occupations?q=truck&limit=51')).toEqual(['limit']);
    expect(await field('/occupations?q=truck&limit=ti')).toEqual(['limit']);
    expect(await field('/skills?q=truck&q=svejs')).toEqual(['q']);
    expect(await field('/occupations/gaffeltruckf%C3%B8rer')).toEqual(['code']);
    expect(await field('/occupations/8344.1?lang=sv')).toEqual(['lang']);
    expect((await get('/occupations/8344.999').expect(404)).body.message).toBe('No occupation has the code 8344.999');
  });

  describe('free text where a code belongs (TaxonomyService, as postings and candidates use it)', () => {
    const service = () => testApp.app.get(TaxonomyService);
    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => null,
        (caught: { getResponse: () => { errors: { field: string; messages: string[] }[] } }) => caught,
      );
      expect(error).not.toBeNull();
      return error!.getResponse().errors;
    };

    it('takes a code, a URI, an exact label or synonym in either language, or one typo', async () => {
      for (const text of [
        FORKLIFT_OPERATOR,
        'gaffeltruckfører',
        'Gaffeltruckfoerer',
        'forklift operator',
        'truckfører',
      ]) {
        expect((await service().resolveOccupation('occupation', text)).code).toBe(FORKLIFT_OPERATOR);
      }
      expect((await service().resolveOccupation('occupation', 'gaffeltruckforer')).code).toBe(FORKLIFT_OPERATOR);
      // STAR maps "Social- og sundhedshjælper" to several occupations; it is the preferred label of one.
      expect((await service().resolveOccupation('occupation', 'social- og sundhedshjælper')).code).toBe(HOME_CARE_AIDE);
      const skills = await service().resolveSkills('skills', [
        OPERATE_FORKLIFT,
        'Operate forklift',
        'operate forklfit',
      ]);
      expect(skills.map((skill) => skill.uri)).toEqual([OPERATE_FORKLIFT]);
    });

    it('refuses unknown text naming the field, with the three closest and their codes', async () => {
      const errors = await refusal(service().resolveSkills('requiredSkills', [OPERATE_FORKLIFT, 'opreate forklfit']));
      expect(errors).toHaveLength(1);
      expect(errors[0].field).toBe('requiredSkills.1');
      expect(errors[0].messages[0]).toMatch(/^"opreate forklfit" is not a known skill; the closest: .*\(http/);
      const [occupation] = await refusal(service().resolveOccupation('occupation', 'gaffeltruck chauffør kran'));
      expect(occupation.field).toBe('occupation');
      expect(occupation.messages[0]).toMatch(
        /the closest: .+ \(\d{4}[.\d]*\), .+ \(\d{4}[.\d]*\), .+ \(\d{4}[.\d]*\);/,
      );
      const [code] = await refusal(service().resolveOccupation('occupation', '8344.999'));
      expect(code.messages[0]).toContain(`(${FORKLIFT_OPERATOR})`);
    });

    it('refuses a label two occupations share, listing them', async () => {
      // A Danish synonym of two occupations, the preferred label of neither.
      const [error] = await refusal(service().resolveOccupation('occupation', 'Soldat'));
      expect(error.messages[0]).toContain('(0110.6)');
      expect(error.messages[0]).toContain('(0310.2)');
      expect(error.messages[0]).toMatch(/names 2 occupations: .+ \(\d{4}[.\d]*\), .+ \(\d{4}[.\d]*\); give the code/);
    });
  });
});
