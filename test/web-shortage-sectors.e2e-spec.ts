/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
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
 * The shortage sectors page in a real browser, on the demo jobcentre: the coordinator sees the demo's current period,
 * deletes it after a confirmation, creates one (bad input shown next to its fields, nothing typed lost), sees it as
 * current, and imports the sample STAR file into the next half-year with its report; a consultant reads only.
 */

jest.setTimeout(180_000);

const SAMPLE = join(
  __dirname,
  '../libs/matching/src/shortage-sectors/fixtures/arbejdsmarkedsbalancen-2026-07-oestjylland.csv',
);

let world: WebWorld;

beforeAll(async () => {
  world = await startWebWorld();
});

afterAll(() => stopWebWorld(world));

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

const current = (page: Page) => page.getByRole('region', { name: /^Gælder i dag/ });

describe('shortage sectors page', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(15_000);
    await signInAs(world, page, DEMO_USERS.coordinator.email, '/log-ind?next=/mangelomraader');
  });

  afterAll(() => page.context().close());

  it("shows the demo's current period with its sectors", async () => {
    await page.getByRole('heading', { level: 1, name: 'Mangelområder' }).waitFor();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Mangelområder' }).count()).resolves.toBe(1);
    await current(page)
      .getByRole('heading', { name: /Mangelområder 2026, 2\. halvår/ })
      .waitFor();
    const sectors = current(page).getByRole('table', { name: 'Brancher i mangel' });
    await expect(sectors.getByRole('rowheader').allTextContents()).resolves.toEqual([
      'Håndværk',
      'Social- og sundhed',
      'Lager og logistik',
    ]);
    await expectAccessible(page, 'shortage-sectors-current');
  });

  it('deletes the demo period after a confirmation; the posting settings then apply', async () => {
    await page.getByRole('button', { name: 'Slet Mangelområder 2026, 2. halvår' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, slet perioden' }).click();
    await page.getByText('Perioden "Mangelområder 2026, 2. halvår" er slettet.').waitFor();
    await current(page)
      .getByText(/Ingen periode dækker i dag/)
      .waitFor();
  });

  it('refuses bad input next to each field, keeps what was typed, then creates the period as current', async () => {
    const form = page.getByRole('form', { name: 'Ny periode' });
    await form.getByLabel('Navn').fill('Vinter 2026');
    await form.getByLabel('Fra og med (ÅÅÅÅ-MM-DD)').fill('2026-12-01');
    await form.getByLabel('Til og med (ÅÅÅÅ-MM-DD)').fill('2026-11-01');
    await form.getByRole('button', { name: 'Tilføj branche' }).click();
    await form.getByLabel('Branche 1', { exact: true }).selectOption('handvaerk');
    await form.getByLabel('Vægt for Håndværk').fill('1,5');
    await form.getByRole('button', { name: 'Opret perioden' }).click();

    // The weight is refused beside its field; everything typed stays.
    const weight = form.getByLabel('Vægt for Håndværk');
    await form.locator('input[name="sectors.0.weight"][aria-invalid="true"]').waitFor();
    const weightError = await weight.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${weightError!.split(' ').pop()}"]`).textContent()).toMatch(/0 to 1|0 til 1/);
    await expect(weight.inputValue()).resolves.toBe('1,5');
    await expect(form.getByLabel('Navn').inputValue()).resolves.toBe('Vinter 2026');
    await expectAccessible(page, 'shortage-sectors-form-errors');

    // Then the end before the start.
    await weight.fill('1');
    await form.getByRole('button', { name: 'Opret perioden' }).click();
    const to = form.getByLabel('Til og med (ÅÅÅÅ-MM-DD)');
    await form.locator('input[name="validTo"][aria-invalid="true"]').waitFor();
    await expect(to.inputValue()).resolves.toBe('2026-11-01');

    await form.getByLabel('Fra og med (ÅÅÅÅ-MM-DD)').fill('2026-11-01');
    await to.fill('2026-12-31');
    const picker = form.getByRole('combobox', { name: 'Tilføj stilling' });
    await picker.fill('social- og sundhedshjælper');
    await page
      .getByRole('option', { name: /^social- og sundhedshjælper/ })
      .first()
      .click({ timeout: 30_000 });
    await form.getByLabel('Vægt for social- og sundhedshjælper').fill('0,8');
    await form.getByRole('button', { name: 'Opret perioden' }).click();
    await page.getByText('Perioden "Vinter 2026" er gemt.').waitFor();
    // The form starts empty again for the next period.
    await expect(form.getByLabel('Navn').inputValue()).resolves.toBe('');

    await current(page).getByRole('heading', { name: 'Gælder i dag: Vinter 2026' }).waitFor();
    const occupations = current(page).getByRole('table', { name: 'Stillinger i mangel' });
    await expect(occupations.getByRole('row', { name: /social- og sundhedshjælper/ }).textContent()).resolves.toContain(
      '0,8',
    );
    await expect(
      page.getByRole('table', { name: 'Jobcentrets perioder, nyeste først' }).getByText('Gælder nu').count(),
    ).resolves.toBe(1);
  });

  it('imports the sample STAR file: an overlap is refused, the next half-year gets the report', async () => {
    const importForm = page.getByRole('form', { name: 'Importér fra STAR (Arbejdsmarkedsbalancen)' });
    await importForm.getByLabel('CSV-fil', { exact: true }).setInputFiles({
      name: 'arbejdsmarkedsbalancen.csv',
      mimeType: 'text/csv',
      buffer: await readFile(SAMPLE),
    });
    await importForm.getByRole('button', { name: 'Importér filen' }).click();
    // Two RAR areas in the file: the area is asked for next to its field.
    const area = importForm.getByLabel('RAR-område', { exact: true });
    await importForm.locator('input[name="star.rarArea"][aria-invalid="true"]').waitFor();
    await area.fill('RAR Østjylland');
    await importForm.getByRole('button', { name: 'Importér filen' }).click();
    await importForm
      .getByRole('alert')
      .getByText(/Vinter 2026/)
      .waitFor();

    await importForm.getByLabel('Fra og med (ÅÅÅÅ-MM-DD)').fill('2027-01-01');
    await importForm.getByLabel('Til og med (ÅÅÅÅ-MM-DD)').fill('2027-06-30');
    await importForm.getByRole('button', { name: 'Importér filen' }).click();
    const report = page.getByRole('region', { name: 'Rapport over importen' });
    await report.waitFor();
    await expect(report.textContent()).resolves.toMatch(/Rækker læst\s*14/);
    await expect(report.textContent()).resolves.toMatch(/Stillinger gemt\s*25/);
    const skipped = report.getByRole('table', { name: 'Udeladte rækker' });
    await expect(skipped.getByRole('row').count()).resolves.toBe(8);
    await skipped.getByRole('row', { name: /12 Ukendt STAR-kode/ }).waitFor();
    await page
      .getByRole('table', { name: 'Jobcentrets perioder, nyeste først' })
      .getByRole('rowheader', { name: /Arbejdsmarkedsbalancen 2027-01-01 – 2027-06-30 – RAR Østjylland/ })
      .waitFor();
    await expectAccessible(page, 'shortage-sectors-import-report');
    expect(errors.filter((error) => !/40[09]/.test(error))).toEqual([]);
  });

  it('lets a consultant read the page but not change it', async () => {
    const { page: reader } = await openPage(world);
    await signInAs(world, reader, DEMO_USERS.consultant.email, '/log-ind?next=/mangelomraader');
    await reader.getByRole('heading', { level: 1, name: 'Mangelområder' }).waitFor();
    await reader.getByRole('region', { name: 'Gælder i dag: Vinter 2026' }).waitFor();
    await reader.getByText('Netværkskoordinatorer og ledere kan ændre dem.').waitFor();
    await expect(reader.getByRole('button', { name: /^(Ret|Slet) / }).count()).resolves.toBe(0);
    await expect(reader.getByRole('form').count()).resolves.toBe(0);
    expect(await seriousViolations(reader)).toEqual([]);
    await screenshot(reader, 'shortage-sectors-consultant');
    await reader.context().close();
  });
});
