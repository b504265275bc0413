/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { DEMO_SKILLS } from '../apps/api/src/demo/demo-data';
import {
  apiSession,
  DEMO_USERS,
  openPage,
  screenshot,
  seriousViolations,
  signInAs,
  startWebWorld,
  stopWebWorld,
  type WebWorld,
} from './support/browser';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import { remoteApp, type RemoteApp } from './support/processes';

/**
 * The matching pages in a real browser on the demo jobcentre, with 19 more packers (so the list pages) and a partner
 * jobcentre that names Hedensted back and has a packing job open. A consultant ranks candidates for the demo småjob,
 * reads an explanation, sees who the rules left out and why, includes one anyway with a note, and puts two more on
 * the posting's shortlist; a consultant sees a candidate's jobs, the partner's marked; a lead changes the weights
 * (a wrong sum is refused next to the field, nothing typed lost) and reads the representation report and a recorded
 * list; employers and admins are turned away from the match pages. axe on every page, a screenshot of each.
 */

jest.setTimeout(240_000);

let world: WebWorld;
let remote: RemoteApp;
let partner: SeededJobcentre;
let consultant: Record<string, string>;
const ids: Record<string, string> = {};
const postings: Record<string, string> = {};
const SMAAJOB = 'Pakkemedarbejder, 10 timer om ugen';
const PARTNER_JOB = 'Pakkeri hos partnerjobcentret';

/** Waits for the field's message, then checks it is the field's: aria-invalid, and named by aria-describedby. */
async function expectRefused(page: Page, field: Locator, message: string) {
  await page.locator('.field-error').filter({ hasText: message }).first().waitFor();
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const described = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(described.join(' ')).toContain(message);
}

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

beforeAll(async () => {
  world = await startWebWorld();
  const http = () => request(world.url);
  consultant = (await apiSession(world, DEMO_USERS.consultant.email)).headers;
  const lead = (await apiSession(world, DEMO_USERS.lead.email)).headers;
  const candidates = await http().get('/api/v1/candidates').query({ pageSize: 100 }).set(consultant).expect(200);
  for (const candidate of candidates.body.items as { id: string; name: string }[]) ids[candidate.name] = candidate.id;
  const list = await http().get('/api/v1/postings').query({ pageSize: 100 }).set(consultant).expect(200);
  for (const posting of list.body.items as { id: string; title: string }[]) postings[posting.title] = posting.id;

  // 19 more packers, so the småjob's list has more than one page (20).
  for (let index = 1; index <= 19; index++) {
    await http()
      .post('/api/v1/candidates')
      .set(consultant)
      .send({
        name: `Pakker ${String(index).padStart(2, '0')}`,
        birthDate: '1985-03-01',
        targetGroup: 'kontanthjælp',
        ladderStep: 3,
        postcode: '8723',
        travelReachKm: 20,
        hoursPerWeek: 10,
        skills: [{ skill: DEMO_SKILLS.packGoods, level: 2 }],
      })
      .expect(201);
  }

  // Sofie has consented to be named to the småjob's company.
  const posting = await http().get(`/api/v1/postings/${postings[SMAAJOB]}`).set(consultant).expect(200);
  await http()
    .post(`/api/v1/candidates/${ids['Sofie Hansen']}/consents`)
    .set(consultant)
    .send({ companyId: posting.body.company.id })
    .expect(200);

  // A partner jobcentre: both name each other, and it has a packing job open.
  remote = await remoteApp(world.databaseUrl, world.api);
  partner = await seedJobcentre(remote, { consultants: 1 });
  await http()
    .put('/api/v1/matching/partners')
    .set(partner.headers(partner.lead.email))
    .send({
      partnerCodes: ['hedensted'],
    });
  await http()
    .put('/api/v1/matching/partners')
    .set(lead)
    .send({ partnerCodes: [partner.code] })
    .expect(200);
  const company = await http()
    .post('/api/v1/companies')
    .set(partner.headers())
    .send({ cvrNumber: randomCvrNumber(), name: 'Horsens Pakkeri ApS', postcode: '8700' })
    .expect(201);
  const theirs = await http()
    .post('/api/v1/postings')
    .set(partner.headers())
    .send({
      companyId: company.body.id,
      kind: 'ordinary',
      title: PARTNER_JOB,
      occupation: '9321.2',
      requiredSkills: [DEMO_SKILLS.packGoods, DEMO_SKILLS.stackGoods],
      hoursPerWeek: 10,
      workplacePostcode: '8723',
      startDate: '2027-03-01',
    })
    .expect(201);
  await http().post(`/api/v1/postings/${theirs.body.id}/publish`).set(partner.headers()).expect(200);

  // The match index takes new candidates and postings within a second: wait until both show.
  await waitFor(async () => {
    const ranked = await http()
      .get(`/api/v1/postings/${postings[SMAAJOB]}/matches?limit=200`)
      .set(consultant)
      .expect(200);
    return ranked.body.results.length >= 22;
  });
  await waitFor(async () => {
    const jobs = await http().get(`/api/v1/candidates/${ids['Sofie Hansen']}/matches`).set(consultant).expect(200);
    return jobs.body.results.some((job: { title: string }) => job.title === PARTNER_JOB);
  });
});

