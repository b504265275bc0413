import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TaxonomyService } from '@jobbro/taxonomy';
import { DemoSeedService } from '../apps/api/src/demo/demo-seed.service';
import { createTestApp, type TestApp } from './support/test-app';

/** The demo jobcentre a first `npm start` seeds: its candidates and postings hold to the rules the API enforces. */
describe('Demo jobcentre (first start on the embedded default)', () => {
  let testApp: TestApp;
  let headers: Record<string, string>;
  let password: string;
  const http = () => testApp.http();

  beforeAll(async () => {
    // The demo password is kept beside the embedded data directory: a temporary one here.
    const dataDir = join(mkdtempSync(join(tmpdir(), 'jobbro-demo-')), 'postgres');
    testApp = await createTestApp({ env: { EMBEDDED_POSTGRES_DIR: dataDir } });
    ({ password } = await testApp.app.get(DemoSeedService).seed());
    await testApp.app.get(TaxonomyService).search();
    const login = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'anna.mikkelsen@hedensted.dk', password })
      .expect(200);
    headers = { Authorization: `Bearer ${login.body.accessToken}` };
  }, 60_000);
  afterAll(() => testApp.close());

  it('has candidates with coded skills, Danish labels, a consultant and both histories', async () => {
    const list = await http().get('/api/v1/candidates').set(headers).expect(200);
    expect(list.body.total).toBe(5);
    const sofie = list.body.items.find((candidate: { name: string }) => candidate.name === 'Sofie Hansen');
    expect(sofie).toMatchObject({ targetGroup: 'kontanthjælp', ladderStep: 3, postcode: '8722' });
    expect(sofie.skills.map((skill: { label: string }) => skill.label).sort()).toEqual(['pakke varer', 'stable varer']);
    expect(sofie.consultantId).toEqual(expect.any(String));
    const steps = await http().get(`/api/v1/candidates/${sofie.id}/ladder-steps`).set(headers).expect(200);
    expect(steps.body).toEqual(expect.arrayContaining([expect.objectContaining({ step: 3, reason: 'registered' })]));
  });

  it('has postings that pass their kind rules: open småjob, voksenlærling, fleksjob; a draft to publish', async () => {
    const list = await http().get('/api/v1/postings').set(headers).expect(200);
    expect(list.body.total).toBe(4);
    const byKind = Object.fromEntries(
      list.body.items.map((posting: { kind: string }) => [posting.kind, posting]),
    ) as Record<string, { id: string; status: string; shortageSector: boolean }>;
    expect(byKind['småjob'].status).toBe('open');
    expect(byKind['voksenlærling']).toMatchObject({ status: 'open', shortageSector: true });
    expect(byKind['fleksjob']).toMatchObject({
      status: 'open',
      targetGroup: 'fleksjob',
      companyVisiblePublicly: false,
    });
    await http().post(`/api/v1/postings/${byKind.ordinary.id}/publish`).set(headers).expect(200);
  });

  it('places a demo candidate in the småjob under its rules', async () => {
    const [candidates, postings] = await Promise.all([
      http().get('/api/v1/candidates').query({ name: 'Sofie' }).set(headers).expect(200),
      http().get('/api/v1/postings').query({ kind: 'småjob' }).set(headers).expect(200),
    ]);
    const placement = await http()
      .post('/api/v1/placements')
      .set(headers)
      .send({ postingId: postings.body.items[0].id, candidateId: candidates.body.items[0].id, hoursPerWeek: 10 })
      .expect(201);
    expect(placement.body).toMatchObject({ kind: 'småjob', hoursPerWeek: 10 });
  });

  it("has Hedensted's Code of Care network on its way to this year's goal: 48 → 52 of 55, 3 prospects", async () => {
    const login = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'erik.noergaard@hedensted.dk', password })
      .expect(200);
    const coordinator = { Authorization: `Bearer ${login.body.accessToken}` };
    const progress = await http().get('/api/v1/code-of-care/progress').set(coordinator).expect(200);
    expect(progress.body).toMatchObject({ current: 52, target: 55, gap: 3, goal: { baseline: 48, counts: 'members' } });
    expect(
      progress.body.prospectsToCloseGap.map((prospect: { prospectStage: string }) => prospect.prospectStage),
    ).toEqual(['meeting', 'contacted', 'new']);
    const members = await http().get('/api/v1/code-of-care/members').query({ status: 'member' }).set(coordinator);
    expect(members.body.total).toBe(4);
    const chart = await http().get(`/api/v1/code-of-care/goals/${progress.body.goal.id}/chart.svg`).set(coordinator);
    expect(chart.status).toBe(200);
    expect(chart.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('seeds once: a second start changes nothing', async () => {
    await testApp.app.get(DemoSeedService).seed();
    const list = await http().get('/api/v1/candidates').set(headers).expect(200);
    expect(list.body.total).toBe(5);
  });
});
