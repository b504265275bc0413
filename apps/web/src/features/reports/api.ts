import { api, currentAccessToken, type Schemas } from '../../api/client';
import { toApiError, unwrap } from '../../api/errors';
import { saveDownload } from '../../ui/downloadCsv';

export type MonthlySnapshot = Schemas['MonthlySnapshotResponse'];
export type MonthlyFigures = Schemas['MonthlyFiguresResponse'];
export type SnapshotTrigger = MonthlySnapshot['trigger'];
export type SeriesMonth = Schemas['SeriesMonth'];

export const MONTH_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type MonthExportFormat = (typeof MONTH_EXPORT_FORMATS)[number];
export const SERIES_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type SeriesExportFormat = (typeof SERIES_EXPORT_FORMATS)[number];
export const CHART_NAMES = ['compliance', 'first-contact', 'placements', 'code-of-care'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

const BASE = '/api/v1/reports/monthly';

/** The month's latest snapshot, or null when the month has not been computed (the API answers 404 then). */
export async function getMonthly(month: string): Promise<MonthlySnapshot | null> {
  const call = api.GET('/api/v1/reports/monthly', { params: { query: { month } } });
  const { response } = await call.catch(() => ({ response: null }));
  if (response?.status === 404) return null;
  return unwrap(call);
}

/** Computes the month now (the API answers 201 with the new snapshot, which is at once the month's latest). */
export const recomputeMonthly = (month: string) =>
  unwrap(api.POST('/api/v1/reports/monthly/recompute', { body: { month } }));

/** Every snapshot of the month, the latest first. */
export const getHistory = async (month: string) =>
  (await unwrap(api.GET('/api/v1/reports/monthly/history', { params: { query: { month } } }))).items;

/** The 12 months ending with `to`, oldest first, each with its latest snapshot or null. */
export const getSeries = async (to: string) =>
  (await unwrap(api.GET('/api/v1/reports/monthly/series', { params: { query: { to } } }))).months;

/** A request with the session's token for what the typed client cannot hand over (an image, a file). */
async function fetchWithToken(url: string, accept: string): Promise<Response> {
  const token = await currentAccessToken();
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: accept, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      credentials: 'same-origin',
    });
  } catch {
    throw toApiError(undefined, null);
  }
  if (!response.ok) throw toApiError(response, await response.json().catch(() => null));
  return response;
}

export interface Chart {
  /** A data: URL for an <img> (the page's CSP allows data: images, not blob:). */
  url: string;
  /** The chart's own <title> and <desc> (Danish), which the <img>'s alt text repeats. */
  title: string;
  desc: string;
}

/** The chart's title and description from its SVG source. */
export function chartText(svg: string): { title: string; desc: string } {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const text = (name: string) => document.querySelector(`svg > ${name}`)?.textContent?.trim() ?? '';
  return { title: text('title'), desc: text('desc') };
}

/**
 * One of the API's charts of the 12 months up to `to`. As an <img> the chart's own markup stays out of the page's
 * accessibility tree; its alt text is what the SVG says of itself.
 */
export async function getChart(name: ChartName, to: string): Promise<Chart> {
  const response = await fetchWithToken(`${BASE}/charts/${name}.svg?${new URLSearchParams({ to })}`, 'image/svg+xml');
  const svg = await response.text();
  return { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, ...chartText(svg) };
}

const MEDIA_TYPES: Record<MonthExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Fetches a file with the session's token and saves it as a download named as the API names it; returns the name. */
async function download(url: string, format: MonthExportFormat, fallbackName: string): Promise<string> {
  return saveDownload(await fetchWithToken(url, MEDIA_TYPES[format]), fallbackName);
}

/** The month's latest snapshot as CSV, XLSX or PDF. */
export const downloadMonth = (month: string, format: MonthExportFormat) =>
  download(`${BASE}/export?${new URLSearchParams({ month, format })}`, format, `maaltal-${month}.${format}`);

/** The 12 months ending with `to` as one CSV or XLSX file. */
export const downloadSeries = (to: string, format: SeriesExportFormat) =>
  download(
    `${BASE}/series/export?${new URLSearchParams({ to, format })}`,
    format,
    `maaltal-12-maaneder-${to}.${format}`,
  );
