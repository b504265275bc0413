/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
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
import { randomCvrNumber } from './support/fixtures';

/**
 * The staff pages for companies and candidates in a real browser, against the built API on a fresh demo jobcentre:
 * a consultant finds a company by CVR and by name, sees its requests and contacts, registers and edits one; finds
 * candidates by a skill chosen with the keyboard, edits a profile after a refusal, records and withdraws a consent.
 */

jest.setTimeout(180_000);

const JUELSMINDE = { name: 'Juelsminde Byg & Anlæg ApS', cvrNumber: '10150817' };

let world: WebWorld;

beforeAll(async () => {
  world = await startWebWorld();
});

afterAll(() => stopWebWorld(world));

/** The error message of the input a label names (or the input given): the texts its aria-describedby points at. */
async function errorOf(page: Page, label: string | Locator): Promise<string> {
  const field = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : label;
  await field.and(page.locator('[aria-invalid="true"]')).waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const ids = (await field.getAttribute('aria-describedby'))!.split(' ');
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

describe('companies (/virksomheder)', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // A request from Juelsminde Byg, so its page has a request and a contact person to show.
    const anna = await apiSession(world, DEMO_USERS.consultant.email);
    const intake = await request(world.url)
      .post('/api/v1/intakes')
      .set(anna.headers)
      .set('Idempotency-Key', randomUUID())
      .send({
        company: JUELSMINDE,
        contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
        kind: 'småjob',
        description: 'Ti timer om ugen på pladsen',
        channel: 'phone',
      });
    expect(intake.status).toBe(201);
    ({ page, errors } = await openPage(world));
    await signInAs(world, page, DEMO_USERS.consultant.email);
  });

  it('finds a company by its CVR number and by part of its name, the search in the URL', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Virksomheder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Virksomheder' }).waitFor();
    const search = page.getByLabel('Søg på CVR-nummer eller navn');
    await search.fill(JUELSMINDE.cvrNumber);
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('status').filter({ hasText: 'Antal virksomheder: 1.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(JUELSMINDE.cvrNumber);
    expect(await page.getByRole('link', { name: JUELSMINDE.name }).count()).toBe(1);

    await search.fill('JUELSMINDE byg');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'JUELSMINDE byg');
    await page.getByRole('link', { name: JUELSMINDE.name }).waitFor();
    expect(await page.getByRole('link', { name: 'Hedensted Kommune' }).count()).toBe(0);
    await expectAccessible(page, 'company-list');
  });

  it('opens the company with its requests and contact persons', async () => {
    await page.getByRole('link', { name: JUELSMINDE.name }).click();
    await page.getByRole('heading', { level: 1, name: JUELSMINDE.name }).waitFor();
    const intakes = page.getByRole('table', { name: /Virksomhedens henvendelser/ });
    await intakes.waitFor();
    expect(await intakes.innerText()).toContain('Ti timer om ugen på pladsen');
    expect(await intakes.innerText()).toContain('Småjob');
    const contacts = page.getByRole('table', { name: /Kontaktpersoner/ });
    expect(await contacts.getByRole('rowheader', { name: 'Mette Jensen' }).count()).toBe(1);
    expect(await contacts.innerText()).toContain('+45 75 12 34 56');
    await expectAccessible(page, 'company-page');
  });

  it('registers a company after a bad CVR number, keeping everything typed, then edits it', async () => {
    await page.goto(`${world.url}/virksomheder`);
    await page.getByRole('link', { name: 'Opret virksomhed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret virksomhed' }).waitFor();
    await page.getByLabel('CVR-nummer').fill('12345678');
    await page.getByLabel('Virksomhedens navn').fill('Stouby Smedie ApS');
    await page.getByLabel('By', { exact: true }).fill('Stouby');
    await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
    await page.getByRole('group', { name: 'Kontaktperson 1' }).getByLabel('Navn').fill('Per Smed');
    await page.getByRole('group', { name: 'Kontaktperson 1' }).getByLabel('E-mail').fill('per@');
    await page.getByRole('button', { name: 'Gem' }).click();

    await page.getByRole('alert').waitFor();
    expect(await errorOf(page, 'CVR-nummer')).toContain('Ikke et gyldigt CVR-nummer');
    const email = page.getByRole('group', { name: 'Kontaktperson 1' }).getByLabel('E-mail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('CVR-nummer').inputValue()).toBe('12345678');
    expect(await page.getByLabel('Virksomhedens navn').inputValue()).toBe('Stouby Smedie ApS');
    expect(await page.getByLabel('By', { exact: true }).inputValue()).toBe('Stouby');
    expect(await email.inputValue()).toBe('per@');
    await expectAccessible(page, 'company-form-refused');

    // A CVR number the jobcentre already has: said next to the field, with the way to the company.
    await page.getByLabel('CVR-nummer').fill(JUELSMINDE.cvrNumber);
    await email.fill('per@stouby-smedie.dk');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('link', { name: `Åbn ${JUELSMINDE.name}` }).waitFor();
    expect(await errorOf(page, 'CVR-nummer')).toContain(`allerede oprettet som "${JUELSMINDE.name}"`);

    const cvrNumber = randomCvrNumber();
    await page.getByLabel('CVR-nummer').fill(cvrNumber);
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stouby Smedie ApS' }).waitFor();
    expect(await page.locator('dl.facts').innerText()).toContain(cvrNumber);
    expect(await page.getByRole('table', { name: /Kontaktpersoner/ }).innerText()).toContain('per@stouby-smedie.dk');

    await page.getByRole('link', { name: 'Rediger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rediger Stouby Smedie ApS' }).waitFor();
    await page.getByLabel('Postnummer').fill('87220');
    await page.getByLabel('Branche').fill('metal');
    await page.getByRole('button', { name: 'Gem' }).click();
    expect(await errorOf(page, 'Postnummer')).toContain('dansk postnummer på 4 cifre');
    expect(await page.getByLabel('Branche').inputValue()).toBe('metal');
    await page.getByLabel('Postnummer').fill('7140');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stouby Smedie ApS' }).waitFor();
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('7140 Stouby');
    expect(facts).toContain('metal');
    expect(errors.filter((error) => !/status of (400|409)/.test(error))).toEqual([]);
  });
});

