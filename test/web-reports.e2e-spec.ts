/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { pdfPageCount, pdfText } from '../libs/reports/src/exports/pdf-inspect';
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
import { queryDatabase } from './support/test-app';

/**
 * The lead's monthly figures page (/maaltal) in a real browser against the real API on the demo jobcentre: a month
 * with company requests written straight to the tables is first not computed; the lead computes it with the page's
 * button and sees the snapshot (when, why, by whom) and figures equal to what the API answers; computes it again and
 * sees both computations; the 12-month charts load with the SVG's own description as alt text; the month's CSV,
 * XLSX and PDF and the 12 months' CSV and XLSX download under the API's file names (the XLSX parsed back); a month
 * the API refuses says so; a consultant is refused the page and the API. axe in each state.
 */

jest.setTimeout(180_000);

let world: WebWorld;
let lead: Record<string, string>;

/** The Danish calendar month before this one, and the one before that. */
const monthBefore = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
};
const thisMonth = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 7);
const MONTH = monthBefore(thisMonth());
const EARLIER = monthBefore(MONTH);
const monthName = (month: string) =>
  new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const dateTime = (value: string) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(value),
  );
const count = (value: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(value);
const share = (value: number) =>
  `${new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100)} %`;

/**
 * Four company requests of the demo jobcentre received on the 10th of `month`: first contact after 2 h and 5 h
 * (within the 24-hour deadline), after 30 h (breached), and none yet (breached).
 */
async function seedIntakes(month: string): Promise<void> {
  const [{ id: jobcentreId }] = await queryDatabase<{ id: string }>(
    world.databaseUrl,
    `SELECT id FROM jobcentres WHERE code = 'hedensted'`,
  );
  const [{ id: companyId }] = await queryDatabase<{ id: string }>(
    world.databaseUrl,
    `INSERT INTO companies (jobcentre_id, cvr_number, name, created_at)
     VALUES ($1, $2, 'Måltal Maskinfabrik ApS', $3) RETURNING id`,
    [jobcentreId, randomCvrNumber(), `${month}-01T08:00:00Z`],
  );
  for (const [hour, contactAfterHours] of [
    [8, 2],
    [9, 5],
    [10, 30],
    [11, null],
  ] as const) {
    const received = new Date(`${month}-10T${String(hour).padStart(2, '0')}:00:00Z`);
    const deadline = new Date(received.getTime() + 24 * 3_600_000);
    const contact = contactAfterHours === null ? null : new Date(received.getTime() + contactAfterHours * 3_600_000);
    await queryDatabase(
      world.databaseUrl,
      `INSERT INTO intakes (jobcentre_id, company_id, kind, channel, description, contact_person, status, assignee_id,
                            received_at, deadline_at, reminder_at, first_contact_at, breached_at)
       VALUES ($1, $2, 'recruitment', 'phone', 'Vi mangler to CNC-operatører', '{"name":"Mette Jensen"}', $3, NULL,
               $4, $5, $4, $6, $7)`,
      [
        jobcentreId,
        companyId,
        contact ? 'contacted' : 'awaiting-contact',
        received,
        deadline,
        contact,
        contactAfterHours === null || contactAfterHours > 24 ? deadline : null,
      ],
    );
  }
}

beforeAll(async () => {
  world = await startWebWorld();
  await seedIntakes(MONTH);
  await seedIntakes(EARLIER);
  ({ headers: lead } = await apiSession(world, DEMO_USERS.lead.email));
});

afterAll(() => stopWebWorld(world));

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** The value cell of a figure's row in one of the captioned tables. */
const cell = (page: Page, table: string, figure: string) =>
  page
    .getByRole('table', { name: table, exact: true })
    .getByRole('row', { name: new RegExp(`^${figure}\\b`) })
    .getByRole('cell')
    .last();
/** The term's definition in the computation's facts. */
const fact = (page: Page, term: string) =>
  page.locator('dl.reports-facts dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
const fileNameOf = (disposition: string) => /filename="?([^";]+)"?/.exec(disposition)?.[1];

