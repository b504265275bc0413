/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import request from 'supertest';
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

/**
 * The shortlist pages in a real browser, on the demo jobcentre: a consultant's draft for a posting of Juelsminde Byg
 * (made through the API, as the match pages will), a candidate removed and the list sent from its page; the
 * employer sees the candidates anonymised, answers with a mistake first, and sees a name only once the candidate's
 * consent to the company is recorded; the consultant sees the answer. axe on every page, a screenshot of each.
 */

jest.setTimeout(180_000);

let world: WebWorld;
let consultant: Record<string, string>;
let shortlistId: string;
let postingId: string;
let companyId: string;
const ids: Record<string, string> = {};

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

beforeAll(async () => {
  world = await startWebWorld();
  const http = () => request(world.url);
  consultant = (await apiSession(world, DEMO_USERS.consultant.email)).headers;
  const employer = (await apiSession(world, DEMO_USERS.employer.email)).headers;
  companyId = (await http().get('/api/v1/employer/companies').set(employer).expect(200)).body[0].id;
  const postings = await http().get('/api/v1/postings').query({ companyId }).set(consultant).expect(200);
  postingId = postings.body.items.find((posting: { status: string }) => posting.status !== 'closed').id;
  const candidates = await http().get('/api/v1/candidates').query({ pageSize: 100 }).set(consultant).expect(200);
  for (const candidate of candidates.body.items as { id: string; name: string }[]) ids[candidate.name] = candidate.id;
  const created = await http()
    .post('/api/v1/shortlists')
    .set(consultant)
    .send({
      postingId,
      entries: [
        { candidateId: ids['Sofie Hansen'], matchRunId: '5f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10' },
        { candidateId: ids['Jonas Berg'], includedAnyway: true, note: 'Har kørt truck i mange år' },
        { candidateId: ids['Ahmad Karimi'] },
      ],
    })
    .expect(201);
  shortlistId = created.body.id;
});

afterAll(() => stopWebWorld(world));

describe('shortlist pages', () => {
  it('lets the consultant remove a candidate from the draft and send it, after confirming', async () => {
    const { page, errors } = await openPage(world);
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.consultant.email, '/log-ind?next=/kandidatlister');
    await page.getByRole('heading', { level: 1, name: 'Kandidatlister' }).waitFor();
    const table = page.getByRole('table', { name: 'Kandidatlister, nyeste først' });
    await table.getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'shortlists-list');

    await table.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Kandidatliste til Juelsminde Byg/ }).waitFor();
    await expect(page.getByTestId('shortlist-status').textContent()).resolves.toBe('Kladde');
    await expect(page.getByRole('cell', { name: /Medtaget trods reglerne: Har kørt truck/ }).count()).resolves.toBe(1);
    await expectAccessible(page, 'shortlist-draft');

    await page.getByRole('button', { name: 'Fjern Ahmad Karimi' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Ja, fjern' }).click();
    await page.getByRole('status').filter({ hasText: 'Ahmad Karimi er fjernet fra listen.' }).waitFor();
    await page.getByRole('link', { name: 'Ahmad Karimi' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Send til virksomheden' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.textContent()).resolves.toContain('2 kandidater');
    await expectAccessible(page, 'shortlist-confirm-send');
    await page.getByRole('button', { name: 'Ja, send listen' }).click();
    await page.getByRole('status').filter({ hasText: 'Listen er sendt til virksomheden.' }).waitFor();
    await expect(page.getByTestId('shortlist-status').textContent()).resolves.toBe('Sendt');
    await expect(page.getByRole('button', { name: /Fjern/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'shortlist-sent');

    // The posting's page links to its lists.
    await page.goto(`${world.url}/opslag/${postingId}`);
    await page.getByRole('link', { name: 'Kandidatliste, sendt, 2 kandidater' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the employer anonymous candidates, takes an answer, and names a candidate only with consent', async () => {
    const { page, errors } = await openPage(world);
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.employer.email, '/log-ind?next=/mine-kandidatlister');
    await page.getByRole('heading', { level: 1, name: 'Mine kandidatlister' }).waitFor();
    const table = page.getByRole('table', { name: 'Kandidatlister fra jobcentret, nyeste først' });
    await table.getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'employer-shortlists-list');

    await table.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Kandidatliste fra jobcentret' }).waitFor();
    const cards = page.getByRole('heading', { level: 2, name: /^Kandidat K-[A-Z2-7]{6}$/ });
    await expect(cards.count()).resolves.toBe(2);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const secret of ['Sofie', 'Jonas', 'Ahmad', 'truck i mange år', 'kontanthjælp', 'dagpenge', 'Anna']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Trin på beskæftigelsestrappen');
    await expectAccessible(page, 'employer-shortlist-anonymous');

    const first = page.getByRole('form').first();
    const reference = ((await cards.first().textContent()) ?? '').replace('Kandidat ', '');
    // Nothing chosen: said next to the choice; then a comment too long: the API's refusal beside the comment.
    await first.getByRole('button', { name: 'Gem svar' }).click();
    const radios = first.getByRole('group', { name: `Jeres svar om ${reference}` });
    await radios.getByText('Vælg interesseret eller ikke interesseret.').waitFor();
    await first.getByLabel('Interesseret', { exact: true }).check();
    const long = 'x'.repeat(1001);
    await first.getByLabel('Kommentar til jobcentret (valgfri)').fill(long);
    await first.getByRole('button', { name: 'Gem svar' }).click();
    const comment = first.getByLabel('Kommentar til jobcentret (valgfri)');
    // The refusal comes back from the API: wait for it rather than read the field at once.
    await first.locator('textarea[aria-invalid="true"]').waitFor();
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await comment.getAttribute('aria-describedby')) ?? '';
    const described = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(described.join(' ')).toMatch(/1000|1\.000/);
    await expect(comment.inputValue()).resolves.toBe(long);
    await expect(first.getByLabel('Interesseret', { exact: true }).isChecked()).resolves.toBe(true);
    await expectAccessible(page, 'employer-shortlist-bad-input');

    await comment.fill('Vi vil gerne møde kandidaten');
    await first.getByRole('button', { name: 'Gem svar' }).click();
    await first
      .getByRole('status')
      .filter({ hasText: `Svaret om ${reference} er gemt.` })
      .waitFor();

    // A consent to this company recorded: the candidate is named on the next load.
    await request(world.url)
      .post(`/api/v1/candidates/${ids['Sofie Hansen']}/consents`)
      .set(consultant)
      .send({ companyId })
      .expect(200);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kandidatliste fra jobcentret' }).waitFor();
    await page.getByText('Sofie Hansen', { exact: true }).waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain('Jonas');
    await expectAccessible(page, 'employer-shortlist-with-consent');
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await page.context().close();
  });

  it("shows the consultant the company's answer", async () => {
    const { page } = await openPage(world);
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.consultant.email, `/log-ind?next=/kandidatlister/${shortlistId}`);
    await page.getByRole('heading', { level: 1, name: /^Kandidatliste til/ }).waitFor();
    const row = page.getByRole('row', { name: /Sofie Hansen/ });
    await expect(row.textContent()).resolves.toContain('Interesseret');
    await expect(row.textContent()).resolves.toContain('Vi vil gerne møde kandidaten');
    await expect(row.textContent()).resolves.toContain('Virksomheden ser navnet (samtykke)');
    await expectAccessible(page, 'shortlist-answered');
    await page.context().close();
  });
});
