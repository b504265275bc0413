import { MatchEngine } from '@jobbro/matching';
import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

interface Match {
  candidateId: string;
  name: string;
  score: number;
  rank: number;
  parts: { part: string; points: number; max: number; da: string; en: string }[];
  requiredSkills: { matched: { uri: string }[]; related: { uri: string; via: { uri: string } }[]; missing: unknown[] };
  identityShared: boolean;
}

describe('Matching (/api/v1/postings/:id/matches, /api/v1/candidates/:id/matches)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let companyId: string;
  let sosuSkills: string[];
  let warehouseSkills: string[];
  /** A required SOSU skill that has a related skill, and that related skill. */
  let relatedPair: { asked: string; related: string };
  let unrelatedSkill: string;

  const http = () => testApp.http();
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  const candidate = async (
    name: string,
    profile: { birthDate?: string; targetGroup?: string; skills?: string[]; occupation?: string } = {},
    jobcentre = a,
  ): Promise<string> =>
    (
      await http()
        .post('/api/v1/candidates')
        .set(jobcentre.headers())
        .send({
          name,
          birthDate: profile.birthDate ?? '1985-03-01',
          targetGroup: profile.targetGroup ?? 'kontanthjælp',
          ladderStep: 4,
          postcode: '8722',
          travelReachKm: 40,
          hoursPerWeek: 37,
          skills: (profile.skills ?? []).map((skill) => ({ skill, level: 3 })),
          desiredOccupations: profile.occupation ? [profile.occupation] : [],
        })
        .expect(201)
    ).body.id;

  const posting = async (body: object, jobcentre = a, company = companyId): Promise<string> => {
    const created = await http()
      .post('/api/v1/postings')
      .set(jobcentre.headers())
      .send({ companyId: company, hoursPerWeek: 30, workplacePostcode: '8722', startDate: '2027-03-01', ...body })
      .expect(201);
    await http().post(`/api/v1/postings/${created.body.id}/publish`).set(jobcentre.headers()).expect(200);
    return created.body.id;
  };

  const sosuApprenticeship = () =>
    posting({
      kind: 'voksenlærling',
      title: 'SOSU-hjælper, voksenlærling',
      occupation: '5322.1',
      requiredSkills: sosuSkills,
      educationName: 'Social- og sundhedshjælper',
      educationMonths: 14,
    });

  const matches = (postingId: string, query = '', headers = a.headers()) =>
    http().get(`/api/v1/postings/${postingId}/matches${query}`).set(headers);

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    companyId = (
      await http()
        .post('/api/v1/companies')
        .set(a.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Plejecenter Solgården', postcode: '8722' })
        .expect(201)
    ).body.id;
    await testApp.app.get(TaxonomyService).search();
    const essential = async (code: string) =>
      (
        await testApp.dataSource.query(
          `SELECT skill_uri FROM occupation_skills WHERE occupation_code = $1 AND relation = 'essential'
           ORDER BY skill_uri LIMIT 20`,
          [code],
        )
      ).map((row: { skill_uri: string }) => row.skill_uri);
    const dictionary = await testApp.app.get(MatchEngine).dictionary();
    const sosuAll = await essential('5322.1');
    const withRelated = sosuAll.find((uri: string) =>
      dictionary.relations.relatedTo(uri).some((related) => !sosuAll.includes(related)),
    )!;
    relatedPair = {
      asked: withRelated,
      related: dictionary.relations.relatedTo(withRelated).find((related) => !sosuAll.includes(related))!,
    };
    sosuSkills = [withRelated, ...sosuAll.filter((uri: string) => uri !== withRelated).slice(0, 3)];
    warehouseSkills = (await essential('8344.1')).filter((uri: string) => !sosuAll.includes(uri)).slice(0, 4);
    unrelatedSkill = warehouseSkills[0];
  }, 90_000);
  afterAll(() => testApp.close());

  describe('posting → candidates', () => {
    let postingId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      ids.sosu = await candidate('Sara SOSU', { skills: sosuSkills, occupation: '5322.1' });
      ids.warehouse = await candidate('Lars Lager', { skills: warehouseSkills, occupation: '8344.1' });
      ids.young = await candidate('Ung Ulla', { skills: sosuSkills, occupation: '5322.1', birthDate: '2002-06-01' });
      ids.exact = await candidate('Eva Eksakt', { skills: [relatedPair.asked] });
      ids.related = await candidate('Rikke Relateret', { skills: [relatedPair.related] });
      ids.none = await candidate('Niels Ingen', { skills: [unrelatedSkill] });
      postingId = await sosuApprenticeship();
    });

    const listed = async (query = '?limit=50'): Promise<{ body: { results: Match[] } & Record<string, unknown> }> =>
      waitFor(async () => {
        const response = await matches(postingId, query).expect(200);
        return response.body.results.some((match: Match) => match.candidateId === ids.none) ? response : null;
      });

    it('ranks a trained social- og sundhedshjælper above a warehouse worker, with every part explained', async () => {
      const { body } = await listed();
      const order = body.results.map((match) => match.candidateId);
      expect(order[0]).toBe(ids.sosu);
      expect(order.indexOf(ids.sosu)).toBeLessThan(order.indexOf(ids.warehouse));
      const [best] = body.results;
      expect(best).toMatchObject({ rank: 1, name: 'Sara SOSU', identityShared: false });
      expect(best.requiredSkills.matched.map((skill) => skill.uri).sort()).toEqual([...sosuSkills].sort());
      expect(best.parts.map((part) => part.part)).toEqual([
        'requiredSkills',
        'desiredSkills',
        'occupation',
        'shortage',
        'ladder',
        'hours',
        'distance',
      ]);
      expect(best.score).toBeCloseTo(
        best.parts.reduce((sum, part) => sum + part.points, 0),
        5,
      );
      expect(best.parts[0]).toMatchObject({ points: 40, max: 40, da: '4 af 4 krævede færdigheder' });
      expect(best.parts.find((part) => part.part === 'occupation')).toMatchObject({
        da: 'Ønsker netop denne stilling',
      });
      expect(body).toMatchObject({ weightsVersion: 0, offset: 0, limit: 50, excludedCount: null, excluded: null });
      expect(body.matchRunId).toEqual(expect.any(String));
    });

    it('leaves out a 24-year-old from a voksenlærling, and says why on request', async () => {
      const { body } = await listed('?limit=50&includeExcluded=true');
      expect(body.results.map((match) => match.candidateId)).not.toContain(ids.young);
      const excluded = (body.excluded as { candidateId: string; reasons: { rule: string; da: string }[] }[]).find(
        (entry) => entry.candidateId === ids.young,
      );
      expect(excluded!.reasons).toEqual([
        {
          rule: 'voksenlærling-min-age',
          da: 'En voksenlærling skal være mindst 25 år ved start; kandidaten er 24',
          en: 'A voksenlærling must be 25 or older at the start; the candidate is 24',
        },
      ]);
      expect(body.excludedCount).toBeGreaterThanOrEqual(1);
    });

    it('counts a related skill for less than the exact one and more than none', async () => {
      const { body } = await listed();
      const byId = new Map(body.results.map((match) => [match.candidateId, match]));
      const [exact, related, none] = [byId.get(ids.exact)!, byId.get(ids.related)!, byId.get(ids.none)!];
      expect(exact.score).toBeGreaterThan(related.score);
      expect(related.score).toBeGreaterThan(none.score);
      expect(related.requiredSkills.related).toEqual([
        expect.objectContaining({ uri: relatedPair.asked, via: expect.objectContaining({ uri: relatedPair.related }) }),
      ]);
      expect(related.parts[0].da).toBe('0 af 4 krævede færdigheder, 1 beslægtet');
    });

    it('pages through the same ranking', async () => {
      const { body: all } = await listed();
      const second = await matches(postingId, '?limit=2&offset=2').expect(200);
      expect(second.body.results.map((match: Match) => match.candidateId)).toEqual(
        all.results.slice(2, 4).map((match) => match.candidateId),
      );
      expect(second.body.results[0].rank).toBe(3);
    });

    it('records every list shown, explainable later with its inputs and weights', async () => {
      const { body } = await listed();
      const run = await http().get(`/api/v1/matching/runs/${body.matchRunId}`).set(a.headers(a.lead.email)).expect(200);
      expect(run.body).toMatchObject({
        direction: 'posting-candidates',
        subjectId: postingId,
        purpose: 'review',
        weightsVersion: 0,
        weights: { requiredSkills: 40 },
      });
      expect(run.body.results[0]).toMatchObject({
        id: ids.sosu,
        rank: 1,
        targetGroup: 'kontanthjælp',
        ageBand: '40–49',
      });
      expect(run.body.inputs.posting).toMatchObject({ id: postingId, kind: 'voksenlærling' });
      const audited = await http()
        .get(`/api/v1/audit-log?recordId=${ids.sosu}&action=read`)
        .set(a.headers(a.admin.email))
        .expect(200);
      expect(audited.body.total).toBeGreaterThan(0);
      const report = await http().get('/api/v1/matching/representation').set(a.headers(a.lead.email)).expect(200);
      expect(report.body.runs).toBeGreaterThan(0);
      expect(report.body.targetGroups).toContainEqual(expect.objectContaining({ group: 'kontanthjælp' }));
      expect(report.body.ageBands.map((row: { group: string }) => row.group)).toContain('40–49');
    });

    it('makes a new candidate matchable without a restart', async () => {
      const id = await candidate('Nyoprettet Nora', { skills: sosuSkills, occupation: '5322.1' });
      await waitFor(async () => {
        const response = await matches(postingId, '?limit=50').expect(200);
        return response.body.results.some((match: Match) => match.candidateId === id);
      });
      await http().patch(`/api/v1/candidates/${id}`).set(a.headers()).send({ birthDate: '2005-01-01' }).expect(200);
      await waitFor(async () => {
        const response = await matches(postingId, '?limit=50').expect(200);
        return !response.body.results.some((match: Match) => match.candidateId === id);
      });
    });

    it('leaves out of a list for the employer a candidate who withdrew consent to the company', async () => {
      await http()
        .post(`/api/v1/candidates/${ids.warehouse}/consents`)
        .set(a.headers())
        .send({ companyId })
        .expect(200);
      const shared = await matches(postingId, '?limit=50&purpose=employer').expect(200);
      expect(shared.body.results.find((match: Match) => match.candidateId === ids.warehouse).identityShared).toBe(true);
      await http().delete(`/api/v1/candidates/${ids.warehouse}/consents/${companyId}`).set(a.headers()).expect(204);
      const forEmployer = await matches(postingId, '?limit=50&purpose=employer&includeExcluded=true').expect(200);
      expect(forEmployer.body.results.map((match: Match) => match.candidateId)).not.toContain(ids.warehouse);
      expect(
        forEmployer.body.excluded.find((entry: { candidateId: string }) => entry.candidateId === ids.warehouse).reasons,
      ).toContainEqual(expect.objectContaining({ rule: 'consent-withdrawn' }));
      const review = await matches(postingId, '?limit=50').expect(200);
      expect(review.body.results.map((match: Match) => match.candidateId)).toContain(ids.warehouse);
    });
  });

  it('leaves a candidate on dagpenge out of a småjob, with the reason', async () => {
    const id = await candidate('Dorte Dagpenge', { targetGroup: 'dagpenge', skills: warehouseSkills });
    const smaajob = await posting({
      kind: 'småjob',
      title: 'Lager, 10 timer',
      occupation: '8344.1',
      hoursPerWeek: 10,
      requiredSkills: warehouseSkills,
    });
    const response = await waitFor(async () => {
      const found = await matches(smaajob, '?includeExcluded=true&limit=200').expect(200);
      return found.body.excluded.some((entry: { candidateId: string }) => entry.candidateId === id) ? found : null;
    });
    expect(response.body.results.map((match: Match) => match.candidateId)).not.toContain(id);
    const [reason] = response.body.excluded.find((entry: { candidateId: string }) => entry.candidateId === id).reasons;
    expect(reason.rule).toBe('småjob-target-group');
    expect(reason.da).toContain('kandidaten er på dagpenge');
  });

  describe('candidate → postings', () => {
    it("ranks open postings, a partner's included only when both name each other, and never the reverse", async () => {
      const id = await candidate('Søren Søger', { skills: sosuSkills, occupation: '5322.1' });
      const own = await sosuApprenticeship();
      const companyB = (
        await http()
          .post('/api/v1/companies')
          .set(b.headers())
          .send({ cvrNumber: randomCvrNumber(), name: 'Plejehjemmet i B', postcode: '8700' })
          .expect(201)
      ).body.id;
      const theirs = await posting(
        {
          kind: 'ordinary',
          title: 'Social- og sundhedshjælper',
          occupation: '5322.1',
          requiredSkills: sosuSkills,
          workplacePostcode: '8700',
        },
        b,
        companyB,
      );
      const postingsFor = async () =>
        (await http().get(`/api/v1/candidates/${id}/matches?limit=200`).set(a.headers()).expect(200)).body.results.map(
          (match: { postingId: string; partner: boolean }) => match,
        );
      const ownList = await waitFor(async () => {
        const list = await postingsFor();
        return list.some((match: { postingId: string }) => match.postingId === own) ? list : null;
      });
      expect(ownList.map((match: { postingId: string }) => match.postingId)).not.toContain(theirs);

      await http()
        .put('/api/v1/matching/partners')
        .set(a.headers(a.lead.email))
        .send({ partnerCodes: [b.code] })
        .expect(200);
      expect((await postingsFor()).map((match: { postingId: string }) => match.postingId)).not.toContain(theirs);
      const named = await http()
        .put('/api/v1/matching/partners')
        .set(b.headers(b.lead.email))
        .send({ partnerCodes: [a.code] })
        .expect(200);
      expect(named.body).toEqual([{ code: a.code, name: `Jobcenter ${a.code}`, mutual: true }]);
      const partnerList = await waitFor(async () => {
        const list = await postingsFor();
        return list.some((match: { postingId: string }) => match.postingId === theirs) ? list : null;
      }, 10_000);
      expect(partnerList.find((match: { postingId: string }) => match.postingId === theirs).partner).toBe(true);
      // Candidates never cross: B's posting lists only B's candidates.
      const fromB = await matches(theirs, '?limit=200', b.headers()).expect(200);
      expect(fromB.body.results.map((match: Match) => match.candidateId)).not.toContain(id);
      await http().put('/api/v1/matching/partners').set(b.headers(b.lead.email)).send({ partnerCodes: [] }).expect(200);
    });
  });

  describe('who may call', () => {
    it('hides another jobcentre’s postings and candidates (404) and turns employers away (403)', async () => {
      const postingId = await sosuApprenticeship();
      const candidateId = await candidate('Anna A');
      await matches(postingId, '', b.headers()).expect(404);
      await http().get(`/api/v1/candidates/${candidateId}/matches`).set(b.headers()).expect(404);
      const employer = await a.employer([randomCvrNumber()]);
      await matches(postingId, '', employer.headers).expect(403);
      await matches(postingId, '', a.headers(a.coordinator.email)).expect(403);
      await matches(postingId, '', a.headers(a.admin.email)).expect(403);
    });
  });

  describe('weights', () => {
    it('versions each change, uses it from the next list, and refuses weights that do not add up to 100', async () => {
      const weights = {
        requiredSkills: 50,
        desiredSkills: 10,
        occupation: 10,
        shortage: 10,
        ladder: 10,
        hours: 5,
        distance: 5,
      };
      const saved = await http().put('/api/v1/matching/weights').set(a.headers(a.lead.email)).send(weights).expect(200);
      expect(saved.body).toMatchObject({ version: 1, weights });
      const postingId = await sosuApprenticeship();
      const list = await matches(postingId).expect(200);
      expect(list.body).toMatchObject({ weightsVersion: 1, weights });
      const wrong = await http()
        .put('/api/v1/matching/weights')
        .set(a.headers(a.lead.email))
        .send({ ...weights, distance: 6 })
        .expect(400);
      expect(wrong.body.errors[0].messages[0]).toBe('the parts must add up to 100 points, not 101');
      await http().put('/api/v1/matching/weights').set(a.headers()).send(weights).expect(403);
      const current = await http().get('/api/v1/matching/weights').set(b.headers()).expect(200);
      expect(current.body).toMatchObject({ version: 0, since: null });
    });
  });

  describe('bad input', () => {
    let postingId: string;
    beforeAll(async () => {
      postingId = await sosuApprenticeship();
    });

    it.each([
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?limit=1e3', 'limit'],
      ['?limit=abc', 'limit'],
      ['?offset=-1', 'offset'],
      ['?offset=1000', 'offset'],
      ['?offset=990&limit=20', 'offset'],
      ['?includeExcluded=maybe', 'includeExcluded'],
      ['?purpose=everyone', 'purpose'],
      ['?shoeSize=44', 'shoeSize'],
    ])('refuses %s naming %s', async (query, field) => {
      const response = await matches(postingId, query).expect(400);
      expect(fieldsOf(response.body)).toContain(field);
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|Error:|at \w+ \(/);
    });

    it('refuses a malformed id in the path and an unknown one', async () => {
      await matches('not-a-uuid').expect(400);
      await matches('00000000-0000-4000-8000-000000000000').expect(404);
      await http().get('/api/v1/candidates/12/matches').set(a.headers()).expect(400);
    });

    it('refuses bad weights and partners field by field', async () => {
      const weights = await http()
        .put('/api/v1/matching/weights')
        .set(a.headers(a.lead.email))
        .send({ requiredSkills: '40', desiredSkills: 1.5, occupation: null })
        .expect(400);
      expect(fieldsOf(weights.body)).toEqual(
        expect.arrayContaining(['requiredSkills', 'desiredSkills', 'occupation', 'ladder', 'hours', 'distance']),
      );
      const huge = await http()
        .put('/api/v1/matching/weights')
        .set(a.headers(a.lead.email))
        .type('application/json')
        .send('{"requiredSkills": 1e309}')
        .expect(400);
      expect(fieldsOf(huge.body)).toEqual(['requiredSkills']);
      const partners = await http()
        .put('/api/v1/matching/partners')
        .set(a.headers(a.lead.email))
        .send({ partnerCodes: ['no-such-jobcentre'] })
        .expect(400);
      expect(fieldsOf(partners.body)).toEqual(['partnerCodes.0']);
      const self = await http()
        .put('/api/v1/matching/partners')
        .set(a.headers(a.lead.email))
        .send({ partnerCodes: [a.code] })
        .expect(400);
      expect(self.body.errors[0].messages[0]).toBe('a jobcentre cannot partner itself');
      await http()
        .put('/api/v1/matching/partners')
        .set(a.headers(a.lead.email))
        .send({ partnerCodes: null })
        .expect(400);
    });

    it('refuses bad run and report queries', async () => {
      const lead = a.headers(a.lead.email);
      await http().get('/api/v1/matching/runs?from=yesterday').set(lead).expect(400);
      await http().get('/api/v1/matching/runs?direction=sideways').set(lead).expect(400);
      await http().get('/api/v1/matching/runs/nope').set(lead).expect(400);
      await http().get('/api/v1/matching/runs/00000000-0000-4000-8000-000000000000').set(lead).expect(404);
      await http().get('/api/v1/matching/representation?to=2026-13-40').set(lead).expect(400);
    });
  });
});