describe('the monthly figures page, for the lead', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(20_000);
    await signInAs(world, page, DEMO_USERS.lead.email, '/log-ind?next=/maaltal');
  });

  afterAll(() => page.context().close());

  it('says that last month has not been computed, with a button to compute it', async () => {
    await page.getByRole('heading', { level: 1, name: 'Måltal' }).waitFor();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Måltal' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Måned', { exact: true }).inputValue()).resolves.toBe(MONTH);
    await page.getByText(`Måltallene for ${monthName(MONTH)} er ikke beregnet endnu.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Beregn', exact: true }).waitFor();
    await page.getByText('Ingen af de 12 måneder er beregnet endnu').waitFor();
    await expect(page.getByRole('button', { name: /^Hent/ }).count()).resolves.toBe(0);
    expect((await request(world.url).get(`/api/v1/reports/monthly?month=${MONTH}`).set(lead)).status).toBe(404);
    // The API's 404 for the month not computed is the one thing the browser logs here; nothing else went wrong.
    expect(new Set(errors)).toEqual(
      new Set(['Failed to load resource: the server responded with a status of 404 (Not Found)']),
    );
    errors.length = 0;
    await expectAccessible(page, 'reports-not-computed');
  });

  it('computes the month with the button and shows the new snapshot at once, as the API has it', async () => {
    // The month before is computed through the API, so the 12 months have two.
    expect(
      (await request(world.url).post('/api/v1/reports/monthly/recompute').set(lead).send({ month: EARLIER })).status,
    ).toBe(201);

    await page.getByRole('button', { name: 'Beregn', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: `Måltallene for ${monthName(MONTH)} er beregnet ` });
    await done.waitFor();
    await page.getByRole('button', { name: 'Beregn igen' }).waitFor();

    const latest = await request(world.url).get(`/api/v1/reports/monthly?month=${MONTH}`).set(lead);
    expect(latest.status).toBe(200);
    const snapshot = latest.body;
    expect(snapshot.trigger).toBe('on-demand');
    expect(snapshot.requestedBy.name).toBe(DEMO_USERS.lead.name);
    const { intakes } = snapshot.figures;
    expect(intakes.received).toBeGreaterThanOrEqual(4);
    expect(intakes.breaches.total).toBeGreaterThanOrEqual(2);

    await expect(done.textContent()).resolves.toContain(dateTime(snapshot.computedAt));
    await expect(fact(page, 'Beregnet').textContent()).resolves.toBe(dateTime(snapshot.computedAt));
    await expect(fact(page, 'Anledning').textContent()).resolves.toBe(
      `genberegnet efter ønske af ${DEMO_USERS.lead.name}`,
    );
    await expect(fact(page, 'Data som de stod').textContent()).resolves.toBe(dateTime(snapshot.computedFrom.asOf));
    await expect(fact(page, 'Beregningstid').textContent()).resolves.toMatch(/^\d+(,\d)? (ms|s)$/);

    await expect(cell(page, 'Virksomhedshenvendelser', 'Modtaget').textContent()).resolves.toBe(
      count(intakes.received),
    );
    await expect(cell(page, 'Virksomhedshenvendelser', 'Kontaktet inden for fristen').textContent()).resolves.toBe(
      count(intakes.contactedWithinDeadline),
    );
    await expect(
      cell(page, 'Virksomhedshenvendelser', 'Andel kontaktet inden for fristen').textContent(),
    ).resolves.toBe(share(intakes.withinDeadlineShare));
    await expect(cell(page, 'Fristoverskridelser', 'I alt').textContent()).resolves.toBe(count(intakes.breaches.total));
    await expect(cell(page, 'Placeringer', 'Startet').textContent()).resolves.toBe(
      count(snapshot.figures.placements.started),
    );
    await expect(cell(page, 'Code of Care', 'Medlemmer').textContent()).resolves.toBe(
      count(snapshot.figures.codeOfCare.members),
    );
    await expectAccessible(page, 'reports-computed');
  });

  it('computes it again: the history lists both computations, the latest first', async () => {
    await page.getByRole('button', { name: 'Beregn igen' }).click();
    await page.getByRole('table', { name: `Beregninger af ${monthName(MONTH)}, nyeste først (2)` }).waitFor();
    const history = await request(world.url).get(`/api/v1/reports/monthly/history?month=${MONTH}`).set(lead);
    expect(history.body.items).toHaveLength(2);
    const rows = page
      .getByRole('table', { name: /^Beregninger af / })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.first().getByRole('rowheader').textContent()).resolves.toBe(
      `${dateTime(history.body.items[0].computedAt)} (vises)`,
    );
    await expect(rows.last().getByRole('rowheader').textContent()).resolves.toBe(
      dateTime(history.body.items[1].computedAt),
    );
    await expect(fact(page, 'Beregnet').textContent()).resolves.toBe(dateTime(history.body.items[0].computedAt));
    await expectAccessible(page, 'reports-recomputed');
  });

  it('shows the 12 months as the API’s four charts, each described by its own SVG', async () => {
    const images = page.locator('.reports-chart img');
    await expect(
      images
        .first()
        .waitFor()
        .then(() => images.count()),
    ).resolves.toBe(4);
    for (const name of ['compliance', 'first-contact', 'placements', 'code-of-care']) {
      const svg = await request(world.url)
        .get(`/api/v1/reports/monthly/charts/${name}.svg?to=${MONTH}`)
        .set(lead)
        .buffer(true)
        .parse((response, callback) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => callback(null, text));
        });
      expect(svg.status).toBe(200);
      expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg.body)![1];
      const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg.body)![1];
      const unescape = (text: string) =>
        text
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;|&apos;/g, "'")
          .replace(/&amp;/g, '&');
      const image = page.getByRole('img', { name: `${unescape(title)}. ${unescape(desc)}`, exact: true });
      await image.waitFor();
      // Drawn, and at a chart's size (an SVG with nothing to bound once came out infinitely large).
      const size = await image.evaluate((element: HTMLImageElement) => ({
        complete: element.complete,
        width: element.naturalWidth,
        height: element.naturalHeight,
      }));
      expect(size.complete).toBe(true);
      expect(size.width).toBeGreaterThan(300);
      expect(size.width).toBeLessThan(1200);
      expect(size.height).toBeLessThan(800);
    }
    // The compliance chart names last month's share, as the page's table does.
    const compliance = page.getByRole('img', { name: /^Første kontakt inden for fristen/ });
    const { body: snapshot } = await request(world.url).get(`/api/v1/reports/monthly?month=${MONTH}`).set(lead);
    await expect(compliance.getAttribute('alt')).resolves.toContain(
      share(snapshot.figures.intakes.withinDeadlineShare),
    );
    // The figures behind each chart, for those who cannot see it: two months computed, ten not.
    const behind = page
      .getByRole('group')
      .filter({ hasText: 'Tallene bag diagrammet: første kontakt inden for fristen' });
    await behind.getByText('Tallene bag diagrammet').click();
    await behind.getByRole('row', { name: new RegExp(`^${monthName(MONTH)} `) }).waitFor();
    await expect(behind.getByRole('cell', { name: 'ikke beregnet' }).count()).resolves.toBe(10);
    expect(errors).toEqual([]);
    await expectAccessible(page, 'reports-charts');
  });

  it('downloads the month (XLSX, PDF, CSV) and the 12 months (XLSX, CSV) as the API names them', async () => {
    const { body: snapshot } = await request(world.url).get(`/api/v1/reports/monthly?month=${MONTH}`).set(lead);
    const apiName = async (path: string) =>
      fileNameOf((await request(world.url).get(path).set(lead)).headers['content-disposition']);
    const download = async (button: string) => {
      const event = page.waitForEvent('download');
      await page.getByRole('button', { name: button, exact: true }).click();
      const file = await event;
      await page
        .getByRole('status')
        .filter({ hasText: `Filen ${file.suggestedFilename()} er hentet.` })
        .waitFor();
      return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
    };
    const sheetValue = async (body: Buffer, month: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('Virksomhedshenvendelser')!;
      const column = (sheet.getRow(1).values as unknown[]).indexOf(month);
      let value: unknown;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === 'Modtaget') value = row.getCell(column).value;
      });
      return value;
    };

    const xlsx = await download('Hent Excel (XLSX)');
    expect(xlsx.name).toBe(await apiName(`/api/v1/reports/monthly/export?month=${MONTH}&format=xlsx`));
    expect(xlsx.name).toMatch(new RegExp(`^maaltal-.*${MONTH}\\.xlsx$`));
    await expect(sheetValue(xlsx.body, MONTH)).resolves.toBe(snapshot.figures.intakes.received);

    const pdf = await download('Hent PDF');
    expect(pdf.name).toMatch(new RegExp(`^maaltal-.*${MONTH}\\.pdf$`));
    expect(pdfPageCount(pdf.body)).toBeGreaterThanOrEqual(1);
    expect(pdfText(pdf.body)).toContain('Virksomhedshenvendelser');

    const csv = await download('Hent CSV');
    expect(csv.name).toMatch(new RegExp(`^maaltal-.*${MONTH}\\.csv$`));
    expect(csv.body.toString('utf8')).toContain('Modtaget');

    const series = await download('Hent 12 måneder som Excel (XLSX)');
    expect(series.name).toBe(await apiName(`/api/v1/reports/monthly/series/export?to=${MONTH}&format=xlsx`));
    await expect(sheetValue(series.body, MONTH)).resolves.toBe(snapshot.figures.intakes.received);
    const earlier = await request(world.url).get(`/api/v1/reports/monthly?month=${EARLIER}`).set(lead);
    await expect(sheetValue(series.body, EARLIER)).resolves.toBe(earlier.body.figures.intakes.received);

    const seriesCsv = await download('Hent 12 måneder som CSV');
    expect(seriesCsv.name).toMatch(/\.csv$/);
    expect(seriesCsv.body.toString('utf8')).toContain(EARLIER);
    expect(errors).toEqual([]);
  });

  it('reads in English too, the charts marked as Danish', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Management figures' }).waitFor();
    await expect(
      page
        .locator('dl.reports-facts dt', { hasText: /^Occasion$/ })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).resolves.toBe(`recomputed on request by ${DEMO_USERS.lead.name}`);
    await page.getByRole('table', { name: /^Computations of .*, latest first \(2\)$/ }).waitFor();
    const charts = page.locator('.reports-chart img');
    await expect(charts.evaluateAll((images) => images.map((image) => image.getAttribute('lang')))).resolves.toEqual([
      'da',
      'da',
      'da',
      'da',
    ]);
    await expectAccessible(page, 'reports-english');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Måltal' }).waitFor();
  });

  it('says so when the API refuses the month asked for', async () => {
    await page.goto(`${world.url}/maaltal?maaned=1999-12`);
    await page.getByRole('heading', { level: 1, name: 'Måltal' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Den måned kan ikke vises.' }).first().waitFor();
    await expect(page.getByRole('button', { name: /^Beregn/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'reports-error');
  });
});

describe('for a consultant', () => {
  it('is neither in the menu nor open, and the API refuses the figures', async () => {
    const { page } = await openPage(world);
    await signInAs(world, page, DEMO_USERS.consultant.email);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Måltal' }).count()).resolves.toBe(0);
    await page.goto(`${world.url}/maaltal`);
    await page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    await page.context().close();

    const { headers } = await apiSession(world, DEMO_USERS.consultant.email);
    const api = request(world.url);
    expect((await api.get(`/api/v1/reports/monthly?month=${MONTH}`).set(headers)).status).toBe(403);
    expect((await api.post('/api/v1/reports/monthly/recompute').set(headers).send({ month: MONTH })).status).toBe(403);
    expect((await api.get(`/api/v1/reports/monthly/series?to=${MONTH}`).set(headers)).status).toBe(403);
  });
});
