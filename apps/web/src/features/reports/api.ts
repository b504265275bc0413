import { currentAccessToken } from '../../api/client';
import { ApiError, toApiError } from '../../api/errors';

/*
 * The monthly figures' endpoints, as planned while the API is written beside this page. Until they are in the
 * committed openapi.json (and so in schema.d.ts and the typed `api` client), this is a small typed client of its
 * own; at merge the types below give way to `Schemas['…']` and the calls to `api.GET`/`api.POST`.
 */

/** A jobcentre's figures for one month: the shape of libs/reports/src/monthly/monthly-figures.ts, as JSON. */
export interface MonthlyFigures {
  jobcentreId: string;
  month: string;
  intakes: {
    received: number;
    contactedWithinDeadline: number;
    withinDeadlineShare: number | null;
    awaitingContact: number;
    hoursToFirstContact: { median: number | null; p90: number | null };
    breaches: {
      total: number;
      byConsultant: { staffMemberId: string | null; name: string; count: number }[];
      byChannel: { channel: string; count: number }[];
      byKind: { kind: string; count: number }[];
    };
  };
  postings: { byKind: { kind: string; opened: number; filled: number; medianDaysToFill: number | null }[] };
  smaajobs: { started: number; hoursPerWeek: number };
  voksenlaerlingStarts: number;
  placements: {
    started: number;
    byTargetGroup: { targetGroup: string; count: number }[];
    ladderStepMoves: { up: number; down: number };
  };
  shortageSectors: { placementsIntoShortageSectors: number; candidatesWhoChangedSector: number };
  codeOfCare: {
    members: number;
    activeMembers: number;
    goal: { target: number; counts: 'members' | 'active-members'; year: number } | null;
  };
  cooperation: { knownCompanies: number; cooperatingCompanies: number; share: number | null };
  consultantChanges: { changes: number; candidatesAffected: number; perCandidate: number | null };
}

/** A stored, immutable computation of one month: when, why ('scheduled' on the 1st or 'on-demand'), from what. */
export interface MonthlySnapshot {
  id: string;
  month: string;
  computedAt: string;
  trigger: string;
  figures: MonthlyFigures;
  /** What the figures were computed from (free-form from the API: e.g. data up to, code version). */
  source: unknown;
}

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CHART_NAMES = ['compliance', 'first-contact', 'placements', 'code-of-care'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

const BASE = '/api/v1/reports/monthly';
const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** A request with the session's token; an ApiError for anything but a 2xx (status 0 when the API is unreachable). */
async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await currentAccessToken();
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'The API could not be reached');
  }
  if (!response.ok) throw toApiError(response, await response.json().catch(() => null));
  return response;
}

/** The month's latest snapshot, or null when the month has not been computed (the API answers 404). */
export async function getMonthly(month: string): Promise<MonthlySnapshot | null> {
  try {
    return (await (await send(`${BASE}?month=${encodeURIComponent(month)}`)).json()) as MonthlySnapshot;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Asks the API to compute the month again. It may answer with the new snapshot (done at once) or only accept the
 * work (202, computed by the queue): `snapshot` is then null and the page polls `getMonthly` until it is newer.
 */
export async function recomputeMonthly(month: string): Promise<{ snapshot: MonthlySnapshot | null }> {
  const response = await send(`${BASE}/recompute`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ month }),
  });
  const body = (await response.json().catch(() => null)) as Partial<MonthlySnapshot> | null;
  return { snapshot: body && body.figures ? (body as MonthlySnapshot) : null };
}

/** The 12 months up to `to`: each month's figures, oldest first (months never computed are left out). */
export async function getSeries(to: string): Promise<MonthlyFigures[]> {
  const body = (await (await send(`${BASE}/series?to=${encodeURIComponent(to)}`)).json()) as
    (MonthlySnapshot | MonthlyFigures)[] | { items: (MonthlySnapshot | MonthlyFigures)[] };
  const items = Array.isArray(body) ? body : body.items;
  return items.map((item) => ('figures' in item ? item.figures : item));
}

/**
 * One chart of the 12 months up to `to`, as a data: URL for an <img> (the page's CSP allows data: images, not
 * blob:, and an <img> keeps the chart's own markup out of the page's accessibility tree; the alt text speaks).
 */
export async function getChartUrl(name: ChartName, to: string): Promise<string> {
  const response = await send(`${BASE}/charts/${name}.svg?to=${encodeURIComponent(to)}`, {
    headers: { Accept: 'image/svg+xml' },
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await response.text())}`;
}

/** The file name a Content-Disposition header gives, or the fallback. */
const fileName = (disposition: string | null, fallback: string) =>
  /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '')?.[1] ?? fallback;

/** Downloads the month's figures in a format, named as the API names the file; returns the name. */
export async function downloadExport(month: string, format: ExportFormat): Promise<string> {
  const response = await send(`${BASE}/export?month=${encodeURIComponent(month)}&format=${format}`, {
    headers: { Accept: MEDIA_TYPES[format] },
  });
  const name = decodeURIComponent(fileName(response.headers.get('Content-Disposition'), `maaltal-${month}.${format}`));
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob is let go.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
