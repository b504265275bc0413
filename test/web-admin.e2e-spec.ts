/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { addDays, copenhagen, fromCopenhagen, isoWeek, mondayOf } from '../apps/web/src/features/admin/copenhagen';
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
 * The admin pages in a real browser, as the demo admin Frida Vestergaard uses them: the duty roster's week view,
 * users and roles, API keys, the first-contact policy and the audit log; bad input in each form; and a consultant
 * who opens an admin page directly.
 */

jest.setTimeout(120_000);

let world: WebWorld;
let page: Page;
let errors: string[];
let admin: { headers: Record<string, string> };

beforeAll(async () => {
  world = await startWebWorld();
  ({ page, errors } = await openPage(world));
  await signInAs(world, page, DEMO_USERS.admin.email);
  admin = await apiSession(world, DEMO_USERS.admin.email);
});

afterAll(() => stopWebWorld(world));

const http = () => request(world.url);

/** Retries an assertion until it holds (the page updates after its API calls), failing with its last error. */
async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Playwright's web-first assertions, in Jest: each waits until the page shows what it should. */
const see = (locator: Locator) => ({
  toHaveAttribute: (name: string, value: string) =>
    eventually(async () => expect(await locator.getAttribute(name)).toBe(value)),
  toContainText: (text: string) => eventually(async () => expect(await locator.innerText()).toContain(text)),
  toHaveText: (text: string) => eventually(async () => expect((await locator.innerText()).trim()).toBe(text)),
  toHaveValue: (value: string | RegExp) =>
    eventually(async () => {
      const actual = await locator.inputValue();
      if (typeof value === 'string') expect(actual).toBe(value);
      else expect(actual).toMatch(value);
    }),
  toBeVisible: () => locator.waitFor({ state: 'visible' }),
  toHaveCount: (count: number) => eventually(async () => expect(await locator.count()).toBe(count)),
  toBeChecked: () => eventually(async () => expect(await locator.isChecked()).toBe(true)),
  not: {
    toContainText: (text: string) => eventually(async () => expect(await locator.innerText()).not.toContain(text)),
  },
});
const heading = (text: string | RegExp) => page.getByRole('heading', { level: 1, name: text });

