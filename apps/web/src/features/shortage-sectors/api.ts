import type { Schemas } from '../../api/client';
import { currentAccessToken } from '../../api/client';
import { toApiError } from '../../api/errors';

export type ShortagePeriod = Schemas['ShortagePeriodResponse'];
export type CurrentShortage = Schemas['CurrentShortageResponse'];
export type StarImportReport = Schemas['StarImportReportResponse'];
export type SkipReason = Schemas['SkippedRowResponse']['reason'];
export type StarRating = NonNullable<Schemas['OccupationWeightResponse']['starRating']>;

/** Today in Copenhagen as YYYY-MM-DD, the day "current" is asked for. */
export const todayInCopenhagen = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** A weight as typed ("0,5" or "0.5") as a number; anything else is sent as typed, for the API to refuse by field. */
export function weightOf(text: string): number | string {
  const trimmed = text.trim();
  return /^-?[0-9]+([.,][0-9]+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

/** Sends a STAR CSV as text/csv (openapi-fetch sends JSON only); a refusal becomes an ApiError with its fields. */
export async function importStarCsv(file: Blob, query: Record<string, string>): Promise<StarImportReport> {
  const token = await currentAccessToken();
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value.trim() !== ''));
  let response: Response | undefined;
  try {
    response = await fetch(`/api/v1/shortage-sectors/import${search.size > 0 ? `?${search}` : ''}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: file,
    });
  } catch {
    throw toApiError(undefined, null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, body);
  return body as StarImportReport;
}
