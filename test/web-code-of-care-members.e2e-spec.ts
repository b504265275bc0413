/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
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
 * The Code of Care coordinator's forms in a real browser, on the demo network: the network's settings (a number out
 * of range refused beside its field, a change made meanwhile by someone else shown as a conflict, then saved and read
 * back after a reload), "Tilføj virksomhed" (no company chosen refused beside the field, then Hedensted Kommune added
 * as a prospect), and on a membership's page: stage and owner, a contact, leaving and putting back on the way in,
 * each read back from the history. axe checks every form state; a consultant sees none of the buttons.
 */

jest.setTimeout(240_000);

const NEW_PROSPECT = 'Hedensted Kommune';
const MEMBER = 'Bjerre Tømrer & Snedker ApS';

let world: WebWorld;

beforeAll(async () => {
  world = await startWebWorld();
});

afterAll(() => stopWebWorld(world));

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const year = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 4);
/** The figure under a term of a year's goal card ("Mål"), found by the term's exact text. */
const goalFigure = (page: Page, goalYear: string, term: string): Locator =>
  page
    .getByRole('region', { name: `Målet for ${goalYear}` })
    .locator('dl.coc-figures dt')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
const history = (page: Page) => page.getByRole('table', { name: 'Ændringer i medlemskabet, nyeste først' });