describe('candidates (/kandidater)', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    await signInAs(world, page, DEMO_USERS.consultant.email);
  });

  it('finds candidates by a skill chosen with the keyboard in the combobox', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kandidater' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidater' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Antal kandidater: 5.' }).waitFor();
    const skill = page.getByRole('combobox', { name: 'Kompetence' });
    expect(await skill.getAttribute('aria-expanded')).toBe('false');
    await skill.fill('betjene gaffel');
    await page.getByRole('option', { name: 'betjene gaffeltruck' }).waitFor();
    expect(await skill.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.locator(`[id="${await skill.getAttribute('aria-controls')}"]`);
    expect(await listbox.getAttribute('role')).toBe('listbox');
    await skill.press('ArrowDown');
    const active = await skill.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).innerText()).toBe('betjene gaffeltruck');
    await skill.press('Enter');
    expect(await skill.getAttribute('aria-expanded')).toBe('false');
    expect(await skill.inputValue()).toBe('betjene gaffeltruck');
    // Escape closes an open list without choosing.
    await page.getByRole('combobox', { name: 'Ønsket stilling' }).fill('gaffeltruckfører');
    await page
      .getByRole('option', { name: /gaffeltruckfører/ })
      .first()
      .waitFor();
    await page.getByRole('combobox', { name: 'Ønsket stilling' }).press('Escape');
    expect(await page.getByRole('combobox', { name: 'Ønsket stilling' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('combobox', { name: 'Ønsket stilling' }).press('Escape');
    expect(await page.getByRole('combobox', { name: 'Ønsket stilling' }).inputValue()).toBe('');

    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('status').filter({ hasText: 'Antal kandidater: 1.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('skill')).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(await page.getByRole('link', { name: 'Mads Nielsen' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Sofie Hansen' }).count()).toBe(0);
    await expectAccessible(page, 'candidate-list');

    // A filter the API refuses is said next to that filter.
    await page.getByLabel('Afstand fra postnummeret (km)').fill('10');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByLabel('Afstand fra postnummeret (km)').and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByLabel('Afstand fra postnummeret (km)').fill('');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('status').filter({ hasText: 'Antal kandidater: 1.' }).waitFor();
  });

  it("opens a profile with the skills in Danish, the ladder and the consultant's history", async () => {
    await page.getByRole('link', { name: 'Mads Nielsen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mads Nielsen' }).waitFor();
    const skills = page.getByRole('table', { name: /Kompetencer/ });
    await skills.waitFor();
    expect(await skills.getByRole('rowheader', { name: 'betjene gaffeltruck' }).count()).toBe(1);
    expect(await skills.innerText()).toContain('3 – erfaren');
    await page
      .getByRole('table', { name: /Kandidatens trin/ })
      .getByText('Registreret')
      .waitFor();
    await page
      .getByRole('table', { name: /Skift af ansvarlig konsulent/ })
      .getByText('Camilla Holm')
      .first()
      .waitFor();
    expect(await page.locator('dl.facts').innerText()).toContain('Uddannelseshjælp');
    await expectAccessible(page, 'candidate-profile');
  });

  it('edits the hours after a refusal, keeping what was typed', async () => {
    await page.getByRole('link', { name: 'Rediger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rediger Mads Nielsen' }).waitFor();
    await page.getByLabel('Timer om ugen').fill('100');
    await page.getByLabel('Vil rejse op til (km)').fill('35');
    await page.getByLabel('Uddannelse', { exact: true }).fill('Lagerassistent (EUD)');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('alert').waitFor();
    expect(await errorOf(page, 'Timer om ugen')).toContain('Højst 60.');
    expect(await page.getByLabel('Timer om ugen').inputValue()).toBe('100');
    expect(await page.getByLabel('Vil rejse op til (km)').inputValue()).toBe('35');
    expect(await page.getByLabel('Uddannelse', { exact: true }).inputValue()).toBe('Lagerassistent (EUD)');
    await expectAccessible(page, 'candidate-form-refused');

    // A postcode that is not Danish is refused next to its field too.
    await page.getByLabel('Timer om ugen').fill('30');
    await page.getByLabel('Postnummer').fill('0000');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByLabel('Postnummer').and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await errorOf(page, 'Postnummer')).toContain('Der findes ikke et dansk postnummer med det nummer.');
    expect(await page.getByLabel('Timer om ugen').getAttribute('aria-invalid')).toBeNull();

    await page.getByLabel('Postnummer').fill('7130');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mads Nielsen' }).waitFor();
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Timer om ugen\s+30/);
    expect(facts).toContain('35 km');
    expect(facts).toContain('Lagerassistent (EUD)');
  });

  it('records a consent for a company and withdraws it', async () => {
    const company = page.getByRole('combobox', { name: 'Virksomhed, der gives samtykke til' });
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    expect(await errorOf(page, company)).toContain('Vælg en virksomhed på listen.');
    await company.fill('Juelsminde');
    await page.getByRole('option', { name: new RegExp(JUELSMINDE.name) }).waitFor();
    await company.press('ArrowDown');
    await company.press('Enter');
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Samtykket til ${JUELSMINDE.name} er registreret.` })
      .waitFor();
    const consents = page.getByRole('table', { name: 'Virksomheder med samtykke' });
    // The table is read again after the save: wait for the row rather than count before it is there.
    await consents.getByRole('link', { name: JUELSMINDE.name }).waitFor();
    expect(await consents.getByRole('link', { name: JUELSMINDE.name }).count()).toBe(1);
    await expectAccessible(page, 'candidate-consent');

    await page.getByRole('button', { name: `Træk samtykke tilbage fra ${JUELSMINDE.name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Samtykket til ${JUELSMINDE.name} er trukket tilbage.` })
      .waitFor();
    await page.getByText('Kandidaten har ikke givet samtykke til nogen virksomhed.').waitFor();
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
  });

  it('registers a candidate', async () => {
    await page.goto(`${world.url}/kandidater/ny`);
    await page.getByRole('heading', { level: 1, name: 'Opret kandidat' }).waitFor();
    await page.getByLabel('Navn', { exact: true }).fill('Lise Lager');
    await page.getByLabel('Fødselsdato').fill('0101901234');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Fødselsdato').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Lise Lager');
    await page.getByLabel('Fødselsdato').fill('1990-04-12');
    await page.getByLabel('Målgruppe (ydelse)').selectOption('dagpenge');
    await page.getByLabel('Trin på beskæftigelsestrappen').selectOption('4');
    const skill = page.getByRole('combobox', { name: 'Tilføj kompetence' });
    await skill.fill('pakke varer');
    await page.getByRole('option', { name: 'pakke varer' }).waitFor();
    await skill.press('ArrowDown');
    await skill.press('Enter');
    await page.getByLabel('Niveau for pakke varer').selectOption('3');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lise Lager' }).waitFor();
    expect(await page.getByRole('table', { name: /Kompetencer/ }).innerText()).toContain('3 – erfaren');
  });
});

describe('who may open the candidate pages', () => {
  it('tells an employer that /kandidater is not theirs, without asking the API for candidates', async () => {
    const { page } = await openPage(world);
    await signInAs(world, page, DEMO_USERS.employer.email);
    expect(await page.getByRole('link', { name: 'Kandidater' }).count()).toBe(0);
    let candidateCalls = 0;
    page.on('request', (sent) => new URL(sent.url()).pathname.startsWith('/api/v1/candidates') && candidateCalls++);
    await page.goto(`${world.url}/kandidater`);
    await page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
    await page.goto(`${world.url}/virksomheder`);
    await page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
    expect(candidateCalls).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets a network coordinator read candidates but not edit them; an admin is not shown them', async () => {
    const coordinator = await openPage(world);
    await signInAs(world, coordinator.page, DEMO_USERS.coordinator.email);
    await coordinator.page.goto(`${world.url}/kandidater`);
    await coordinator.page.getByRole('link', { name: 'Sofie Hansen' }).click();
    await coordinator.page.getByRole('heading', { level: 1, name: 'Sofie Hansen' }).waitFor();
    await coordinator.page.getByRole('table', { name: /Kompetencer/ }).waitFor();
    expect(await coordinator.page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
    expect(await coordinator.page.getByRole('button', { name: 'Registrér samtykke' }).count()).toBe(0);

    const admin = await openPage(world);
    await signInAs(world, admin.page, DEMO_USERS.admin.email);
    await admin.page.goto(`${world.url}/kandidater`);
    await admin.page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
  });
});
