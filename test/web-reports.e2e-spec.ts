/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page, Route } from 'playwright-core';
import { figuresToCsv, figuresToPdf, figuresToXlsx, renderMonthlyChart, type MonthlyChartName } from '@jobbro/reports';
import { sampleFigures, sampleSeries } from '../libs/reports/src/exports/figures.fixture';
import { pdfPageCount } from '../libs/reports/src/exports/pdf-inspect';
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
 * The lead's monthly figures page (/maaltal) in a real browser, signed in through the real API. The reports API is
 * written on another branch beside this page, so its endpoints are answered here, in the browser, as planned
 * (GET monthly, POST recompute accepted for the queue, series, charts, exports), with the real exports and charts
 * of libs/reports. At merge these stubs go, and the test arranges a month through the real API instead.
 */

jest.setTimeout(180_000);

let world: WebWorld;

beforeAll(async () => {
  world = await startWebWorld();
});

afterAll(() => stopWebWorld(world));

const previousMonth = () => {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const [year, month] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
};

/** The planned reports API in the browser: one computed month, and a recompute the "queue" finishes a moment later. */
async function stubReportsApi(page: Page, month: string) {
  let snapshot = { id: 'snapshot-1', month, computedAt: `${month}-28T23:00:00.000Z`, trigger: 'scheduled' };
  let recomputedAt = 0;
  const series = sampleSeries(month);
  const json = (route: Route, status: number, body: unknown) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  await page.route('**/api/v1/reports/monthly**', async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.replace('/api/v1/reports/monthly', '');
    if (route.request().method() === 'POST' && path === '/recompute') {
      recomputedAt = Date.now();
      return json(route, 202, { month: JSON.parse(route.request().postData() ?? '{}').month, state: 'queued' });
    }
    if (path === '') {
      if (url.searchParams.get('month') !== month) return json(route, 404, { message: 'Not computed' });
      // The queue finishes the computation a little after it was asked for.
      if (recomputedAt && Date.now() - recomputedAt > 1_000 && snapshot.id === 'snapshot-1')
        snapshot = { id: 'snapshot-2', month, computedAt: new Date().toISOString(), trigger: 'on-demand' };
      return json(route, 200, {
        ...snapshot,
        figures: sampleFigures(month),
        source: { dataUpTo: snapshot.computedAt },
      });
    }
    if (path === '/series')
      return json(
        route,
        200,
        series.map((figures) => ({ month: figures.month, figures })),
      );
    const chart = /^\/charts\/([a-z-]+)\.svg$/.exec(path);
    if (chart)
      return route.fulfill({
        status: 200,
        contentType: 'image/svg+xml',
        body: await renderMonthlyChart(chart[1] as MonthlyChartName, series),
      });
    if (path === '/export') {
      const format = url.searchParams.get('format');
      const body =
        format === 'xlsx'
          ? await figuresToXlsx(sampleFigures(month))
          : format === 'pdf'
            ? await figuresToPdf(sampleFigures(month), { jobcentreName: 'Jobcenter Hedensted' })
            : Buffer.from(figuresToCsv(sampleFigures(month)));
      return route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        headers: { 'Content-Disposition': `attachment; filename="maaltal-${month}.${format}"` },
        body,
      });
    }
    return json(route, 404, { message: 'Not Found' });
  });
}

describe('the monthly figures page', () => {
  const month = previousMonth();
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(15_000);
    await stubReportsApi(page, month);
    await signInAs(world, page, DEMO_USERS.lead.email, '/log-ind?next=/maaltal');
  });

  afterAll(() => page.context().close());

  it('shows the month: when it was computed, its figures in captioned tables and the four charts', async () => {
    await page.getByRole('heading', { level: 1, name: 'Måltal' }).waitFor();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Måltal' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Måned', { exact: true }).inputValue()).resolves.toBe(month);
    await page.getByText(/^Beregnet .* \(automatisk\)\.$/).waitFor();
    const intakes = page.getByRole('table', { name: 'Virksomhedshenvendelser' });
    await expect(
      intakes
        .getByRole('row', { name: /Andel kontaktet inden for fristen/ })
        .getByRole('cell')
        .last()
        .textContent(),
    ).resolves.toBe('95,3 %');
    await page
      .getByRole('table', { name: 'Fristoverskridelser' })
      .getByRole('row', { name: /Søren Ærø/ })
      .waitFor();
    const charts = page.getByRole('img', { name: /^(Linje|Søjle)diagram: / });
    await page
      .getByRole('img', { name: /^Linjediagram: andel med første kontakt inden for fristen, .* 95,5 %\.$/ })
      .waitFor();
    await expect(charts.count()).resolves.toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reports-month');
  });

  it('computes the month again, saying so while it runs and when it is done', async () => {
    await page.getByRole('button', { name: 'Beregn igen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Beregner måltallene for / })
      .waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /er beregnet igen/ })
      .waitFor();
    await page.getByText(/^Beregnet .* \(på forespørgsel\)\.$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('downloads the month as XLSX and PDF that open', async () => {
    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent Excel (XLSX)' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await (await xlsx).path())!)) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Virksomhedshenvendelser')?.getRow(2).getCell(4).value).toBe(1234);
    await page
      .getByRole('status')
      .filter({ hasText: `Filen maaltal-${month}.xlsx er hentet.` })
      .waitFor();
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent PDF' }).click();
    expect(pdfPageCount(await readFile((await (await pdf).path())!))).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('says when a month has not been computed', async () => {
    await page.getByLabel('Måned', { exact: true }).selectOption({ index: 5 });
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByText(/^Måltallene for .* er ikke beregnet endnu\.$/).waitFor();
    await page.getByRole('button', { name: 'Beregn', exact: true }).waitFor();
  });
});

describe('for a consultant', () => {
  it('is not in the menu', async () => {
    const { page } = await openPage(world);
    await signInAs(world, page, DEMO_USERS.consultant.email);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Måltal' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