describe('Code of Care: the coordinator changes the network and its memberships', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(15_000);
    await signInAs(world, page, DEMO_USERS.coordinator.email, '/log-ind?next=/code-of-care');
    await page.getByRole('heading', { level: 1, name: 'Code of Care' }).waitFor();
  });

  afterAll(() => page.context().close());

  const settings = () => page.getByRole('region', { name: 'Netværkets indstillinger' });

  it('edits the settings: a bad number refused beside its field, a conflict said, the change read back', async () => {
    await settings().getByText('30 dage').waitFor();
    await settings().getByRole('button', { name: 'Redigér indstillingerne' }).click();
    const form = page.getByRole('form', { name: 'Redigér netværkets indstillinger' });
    await form.waitFor();
    await expect(focusedName(page)).resolves.toBe('name');
    await expectAccessible(page, 'coc-settings-form');

    // Escape closes the form and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(form.count()).resolves.toBe(0);
    await expect(focusedId(page)).resolves.toBe('coc-settings-edit');
    await page.keyboard.press('Enter');
    await form.waitFor();

    // 0 warning days: the API refuses, beside the field, and the summary links to it.
    await form.getByLabel('Advarsel antal dage før').fill('0');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.locator('input[name="warningDays"][aria-invalid="true"]').waitFor();
    await form
      .getByRole('alert')
      .getByRole('link', { name: /^Advarsel antal dage før:/ })
      .waitFor();
    await expectAccessible(page, 'coc-settings-refused');

    // Someone else saves meanwhile: this form's save is a conflict, said as such, and nothing is overwritten.
    const coordinator = await apiSession(world, DEMO_USERS.lead.email);
    const current = await request(world.url).get('/api/v1/code-of-care/network').set(coordinator.headers);
    const other = await request(world.url)
      .put('/api/v1/code-of-care/network')
      .set(coordinator.headers)
      .send({ name: 'Code of Care', activityWindowMonths: 12, warningDays: 20, version: current.body.version });
    expect(other.status).toBe(200);
    await form.getByLabel('Advarsel antal dage før').fill('45');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form
      .getByRole('alert')
      .getByText(/^Det kunne ikke lade sig gøre:/)
      .waitFor();
    await form.getByText(/^En anden har gemt indstillingerne/).waitFor();
    await expectAccessible(page, 'coc-settings-conflict');

    // Opened again, the form has the settings as they are now; this save goes through.
    await form.getByRole('button', { name: 'Fortryd' }).click();
    await settings().getByText('20 dage').waitFor();
    await settings().getByRole('button', { name: 'Redigér indstillingerne' }).click();
    await expect(form.getByLabel('Advarsel antal dage før').inputValue()).resolves.toBe('20');
    await form.getByLabel('Netværkets navn').fill('Code of Care Hedensted');
    await form.getByLabel('Advarsel antal dage før').fill('45');
    await form.getByRole('button', { name: 'Gem' }).click();
    const saved = settings().getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' });
    await saved.waitFor();
    await expect(isFocused(saved)).resolves.toBe(true);
    await expectAccessible(page, 'coc-settings-saved');

    await page.reload();
    await settings().getByText('45 dage').waitFor();
    await settings().getByText('Code of Care Hedensted').waitFor();
  });

  it('adds a company to the pipeline: none chosen is refused, then the company is on the way in', async () => {
    const pipeline = page.getByRole('region', { name: 'Virksomheder på vej ind' });
    await pipeline.getByRole('button', { name: 'Tilføj virksomhed' }).click();
    const form = page.getByRole('form', { name: 'Tilføj en virksomhed, der er på vej ind' });
    await form.waitFor();
    await expect(focusedName(page)).resolves.toBe('companyId');
    await expectAccessible(page, 'coc-add-form');

    await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await form.locator('input[name="companyId"][aria-invalid="true"]').waitFor();
    await form.getByText('Vælg en virksomhed på listen.').first().waitFor();
    await expectAccessible(page, 'coc-add-refused');

    const company = form.getByRole('combobox', { name: 'Virksomhed' });
    await company.fill('Hedensted');
    await form.getByRole('option', { name: new RegExp(NEW_PROSPECT) }).waitFor();
    await expectAccessible(page, 'coc-add-suggestions');
    await company.press('ArrowDown');
    await company.press('Enter');
    await expect(company.inputValue()).resolves.toBe(NEW_PROSPECT);
    await form.getByLabel('Ansvarlig medarbejder').selectOption({ label: DEMO_USERS.coordinator.name });
    await form.getByLabel('Note (valgfrit)').fill('Mødt på erhvervsmessen');
    await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const added = pipeline.getByRole('status').filter({ hasText: `${NEW_PROSPECT} er tilføjet` });
    await added.waitFor();
    await expect(isFocused(added)).resolves.toBe(true);
    await expectAccessible(page, 'coc-added');

    await page.reload();
    const row = pipeline.getByRole('table', { name: /^Ny \(/ }).getByRole('row', { name: new RegExp(NEW_PROSPECT) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(DEMO_USERS.coordinator.name);
  });

  it("changes a prospect's stage and owner and records a contact, each read back from its history", async () => {
    await page
      .getByRole('region', { name: 'Virksomheder på vej ind' })
      .getByRole('link', { name: NEW_PROSPECT })
      .click();
    await page.getByRole('heading', { level: 1, name: `${NEW_PROSPECT} i Code of Care` }).waitFor();
    const actions = page.getByRole('region', { name: 'Ændringer' });

    await actions.getByRole('button', { name: 'Skift trin og ansvarlig' }).click();
    const edit = page.getByRole('form', { name: `Skift trin og ansvarlig for ${NEW_PROSPECT}` });
    await edit.waitFor();
    await expect(focusedName(page)).resolves.toBe('prospectStage');
    await expectAccessible(page, 'coc-member-edit');
    await edit.getByLabel('Trin').selectOption({ label: 'Møde aftalt' });
    await edit.getByLabel('Ansvarlig medarbejder').selectOption({ label: DEMO_USERS.lead.name });
    await edit.getByRole('button', { name: 'Gem' }).click();
    await actions.getByRole('status').filter({ hasText: 'Ændringen er gemt' }).waitFor();
    await history(page).getByText('Ny → Møde aftalt').waitFor();
    await history(page).getByText(`${DEMO_USERS.coordinator.name} → ${DEMO_USERS.lead.name}`).waitFor();

    await actions.getByRole('button', { name: 'Registrér kontakt' }).click();
    const contact = page.getByRole('form', { name: `Registrér en kontakt med ${NEW_PROSPECT}` });
    await contact.waitFor();
    await expect(focusedName(page)).resolves.toBe('contactedAt');
    await expectAccessible(page, 'coc-member-contact');
    // No note: the API refuses it beside the field.
    await contact.getByRole('button', { name: 'Registrér kontakten' }).click();
    await contact.locator('textarea[name="note"][aria-invalid="true"]').waitFor();
    await expectAccessible(page, 'coc-member-contact-refused');
    await contact.getByLabel('Hvad blev der talt om?').fill('Ringede til borgmesterens kontor; møde aftalt');
    await contact.getByRole('button', { name: 'Registrér kontakten' }).click();
    await actions.getByRole('status').filter({ hasText: 'Kontakten er registreret' }).waitFor();

    await page.reload();
    await history(page).getByText('Ringede til borgmesterens kontor; møde aftalt').waitFor();
    await history(page).getByText('Ny → Møde aftalt').waitFor();
  });

  it('takes a member out of the network and puts it back on the way in', async () => {
    const session = await apiSession(world, DEMO_USERS.coordinator.email);
    const found = await request(world.url)
      .get('/api/v1/code-of-care/members')
      .query({ q: 'Bjerre', status: 'member' })
      .set(session.headers);
    const id = found.body.items[0].id as string;
    await page.goto(`${world.url}/code-of-care/medlemmer/${id}`);
    await page.getByRole('heading', { level: 1, name: `${MEMBER} i Code of Care` }).waitFor();
    const actions = page.getByRole('region', { name: 'Ændringer' });

    await actions.getByRole('button', { name: 'Meld ud' }).click();
    const leave = page.getByRole('form', { name: `Meld ${MEMBER} ud af netværket` });
    await leave.waitFor();
    await expect(focusedName(page)).resolves.toBe('leftOn');
    await expectAccessible(page, 'coc-member-leave');
    await leave.getByRole('button', { name: 'Meld ud' }).click();
    await leave.locator('textarea[name="reason"][aria-invalid="true"]').waitFor();
    await expectAccessible(page, 'coc-member-leave-refused');
    await leave.getByLabel('Årsag').fill('Virksomheden er solgt');
    await leave.getByRole('button', { name: 'Meld ud' }).click();
    await actions
      .getByRole('status')
      .filter({ hasText: `${MEMBER} er meldt ud` })
      .waitFor();
    await history(page).getByText('Medlem → Udmeldt').waitFor();

    await actions.getByRole('button', { name: 'Sæt på vej ind igen' }).click();
    const reopen = page.getByRole('form', { name: `Sæt ${MEMBER} på vej ind igen` });
    await reopen.waitFor();
    await expect(focusedName(page)).resolves.toBe('on');
    await expectAccessible(page, 'coc-member-reopen');
    await reopen.getByRole('button', { name: 'Sæt på vej ind' }).click();
    await actions
      .getByRole('status')
      .filter({ hasText: `${MEMBER} er på vej ind igen` })
      .waitFor();

    await page.reload();
    await history(page).getByText('Udmeldt → På vej ind').waitFor();
    await history(page).getByText('Virksomheden er solgt').waitFor();
    const after = await request(world.url).get(`/api/v1/code-of-care/members/${id}`).set(session.headers);
    expect(after.body).toMatchObject({ status: 'prospect', prospectStage: 'new' });
    await expectAccessible(page, 'coc-member-reopened');
    // Refusals the test asked for (400, 409) and the activity job's "no run yet" (404) are logged by the browser.
    expect(errors.filter((error) => !/40[049]/.test(error))).toEqual([]);
  });

  it("edits the year's goal (a target of 0 refused beside its field) and sets next year's", async () => {
    await page.goto(`${world.url}/code-of-care`);
    const goal = page.getByRole('region', { name: `Målet for ${year()}` });
    await goal.getByRole('button', { name: 'Redigér målet' }).click();
    const form = page.getByRole('form', { name: `Redigér målet for ${year()}` });
    await form.waitFor();
    await expect(focusedName(page)).resolves.toBe('target');
    await expect(form.getByLabel('Mål', { exact: true }).inputValue()).resolves.toBe('55');
    await expectAccessible(page, 'coc-goal-edit');
    await form.getByLabel('Mål', { exact: true }).fill('0');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.locator('input[name="target"][aria-invalid="true"]').waitFor();
    await expectAccessible(page, 'coc-goal-refused');
    await form.getByLabel('Mål', { exact: true }).fill('57');
    await form.getByRole('button', { name: 'Gem' }).click();
    await goal.getByRole('status').filter({ hasText: 'Målet er gemt.' }).waitFor();
    await page.reload();
    await goalFigure(page, year(), 'Mål').filter({ hasText: /^57$/ }).waitFor();

    const next = String(Number(year()) + 1);
    await page.goto(`${world.url}/code-of-care?aar=${next}`);
    const nextGoal = page.getByRole('region', { name: `Målet for ${next}` });
    await nextGoal.getByText(`Der er ikke sat et mål for ${next}.`).waitFor();
    await nextGoal.getByRole('button', { name: `Sæt målet for ${next}` }).click();
    const create = page.getByRole('form', { name: `Sæt målet for ${next}` });
    await create.waitFor();
    await expectAccessible(page, 'coc-goal-create');
    await create.getByLabel('Mål', { exact: true }).fill('62');
    await create.getByLabel('Udgangspunkt (antal)').fill('52');
    await create.getByLabel('Tæller kun aktive medlemmer').check();
    await create.getByRole('button', { name: 'Gem' }).click();
    await nextGoal.getByRole('status').filter({ hasText: 'Målet er gemt.' }).waitFor();
    await page.reload();
    await goalFigure(page, next, 'Mål').filter({ hasText: /^62$/ }).waitFor();
    await nextGoal.getByText('Tæller kun aktive medlemmer', { exact: false }).waitFor();
  });

  it('shows a consultant none of the buttons that change the network', async () => {
    const { page: reader } = await openPage(world);
    await signInAs(world, reader, DEMO_USERS.consultant.email, '/log-ind?next=/code-of-care');
    await reader.getByRole('heading', { level: 1, name: 'Code of Care' }).waitFor();
    await reader.getByRole('region', { name: 'Netværkets indstillinger' }).getByText('45 dage').waitFor();
    await expect(
      reader
        .getByRole('button', { name: /^Redigér indstillingerne|^Tilføj virksomhed|^Redigér målet|^Sæt målet/ })
        .count(),
    ).resolves.toBe(0);
    await reader
      .getByRole('region', { name: 'Virksomheder på vej ind' })
      .getByRole('link', { name: NEW_PROSPECT })
      .click();
    await reader.getByRole('heading', { level: 1, name: `${NEW_PROSPECT} i Code of Care` }).waitFor();
    await expect(reader.getByRole('region', { name: 'Ændringer' }).count()).resolves.toBe(0);
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.context().close();
  });
});
