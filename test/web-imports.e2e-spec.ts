/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { DEMO_POSTINGS } from '../apps/api/src/demo/demo-data';
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
 * The import page and the CSV exports in a real browser, on the demo jobcentre: a consultant uploads a companies file
 * with one good and one bad row, watches the upload reach 100 % and reads the report; a file that is not CSV, or is
 * empty, is refused next to the file field; the postings list downloads as CSV; an employer is kept off the page.
 */

jest.setTimeout(180_000);

let world: WebWorld;

beforeAll(async () => {
  world = await startWebWorld();
});

afterAll(() => stopWebWorld(world));

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

const fileField = (page: Page) => page.getByLabel('CSV-fil', { exact: true });
const fileError = (page: Page) => page.locator('.field-invalid .field-error');

describe('import and export pages', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(10_000);
    await signInAs(world, page, DEMO_USERS.consultant.email, '/log-ind?next=/import');
  });

  afterAll(() => page.context().close());

  it('imports a companies file: progress to 100 %, then the report with the bad row', async () => {
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Import' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'import-form');

    const cvrNumber = randomCvrNumber();
    const csv = [
      'cvrNumber;name;postcode;contactName',
      `${cvrNumber};Importeret Tømrer ApS;8722;Mette Jensen`,
      '123;Dårlig Række ApS;8722;',
      '',
    ].join('\n');
    // What the page showed on the way (the upload of a small file is over in a moment): every text and progress value.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const progress = document.querySelector('progress#import-progress');
        if (progress) seen.push(`progress ${progress.getAttribute('value')}`);
        seen.push(document.querySelector('form')?.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByLabel('Hvad vil du importere?').selectOption('companies');
    await fileField(page).setInputFiles({ name: 'virksomheder.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importér' }).click();

    await page.getByRole('heading', { level: 2, name: /Resultat af importen/ }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Importen er færdig: 2 rækker læst.' })
      .waitFor({ state: 'attached' });
    const facts = page.locator('.import-report dl');
    expect(await facts.locator('dt:has-text("Nye") + dd').textContent()).toBe('1');
    expect(await facts.locator('dt:has-text("Afviste rækker") + dd').textContent()).toBe('1');
    const refused = page.getByRole('table', { name: 'Afviste rækker: linje, felt og hvad der er galt' });
    const row = refused.getByRole('row').filter({ hasText: 'cvrNumber' });
    await expect(row.getByRole('rowheader').textContent()).resolves.toBe('3');
    await expect(row.textContent()).resolves.toMatch(/CVR-nummer/);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'));
    expect(seen).toContain('progress 100');
    expect(seen).toContain('Uploader filen: 100 %');
    expect(seen).toContain('Behandler filen …');
    await expectAccessible(page, 'import-report');

    // The good row is a company of the jobcentre now.
    const { headers } = await apiSession(world, DEMO_USERS.consultant.email);
    const companies = await request(world.url).get('/api/v1/companies').query({ q: cvrNumber }).set(headers);
    expect(companies.status).toBe(200);
    expect(companies.body.items.map((company: { name: string }) => company.name)).toEqual(['Importeret Tømrer ApS']);
  });

  it('refuses a file that is not CSV, and an empty one, next to the file field', async () => {
    await fileField(page).setInputFiles({ name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from('hej') });
    await page.getByRole('button', { name: 'Importér' }).click();
    await expect(fileError(page).textContent()).resolves.toContain('Filen skal være en CSV-fil (.csv).');
    expect(await fileField(page).getAttribute('aria-invalid')).toBe('true');
    // The report of the import before is still there.
    await page.getByRole('heading', { level: 2, name: /Resultat af importen/ }).waitFor();

    await page.getByLabel('Hvad vil du importere?').selectOption('candidates');
    await fileField(page).setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Importér' }).click();
    await fileError(page).filter({ hasText: 'Filen er tom.' }).waitFor();
    expect(await fileField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Hvad vil du importere?').inputValue()).toBe('candidates');
    await expectAccessible(page, 'import-refused');
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
  });

  it('exports the postings list as CSV', async () => {
    await page.goto(`${world.url}/opslag`);
    await page.getByRole('heading', { level: 1, name: 'Opslag' }).waitFor();
    await page.getByRole('table', { name: 'Opslag, det nyeste først' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér som CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const content = await readFile((await file.path())!, 'utf8');
    for (const posting of DEMO_POSTINGS) expect(content).toContain(posting.title);
    await page
      .getByRole('status')
      .filter({ hasText: /er hentet/ })
      .waitFor();
    await expectAccessible(page, 'import-postings-export');
  });

  it('exports the candidates and placements lists, each under its own name', async () => {
    for (const [path, heading, name] of [
      ['/kandidater', 'Kandidater', 'candidates.csv'],
      ['/formidlinger', 'Formidlinger', 'placements.csv'],
    ] as const) {
      await page.goto(`${world.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Eksportér som CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      const content = await readFile((await file.path())!, 'utf8');
      expect(content.split('\n').length).toBeGreaterThan(1);
      await page
        .getByRole('status')
        .filter({ hasText: `Filen ${name} er hentet.` })
        .waitFor();
    }
    await expectAccessible(page, 'import-placements-export');
  });
});

describe('an employer', () => {
  it('is told the import page is not theirs', async () => {
    const { page } = await openPage(world);
    try {
      page.setDefaultTimeout(10_000);
      await signInAs(world, page, DEMO_USERS.employer.email);
      await page.goto(`${world.url}/import`);
      await page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
      await expect(page.getByRole('navigation').getByRole('link', { name: 'Import' }).count()).resolves.toBe(0);
      await expectAccessible(page, 'import-employer');
    } finally {
      await page.context().close();
    }
  });
});
