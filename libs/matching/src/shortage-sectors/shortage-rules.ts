/** A calendar date as 'YYYY-MM-DD'; periods are whole days, both ends included. */
export const CALENDAR_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30), from 1970 on. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value) || value < '1970-01-01') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface DateSpan {
  validFrom: string;
  validTo: string;
}

/** Two periods overlap when they share a day (both ends are included). */
export const spansOverlap = (a: DateSpan, b: DateSpan): boolean => a.validFrom <= b.validTo && b.validFrom <= a.validTo;

export const spanCovers = (span: DateSpan, date: string): boolean => span.validFrom <= date && date <= span.validTo;

/** The first period of `others` that shares a day with `span`, if any. */
export function firstOverlap<T extends DateSpan>(span: DateSpan, others: readonly T[]): T | null {
  return others.find((other) => spansOverlap(span, other)) ?? null;
}

/** The half-year of STAR's Arbejdsmarkedsbalancen a date falls in: January's edition covers Jan–Jun, July's Jul–Dec. */
export interface HalfYear extends DateSpan {
  year: number;
  half: 1 | 2;
}

export function halfYear(year: number, half: 1 | 2): HalfYear {
  return half === 1
    ? { year, half, validFrom: `${year}-01-01`, validTo: `${year}-06-30` }
    : { year, half, validFrom: `${year}-07-01`, validTo: `${year}-12-31` };
}

export const halfYearOf = (date: string): HalfYear =>
  halfYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) <= 6 ? 1 : 2);

const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * The half-year a `periode` cell names: `2026-01` or `2026-07` (the month of the edition; any month names its
 * half), `2026H1` / `2026-H2`, `2026 1. halvår`, `1. halvår 2026`, `januar 2026` / `juli 2026`. Null otherwise.
 */
export function parsePeriode(text: string): HalfYear | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const yearOk = (year: number) => year >= 1970 && year <= 9999;
  let match = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (match && yearOk(Number(match[1]))) return halfYear(Number(match[1]), Number(match[2]) <= 6 ? 1 : 2);
  match = /^([0-9]{4}) ?-? ?h([12])$/.exec(value);
  if (match && yearOk(Number(match[1]))) return halfYear(Number(match[1]), Number(match[2]) as 1 | 2);
  match = /^([0-9]{4}),? ([12])\. ?halvår$/.exec(value) ?? /^([12])\. ?halvår ([0-9]{4})$/.exec(value);
  if (match) {
    const [year, half] = /^[0-9]{4}$/.test(match[1]) ? [match[1], match[2]] : [match[2], match[1]];
    if (yearOk(Number(year))) return halfYear(Number(year), Number(half) as 1 | 2);
  }
  match = /^([a-zæøå]+) ([0-9]{4})$/.exec(value);
  const month = match ? MONTH_NAMES.indexOf(match[1]) : -1;
  if (match && month >= 0 && yearOk(Number(match[2]))) return halfYear(Number(match[2]), month < 6 ? 1 : 2);
  return null;
}

/** The name a period imported from STAR gets unless the importer gives one. */
export const starPeriodName = (period: HalfYear, rarArea: string): string =>
  `Arbejdsmarkedsbalancen ${period.year}, ${period.half}. halvår – ${rarArea}`;

/** STAR's four ratings of an occupation in an RAR area. */
export const STAR_RATINGS = ['mangel', 'paradoks', 'gode', 'mindre-gode'] as const;
export type StarRating = (typeof STAR_RATINGS)[number];

/** The weight each rating gives an occupation; null: not a shortage, not stored. */
export const STAR_RATING_WEIGHTS: Record<StarRating, number | null> = {
  mangel: 1,
  paradoks: 0.5,
  gode: null,
  'mindre-gode': null,
};

/**
 * A rating as STAR words it ("Mangel på arbejdskraft", "Paradoksproblemer", "Gode beskæftigelsesmuligheder",
 * "Mindre gode beskæftigelsesmuligheder") or in short ("mangel", "paradoks", "gode", "mindre gode"); null otherwise.
 */
export function parseStarRating(text: string): StarRating | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === 'mangel' || value === 'mangel på arbejdskraft') return 'mangel';
  if (value === 'paradoks' || value === 'paradoksproblemer' || value === 'paradoksproblem') return 'paradoks';
  if (value === 'gode' || value === 'gode beskæftigelsesmuligheder') return 'gode';
  if (value === 'mindre gode' || value === 'mindre-gode' || value === 'mindre gode beskæftigelsesmuligheder')
    return 'mindre-gode';
  return null;
}