async function expectAccessible(name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** The field's error next to it, as a screen reader reaches it: through the input's aria-describedby. */
async function errorOf(label: string, scope: Pick<Page, 'getByLabel'> = page): Promise<string> {
  const input = scope.getByLabel(label, { exact: true });
  await see(input).toHaveAttribute('aria-invalid', 'true');
  const ids = (await input.getAttribute('aria-describedby'))!.split(' ');
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

describe('the duty roster as a week view', () => {
  // Three weeks ahead: past the demo's two weeks of round-the-clock duty.
  const monday = mondayOf(addDays(copenhagen(new Date()).date, 21));
  const wednesday = addDays(monday, 2);
  const rosterOfWeek = async () =>
    (
      await http()
        .get('/api/v1/duty-roster')
        .query({ from: fromCopenhagen(monday).toISOString(), to: fromCopenhagen(addDays(monday, 7)).toISOString() })
        .set(admin.headers)
        .expect(200)
    ).body as { id: string; consultant: { name: string }; startsAt: string; endsAt: string }[];

  it('moves between weeks, Monday to Sunday in Copenhagen time, readable as tables', async () => {
    await page.getByRole('link', { name: 'Administration' }).click();
    await heading('Administration').waitFor();
    await expectAccessible('admin-home');
    await page.getByRole('link', { name: 'Vagtplan' }).first().click();
    await heading('Vagtplan').waitFor();
    for (let week = 0; week < 3; week++) await page.getByRole('link', { name: 'Næste uge' }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Uge ${isoWeek(monday)}:`) }).waitFor();
    expect(new URL(page.url()).searchParams.get('uge')).toBe(monday);
    const grid = page.getByRole('table', { name: new RegExp(`Vagtplan for uge ${isoWeek(monday)}`) });
    await grid.waitFor();
    const days = await grid.getByRole('columnheader').allInnerTexts();
    expect(days[0]).toBe('Konsulent');
    expect(days[1]).toMatch(/^mandag/);
    expect(days[7]).toMatch(/^søndag/);
    await see(page.getByRole('table', { name: 'Ugens vagter i tidsorden' })).toContainText('Ingen vagter i denne uge.');
    await expectAccessible('admin-roster-empty-week');
  });

  it('adds a shift (an end before its start refused next to the field), changes and removes it', async () => {
    const form = page.getByRole('region', { name: 'Tilføj vagt' });
    await form.getByLabel('Konsulent', { exact: true }).selectOption({ label: 'Bo Christensen (Konsulent)' });
    await form.getByLabel('Starter').fill(`${wednesday}T10:00`);
    await form.getByLabel('Slutter').fill(`${wednesday}T09:00`);
    await form.getByRole('button', { name: 'Tilføj vagt' }).click();
    expect(await errorOf('Slutter', form)).toContain('Slut skal ligge efter start');
    await see(page.getByRole('alert').first()).toContainText('Der er fejl i formularen');
    // Nothing typed was lost.
    await see(form.getByLabel('Starter')).toHaveValue(`${wednesday}T10:00`);
    await see(form.getByLabel('Slutter')).toHaveValue(`${wednesday}T09:00`);
    await see(form.getByLabel('Konsulent', { exact: true })).toHaveValue(/.+/);
    await screenshot(page, 'admin-roster-bad-input');

    await form.getByLabel('Slutter').fill(`${wednesday}T16:00`);
    await form.getByRole('button', { name: 'Tilføj vagt' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Vagten for Bo Christensen er tilføjet.' })).toBeVisible();
    const shift = page.getByRole('button', { name: /^Redigér vagt: Bo Christensen/ });
    await see(shift).toContainText('10.00–16.00');
    let [period] = await rosterOfWeek();
    expect(period).toMatchObject({
      consultant: { name: 'Bo Christensen' },
      startsAt: fromCopenhagen(wednesday, '10:00').toISOString(),
      endsAt: fromCopenhagen(wednesday, '16:00').toISOString(),
    });
    // In the Wednesday column of Bo's row.
    const row = page.getByRole('row', { name: /^Bo Christensen/ });
    expect((await row.getByRole('cell').allInnerTexts())[2]).toContain('10.00–16.00');
    await expectAccessible('admin-roster-week');

    // By keyboard: the shift's button opens it for editing.
    await shift.focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('region', { name: 'Redigér vagt' });
    await see(edit.getByLabel('Starter')).toHaveValue(`${wednesday}T10:00`);
    await edit.getByLabel('Slutter').fill(`${wednesday}T17:30`);
    await edit.getByRole('button', { name: 'Gem' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Vagten for Bo Christensen er ændret.' })).toBeVisible();
    await see(shift).toContainText('10.00–17.30');
    [period] = await rosterOfWeek();
    expect(period.endsAt).toBe(fromCopenhagen(wednesday, '17:30').toISOString());

    await shift.click();
    await page.getByRole('button', { name: 'Fjern vagt' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, fjern vagten' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Vagten for Bo Christensen er fjernet.' })).toBeVisible();
    await see(shift).toHaveCount(0);
    expect(await rosterOfWeek()).toEqual([]);
  });
});

describe('users and roles', () => {
  it('creates a user (a bad e-mail refused next to the field), shows the password once, changes the role', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Brugere og roller' })
      .click();
    await heading('Brugere og roller').waitFor();
    await see(page.getByRole('table', { name: 'Jobcentrets brugere efter navn' })).toContainText(DEMO_USERS.admin.name);
    await expectAccessible('admin-users');

    const create = page.getByRole('region', { name: 'Opret bruger' });
    await create.getByLabel('Navn').fill('Sara Sørensen');
    await create.getByLabel('E-mail').fill('sara.sorensen@');
    await create.getByLabel('Rolle').selectOption({ label: 'Konsulent' });
    await create.getByRole('button', { name: 'Opret bruger' }).click();
    expect(await errorOf('E-mail', create)).toContain('gyldig e-mailadresse');
    await see(create.getByLabel('Navn')).toHaveValue('Sara Sørensen');
    await see(create.getByLabel('E-mail')).toHaveValue('sara.sorensen@');
    await screenshot(page, 'admin-users-bad-input');

    await create.getByLabel('E-mail').fill('sara.sorensen@hedensted.dk');
    await create.getByRole('button', { name: 'Opret bruger' }).click();
    const secret = page.getByRole('region', { name: 'Engangsadgangskode til Sara Sørensen' });
    await see(secret).toContainText('den bliver ikke vist igen');
    const password = await secret.getByTestId('one-time-secret').innerText();
    await http().post('/api/v1/auth/login').send({ email: 'sara.sorensen@hedensted.dk', password }).expect(200);
    await see(create.getByLabel('Navn')).toHaveValue('');
    await screenshot(page, 'admin-users-created');

    await page.getByRole('button', { name: 'Skift rolle for Sara Sørensen' }).click();
    const change = page.getByRole('region', { name: 'Skift rolle for Sara Sørensen' });
    await change.getByLabel('Rolle').selectOption({ label: 'Teamleder' });
    await change.getByRole('button', { name: 'Gem' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Sara Sørensen har nu rollen Teamleder' })).toBeVisible();
    await see(page.getByRole('row', { name: /Sara Sørensen/ })).toContainText('Teamleder');
    const listed = await http().get('/api/v1/users').query({ q: 'sara' }).set(admin.headers).expect(200);
    expect(listed.body.items[0]).toMatchObject({ role: 'lead', active: true });

    await page.getByRole('button', { name: 'Deaktivér Sara Sørensen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, deaktivér' }).click();
    await see(page.getByRole('row', { name: /Sara Sørensen/ })).toContainText('Deaktiveret');
    // The admin cannot demote themself: the API's refusal is said next to the role, in Danish.
    await page.getByRole('button', { name: `Skift rolle for ${DEMO_USERS.admin.name}` }).click();
    const own = page.getByRole('region', { name: `Skift rolle for ${DEMO_USERS.admin.name}` });
    await own.getByLabel('Rolle').selectOption({ label: 'Teamleder' });
    await own.getByRole('button', { name: 'Gem' }).click();
    expect(await errorOf('Rolle', own)).toContain('Du kan ikke fjerne administratorrollen fra dig selv.');
    await see(own.getByLabel('Rolle')).toHaveValue('lead');
    await own.getByRole('button', { name: 'Annullér' }).click();
    // Nor deactivate themself: no button for it.
    await see(page.getByRole('button', { name: `Deaktivér ${DEMO_USERS.admin.name}` })).toHaveCount(0);
  });
});

describe('API keys', () => {
  it('creates a key (after an empty name is refused), shows its secret once, and revokes it after asking', async () => {
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'API-nøgler' }).click();
    await heading('API-nøgler').waitFor();
    const create = page.getByRole('region', { name: 'Opret API-nøgle' });
    await create.getByRole('button', { name: 'Opret nøgle' }).click();
    expect(await errorOf('Navn', create)).toContain('Skal udfyldes');

    await create.getByLabel('Navn').fill('Hjemmeside: kontaktformular');
    await create.getByRole('button', { name: 'Opret nøgle' }).click();
    const secret = page.getByRole('region', { name: 'Den hemmelige nøgle til Hjemmeside: kontaktformular' });
    const key = await secret.getByTestId('one-time-secret').innerText();
    expect(key).toMatch(/^jbk_/);
    await http().get('/api/v1/auth/me').set('X-Api-Key', key).expect(200);
    await expectAccessible('admin-api-keys');

    await page.getByRole('button', { name: 'Tilbagekald Hjemmeside: kontaktformular' }).click();
    const confirm = page.getByRole('alertdialog');
    await see(confirm).toContainText('afvist med det samme');
    await confirm.getByRole('button', { name: 'Ja, tilbagekald' }).click();
    await see(page.getByRole('row', { name: /Hjemmeside: kontaktformular/ })).toContainText('Tilbagekaldt');
    // Other processes may remember a key for up to 5 s; this one forgot it at once.
    await http().get('/api/v1/auth/me').set('X-Api-Key', key).expect(401);
  });
});

describe('the first-contact policy', () => {
  it('refuses hours out of range next to the field, keeping the form, then saves working hours', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Første kontakt-politik' })
      .click();
    await heading('Første kontakt-politik').waitFor();
    await see(page.getByText('Gældende nu: 24 kalendertimer')).toBeVisible();
    await page.getByLabel('Arbejdstimer inden for åbningstiden, mandag til fredag').check();
    await page.getByLabel('Antal timer').fill('200');
    await page.getByLabel('Lukker').fill('07:30');
    await page.getByLabel('Grundlovsdag (5. juni)').check();
    await page.getByRole('button', { name: 'Gem' }).click();
    expect(await errorOf('Antal timer')).toContain('Skal være et tal fra 1 til 168.');
    expect(await errorOf('Lukker')).toContain('Lukketiden skal ligge efter åbningstiden.');
    await see(page.getByLabel('Antal timer')).toHaveValue('200');
    await see(page.getByLabel('Grundlovsdag (5. juni)')).toBeChecked();
    await expectAccessible('admin-policy-bad-input');

    await page.getByLabel('Antal timer').fill('16');
    await page.getByLabel('Lukker').fill('15:00');
    await page.getByRole('button', { name: 'Gem' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Politikken er gemt' })).toBeVisible();
    await see(page.getByText('Gældende nu: 16 arbejdstimer, åbent 08:00–15:00')).toBeVisible();
    const settings = await http().get('/api/v1/duty-desk/settings').set(admin.headers).expect(200);
    expect(settings.body.firstContactPolicy).toMatchObject({
      mode: 'working-hours',
      hours: 16,
      openingHours: { opensAt: '08:00', closesAt: '15:00' },
      closedDays: { constitutionDay: true, christmasEve: false, newYearsEve: false },
    });
    await screenshot(page, 'admin-policy');
  });
});

describe('the audit log', () => {
  it('filters by who, record type and action, kept in the URL; refuses dates the wrong way round', async () => {
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Revisionslog' }).click();
    await heading('Revisionslog').waitFor();
    await page.getByLabel('Posttype').selectOption({ label: 'Bruger' });
    await page.getByLabel('Handling').selectOption({ label: 'Ændret' });
    await page.getByLabel('Hvem').selectOption({ label: `${DEMO_USERS.admin.name} (Administrator)` });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(/type=user/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ type: 'user', handling: 'update' });
    const table = page.getByRole('table', { name: 'Revisionslog, nyeste først' });
    await see(table).toContainText('rolle: konsulent → teamleder');
    await see(table).toContainText('Sara Sørensen');
    await see(table).not.toContainText('Oprettet');
    await expectAccessible('admin-audit-log');

    // A reload (or a shared link) shows the same.
    await page.reload();
    await heading('Revisionslog').waitFor();
    await see(page.getByLabel('Posttype')).toHaveValue('user');
    await see(page.getByRole('table', { name: 'Revisionslog, nyeste først' })).toContainText(
      'deaktiveret; 1 session afsluttet',
    );

    await page.getByLabel('Fra dato').fill('2026-11-24');
    await page.getByLabel('Til dato').fill('2026-11-20');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    expect(await errorOf('Til dato')).toContain('Til-datoen må ikke ligge før fra-datoen.');
    await see(page.getByLabel('Fra dato')).toHaveValue('2026-11-24');
    await see(page.getByLabel('Til dato')).toHaveValue('2026-11-20');
    await screenshot(page, 'admin-audit-log-bad-input');
    expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
  });

  it('pages through a long log, keeping the filters in the links', async () => {
    // More new keys than one page of 25 holds, so the filtered log has a second page.
    for (let index = 0; index < 26; index++) {
      await http()
        .post('/api/v1/api-keys')
        .set(admin.headers)
        .send({ name: `Nøgle ${index}` })
        .expect(201);
    }
    await page.goto(`${world.url}/administration/revisionslog?type=api-key&handling=create`);
    await heading('Revisionslog').waitFor();
    const pages = page.getByRole('navigation', { name: 'Sider' });
    await see(pages).toContainText('Side 1 af 2');
    await pages.getByRole('link', { name: 'Næste side' }).click();
    await page.waitForURL(/side=2/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      type: 'api-key',
      handling: 'create',
      side: '2',
    });
    await see(pages).toContainText('Side 2 af 2');
    await see(page.getByRole('table', { name: 'Revisionslog, nyeste først' })).toContainText('Nøgle 0');
    await pages.getByRole('link', { name: 'Forrige side' }).click();
    await page.waitForURL(/side=1/);
    await see(pages).toContainText('Side 1 af 2');
    await see(page.getByRole('table', { name: 'Revisionslog, nyeste først' })).toContainText('Nøgle 25');
  });
});

describe('who may open the admin pages', () => {
  it('tells a consultant who opens an admin URL directly that the page is not theirs', async () => {
    const consultant = await openPage(world);
    await signInAs(world, consultant.page, DEMO_USERS.consultant.email);
    await see(consultant.page.getByRole('link', { name: 'Administration' })).toHaveCount(0);
    for (const path of ['/administration/brugere', '/administration/vagtplan', '/administration/revisionslog']) {
      await consultant.page.goto(`${world.url}${path}`);
      await consultant.page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
      await see(consultant.page.getByRole('table')).toHaveCount(0);
    }
    await screenshot(consultant.page, 'admin-not-for-consultant');
    await consultant.page.context().close();
  });

  it('reads in English too: the week view with English weekdays, still in Copenhagen time', async () => {
    const english = await openPage(world);
    await signInAs(world, english.page, DEMO_USERS.admin.email);
    await english.page.getByRole('button', { name: 'English' }).click();
    await english.page.goto(`${world.url}/administration/vagtplan`);
    await english.page.getByRole('heading', { level: 1, name: 'Duty roster' }).waitFor();
    const grid = english.page.getByRole('table', { name: /^Duty roster for week/ });
    await grid.waitFor();
    expect((await grid.getByRole('columnheader').allInnerTexts()).slice(0, 2)).toEqual([
      'Consultant',
      expect.stringMatching(/^Monday/),
    ]);
    expect(await seriousViolations(english.page)).toEqual([]);
    await screenshot(english.page, 'admin-roster-english');
    await english.page.context().close();
  });

  it('lets a lead keep the roster and the policy, but not the users', async () => {
    const lead = await openPage(world);
    await signInAs(world, lead.page, DEMO_USERS.lead.email);
    await lead.page.goto(`${world.url}/administration/vagtplan`);
    await lead.page.getByRole('heading', { level: 1, name: 'Vagtplan' }).waitFor();
    await lead.page.goto(`${world.url}/administration/brugere`);
    await lead.page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
    await lead.page.context().close();
  });
});