afterAll(async () => {
  await remote?.close();
  await stopWebWorld(world);
});

describe('matching pages', () => {
  it('ranks candidates for a posting, explains them, shows those left out and builds the shortlist', async () => {
    const { page, errors } = await openPage(world);
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.consultant.email, `/log-ind?next=/opslag/${postings[SMAAJOB]}`);
    await page.getByRole('heading', { level: 1, name: SMAAJOB }).waitFor();
    await page.getByRole('link', { name: 'Find kandidater' }).click();
    await page.getByRole('heading', { level: 1, name: `Kandidater til ${SMAAJOB}` }).waitFor();
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toContain('intet sendes automatisk');

    const ranking = page.getByRole('region', { name: /^Viser/ });
    const names = ranking.getByRole('heading', { level: 3 });
    await expect(names.count()).resolves.toBe(20);
    await expect(names.first().textContent()).resolves.toBe('Sofie Hansen');
    const first = page.locator('.match-card').first();
    await expect(first.textContent()).resolves.toContain('Nr. 1');
    await expect(first.textContent()).resolves.toContain('83,1 af 100 point');
    await expectAccessible(page, 'matching-posting-candidates');

    // The explanation: each part's points of its most, with the reason, and the skills.
    const explain = page.getByRole('button', { name: 'Forklaring for Sofie Hansen' });
    await expect(explain.getAttribute('aria-expanded')).resolves.toBe('false');
    await explain.click();
    await expect(explain.getAttribute('aria-expanded')).resolves.toBe('true');
    const parts = page.getByRole('table', { name: 'Sådan fik Sofie Hansen 83,1 point' });
    const required = parts.getByRole('row', { name: /Krævede færdigheder/ });
    await expect(required.textContent()).resolves.toContain('40 af 40');
    await expect(required.textContent()).resolves.toContain('2 af 2 krævede færdigheder');
    await expect(parts.getByRole('row').count()).resolves.toBe(8);
    await expect(first.textContent()).resolves.toMatch(/Harpakke varer, stable varer/);
    await expectAccessible(page, 'matching-posting-explanation');

    // More: the list grows to everyone eligible (22), one recorded list.
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await page.getByRole('heading', { level: 2, name: 'Viser 22' }).waitFor();
    await expect(page.getByRole('button', { name: 'Vis flere' }).count()).resolves.toBe(0);

    // For the company: who may be named is said at each candidate.
    await page.getByLabel('Liste til virksomheden').check();
    await page.getByRole('heading', { level: 2, name: 'Viser 22 · Liste til virksomheden' }).waitFor();
    await expect(first.textContent()).resolves.toContain('Virksomheden må se navnet (samtykke)');
    await expect(page.getByText('Virksomheden ser en anonym profil').count()).resolves.toBe(21);
    await expectAccessible(page, 'matching-posting-for-employer');

    // Those left out, each with every reason; one included anyway, the note required.
    await page.getByRole('button', { name: 'Vis fravalgte' }).click();
    const mette = page.getByRole('list', { name: 'Grunde: Mette Sørensen' });
    await mette.waitFor();
    await expect(mette.textContent()).resolves.toMatch(/småjob|dagpenge/i);
    const jonas = page.getByRole('list', { name: 'Grunde: Jonas Berg' });
    await expect(jonas.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'matching-posting-excluded');

    await page.getByRole('button', { name: 'Medtag Jonas Berg alligevel' }).click();
    const note = page.getByLabel('Hvorfor skal Jonas Berg med alligevel?');
    await note.fill('   ');
    await page.getByRole('button', { name: 'Medtag på kandidatlisten' }).click();
    await expectRefused(page, note, 'Skriv hvorfor kandidaten skal med alligevel.');
    await expect(note.inputValue()).resolves.toBe('   ');
    await expectAccessible(page, 'matching-include-anyway-refused');
    await note.fill('Har pakket varer i sin praktik; kan tage 10 timer med tilpasning');
    await page.getByRole('button', { name: 'Medtag på kandidatlisten' }).click();
    await page.getByRole('status').filter({ hasText: 'Jonas Berg er føjet til kandidatlisten.' }).waitFor();
    await page.getByRole('link', { name: 'Se kandidatlisten' }).first().waitFor();

    // Nothing chosen: said at the button; then two chosen go on the same draft, and the page lands on it.
    await page.getByRole('button', { name: 'Føj til kandidatliste' }).click();
    await page.getByText('Vælg mindst én kandidat.').first().waitFor();
    await page.getByLabel('Vælg Sofie Hansen til kandidatlisten').check();
    await page.getByLabel('Vælg Ahmad Karimi til kandidatlisten').check();
    await page.getByRole('button', { name: 'Føj til kandidatliste' }).click();
    await page.waitForURL(/\/kandidatlister\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^Kandidatliste til Løsning Lager/ }).waitFor();
    for (const name of ['Sofie Hansen', 'Ahmad Karimi', 'Jonas Berg']) {
      await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    }
    await expect(page.getByRole('row', { name: /Jonas Berg/ }).textContent()).resolves.toContain(
      'Medtaget trods reglerne: Har pakket varer',
    );
    await expect(page.getByRole('row', { name: /Sofie Hansen/ }).textContent()).resolves.toContain('Matchliste');
    await expectAccessible(page, 'matching-shortlist-landed');
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await page.context().close();
  });

  it("shows a candidate's jobs, the partner jobcentre's marked, and the ones left out with reasons", async () => {
    const { page, errors } = await openPage(world);
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.consultant.email, `/log-ind?next=/kandidater/${ids['Sofie Hansen']}`);
    await page.getByRole('heading', { level: 1, name: 'Sofie Hansen' }).waitFor();
    await page.getByRole('link', { name: 'Find job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Job til Sofie Hansen' }).waitFor();
    const ranking = page.getByRole('region', { name: /^Viser/ });
    await ranking.getByRole('link', { name: SMAAJOB }).waitFor();
    const partnerCard = page.locator('.match-card').filter({ hasText: PARTNER_JOB });
    await expect(partnerCard.textContent()).resolves.toContain(`Partnerjobcenter: Jobcenter ${partner.code}`);
    await expect(page.getByText(/^Partnerjobcenter:/).count()).resolves.toBe(1);
    await page.getByRole('button', { name: `Forklaring for ${SMAAJOB}` }).click();
    await page.getByRole('table', { name: new RegExp(`^Sådan fik ${SMAAJOB}`) }).waitFor();
    await expectAccessible(page, 'matching-candidate-jobs');

    await page.getByRole('button', { name: 'Vis fravalgte' }).click();
    const reasons = page.getByRole('list', { name: 'Grunde: Rengøring i fleksjob, 12 timer om ugen' });
    await expect(reasons.textContent()).resolves.toContain('Et fleksjob kræver visitation til fleksjob');
    await expectAccessible(page, 'matching-candidate-jobs-excluded');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets a lead change the weights, read the representation report and open a recorded list', async () => {
    const { page, errors } = await openPage(world);
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.lead.email);
    await page.getByRole('link', { name: 'Matchning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matchning' }).waitFor();
    await page.getByRole('cell', { name: 'Gensidigt: opslag deles' }).waitFor();

    // A wrong sum: said live, and by the API next to the field on saving; everything typed stays.
    const requiredSkills = page.getByLabel('Krævede færdigheder');
    const hours = page.getByLabel('Timer', { exact: true });
    await hours.fill('syv');
    await page.getByRole('button', { name: 'Gem vægtene' }).click();
    await expectRefused(page, hours, 'Skriv et helt antal point fra 0 til 100.');
    await requiredSkills.fill('50');
    await hours.fill('9');
    await page.getByText('I alt 112 point – skal være 100').waitFor();
    await page.getByRole('button', { name: 'Gem vægtene' }).click();
    await expectRefused(page, requiredSkills, 'Delene skal give 100 point i alt, ikke 112.');
    await expect(requiredSkills.inputValue()).resolves.toBe('50');
    await expect(hours.inputValue()).resolves.toBe('9');
    await expectAccessible(page, 'matching-weights-refused');

    await requiredSkills.fill('38');
    await page.getByText('I alt 100 point', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gem vægtene' }).click();
    await page.getByRole('status').filter({ hasText: 'Vægtene er gemt som version 1.' }).waitFor();
    await expect(requiredSkills.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(hours.inputValue()).resolves.toBe('9');

    // An unknown partner code is refused next to the field, the text kept.
    const codes = page.getByLabel('Partnernes koder');
    await codes.fill(`${partner.code}, findes-ikke`);
    await page.getByRole('button', { name: 'Gem partnere' }).click();
    await expectRefused(page, codes, 'Der findes intet jobcenter med koden findes-ikke.');
    await expect(codes.inputValue()).resolves.toBe(`${partner.code}, findes-ikke`);

    // The representation report: the chart with its name, the same figures in tables, the method.
    await page.getByRole('img', { name: /^Andel af top 20 og andel af puljen, efter målgruppe/ }).waitFor();
    await page.getByRole('img', { name: /^Andel af top 20 og andel af puljen, efter aldersgruppe/ }).waitFor();
    const byGroup = page.getByRole('table', { name: 'Repræsentation i top 20, efter målgruppe' });
    await expect(byGroup.getByRole('row', { name: /kontanthjælp/ }).count()).resolves.toBe(1);
    await expect(byGroup.textContent()).resolves.toMatch(/Underrepræsenteret|Ikke underrepræsenteret/);
    await expect(page.locator('main').textContent()).resolves.toContain('firefemtedelsreglen');
    await expectAccessible(page, 'matching-lead-page');

    const runs = page.getByRole('table', { name: 'Registrerede matchlister, nyeste først' });
    await runs
      .getByRole('link', { name: /^Åbn listen fra/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Matchliste fra/ }).waitFor();
    await page.getByRole('table', { name: 'Vægtene listen blev rangeret med' }).waitFor();
    await page.getByRole('table', { name: 'Rangeringen, som den blev vist' }).waitFor();
    await expectAccessible(page, 'matching-run');
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await page.context().close();
  });

  it('turns employers and admins away from the match pages', async () => {
    const carpenter = postings['Voksenlærling som tømrer'];
    for (const [who, email] of [
      ['employer', DEMO_USERS.employer.email],
      ['admin', DEMO_USERS.admin.email],
    ] as const) {
      const { page } = await openPage(world);
      page.setDefaultTimeout(10_000);
      await signInAs(world, page, email);
      for (const path of [`/opslag/${carpenter}/kandidater`, `/kandidater/${ids['Sofie Hansen']}/job`]) {
        await page.goto(`${world.url}${path}`);
        await page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
      }
      await expectAccessible(page, `matching-turned-away-${who}`);
      await page.goto(`${world.url}/opslag/${carpenter}`);
      await page.getByRole('heading', { level: 1, name: 'Voksenlærling som tømrer' }).waitFor();
      await expect(page.getByRole('link', { name: 'Find kandidater' }).count()).resolves.toBe(0);
      if (who === 'admin') {
        // The admin oversees the matching (weights, report, lists) but opens no candidate and no list's ranking.
        await page.goto(`${world.url}/matchning`);
        await page.getByRole('heading', { level: 1, name: 'Matchning' }).waitFor();
        const runs = page.getByRole('table', { name: 'Registrerede matchlister, nyeste først' });
        await runs.getByRole('row').nth(1).waitFor();
        await expect(runs.getByRole('link', { name: /^Åbn listen fra/ }).count()).resolves.toBe(0);
        await expect(runs.getByRole('link', { name: 'Kandidaten' }).count()).resolves.toBe(0);
        await expectAccessible(page, 'matching-admin-page');
      }
      await page.context().close();
    }
  });
});
