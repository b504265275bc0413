import { invalidField } from '@jobbro/platform';
import {
  isCalendarDate,
  parsePeriode,
  parseStarRating,
  STAR_RATING_WEIGHTS,
  starPeriodName,
  type DateSpan,
  type HalfYear,
  type StarRating,
} from './shortage-rules';

/**
 * The columns of a STAR Arbejdsmarkedsbalancen file as Jobbro reads it: one row per RAR area and occupation (STAR's
 * occupation code, DISCO-08 based, and its title) with the occupation's rating in that area for the half-year.
 */
export const STAR_CSV_COLUMNS = ['rar_omraade', 'periode', 'stillingsbetegnelse', 'star_kode', 'vurdering'] as const;
export const STAR_CSV_REQUIRED = ['rar_omraade', 'star_kode', 'vurdering'] as const;

export const SKIP_REASONS = ['unknown-star-code', 'other-area', 'not-shortage', 'bad-rating', 'bad-row'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedRow {
  line: number;
  reason: SkipReason;
  message: string;
}

export interface StarCsvRow {
  line: number;
  values: Record<string, string>;
}

export interface ImportedOccupation {
  code: string;
  weight: number;
  starRating: StarRating;
  starCode: string;
}

export interface StarImportOptions {
  rarArea?: string;
  validFrom?: string;
  validTo?: string;
  name?: string;
}

export interface StarImportPlan extends DateSpan {
  name: string;
  rarArea: string;
  /** Rows read, the header not counted (rows the parser could not read included). */
  rows: number;
  occupations: ImportedOccupation[];
  skipped: SkippedRow[];
}

const areaKey = (area: string): string =>
  area
    .trim()
    .toLowerCase()
    .replace(/^rar\s+/, '')
    .replace(/\s+/g, ' ');

/**
 * What a STAR file means for one RAR area: the occupations in shortage with their weights (mangel 1, paradoks 0.5),
 * and every row left out with its line and why. A STAR code maps to the ESCO occupations that carry it
 * (`occupations.star_codes`); an occupation named by several rows keeps its strongest rating. A file that cannot
 * make a period (no such area, several areas and none chosen, no readable period) is a 400 naming the field.
 */
export function planStarImport(
  rows: readonly StarCsvRow[],
  unreadable: readonly SkippedRow[],
  occupationsOf: (starCode: string) => readonly string[],
  options: StarImportOptions,
): StarImportPlan {
  const skipped: SkippedRow[] = [...unreadable];
  const areas = new Map<string, string>();
  for (const row of rows) {
    const area = row.values.rar_omraade ?? '';
    if (area.trim() !== '' && !areas.has(areaKey(area))) areas.set(areaKey(area), area.trim());
  }
  const rarArea = chooseArea(areas, options.rarArea);
  const chosen = areaKey(rarArea);

  const inArea: StarCsvRow[] = [];
  for (const row of rows) {
    const area = (row.values.rar_omraade ?? '').trim();
    if (area === '') skipped.push({ line: row.line, reason: 'bad-row', message: 'rar_omraade is empty' });
    else if (areaKey(area) !== chosen)
      skipped.push({ line: row.line, reason: 'other-area', message: `${area} is not ${rarArea}` });
    else inArea.push(row);
  }
  const span = choosePeriod(inArea, options);

  const occupations = new Map<string, ImportedOccupation>();
  for (const row of inArea) {
    if (span.badPeriode.has(row.line)) {
      skipped.push({
        line: row.line,
        reason: 'bad-row',
        message: `periode "${(row.values.periode ?? '').trim().slice(0, 30)}" is not the file's half-year`,
      });
      continue;
    }
    const ratingText = (row.values.vurdering ?? '').trim();
    const rating = parseStarRating(ratingText);
    const title = (row.values.stillingsbetegnelse ?? '').trim();
    const starCode = (row.values.star_kode ?? '').trim();
    const what = title ? `${title} (${starCode || 'no code'})` : starCode || 'the row';
    if (!rating) {
      skipped.push({
        line: row.line,
        reason: 'bad-rating',
        message:
          `vurdering "${ratingText.slice(0, 60)}" is not one of Mangel på arbejdskraft, Paradoksproblemer, ` +
          'Gode beskæftigelsesmuligheder, Mindre gode beskæftigelsesmuligheder',
      });
      continue;
    }
    const weight = STAR_RATING_WEIGHTS[rating];
    if (weight === null) {
      skipped.push({ line: row.line, reason: 'not-shortage', message: `${what}: ${ratingText} is not a shortage` });
      continue;
    }
    const codes = starCode === '' ? [] : occupationsOf(starCode);
    if (codes.length === 0) {
      skipped.push({
        line: row.line,
        reason: 'unknown-star-code',
        message: `star_kode "${starCode.slice(0, 30)}" maps to no ESCO occupation${title ? ` (${title})` : ''}`,
      });
      continue;
    }
    for (const code of codes) {
      const known = occupations.get(code);
      if (!known || known.weight < weight) occupations.set(code, { code, weight, starRating: rating, starCode });
    }
  }
  skipped.sort((a, b) => a.line - b.line);
  return {
    name: options.name?.trim() || span.name(rarArea),
    rarArea,
    validFrom: span.validFrom,
    validTo: span.validTo,
    rows: rows.length + unreadable.length,
    occupations: [...occupations.values()].sort((a, b) => a.code.localeCompare(b.code)),
    skipped,
  };
}

function chooseArea(areas: Map<string, string>, wanted: string | undefined): string {
  const listed = [...areas.values()].join(', ');
  if (wanted !== undefined) {
    const found = areas.get(areaKey(wanted));
    if (!found)
      throw invalidField(
        'rarArea',
        areas.size === 0
          ? 'The file has no rows with an RAR area'
          : `The file has no rows for RAR area "${wanted.slice(0, 60)}"; its areas are: ${listed}`,
      );
    return found;
  }
  if (areas.size === 0) throw invalidField('file', 'The file has no rows with an RAR area (rar_omraade)');
  if (areas.size > 1)
    throw invalidField('rarArea', `The file holds ${areas.size} RAR areas; choose one with rarArea: ${listed}`);
  return [...areas.values()][0];
}

interface ChosenPeriod extends DateSpan {
  name: (area: string) => string;
  /** Lines whose periode cell names no half-year: left out, as the rest of the area's rows agree on one. */
  badPeriode: ReadonlySet<number>;
}

function choosePeriod(rows: readonly StarCsvRow[], options: StarImportOptions): ChosenPeriod {
  if (options.validFrom !== undefined || options.validTo !== undefined) {
    if (options.validFrom === undefined || options.validTo === undefined)
      throw invalidField(options.validFrom === undefined ? 'validFrom' : 'validTo', 'Give both validFrom and validTo');
    const { validFrom, validTo } = options;
    if (validFrom > validTo) throw invalidField('validTo', 'validTo must be on or after validFrom');
    return {
      validFrom,
      validTo,
      name: (area) => `Arbejdsmarkedsbalancen ${validFrom} – ${validTo} – ${area}`,
      badPeriode: new Set(),
    };
  }
  const periods = new Map<string, HalfYear>();
  const badPeriode = new Set<number>();
  for (const row of rows) {
    const period = parsePeriode(row.values.periode ?? '');
    if (period) periods.set(period.validFrom, period);
    else badPeriode.add(row.line);
  }
  if (periods.size === 0)
    throw invalidField(
      'periode',
      'The file names no half-year for the area: write periode as 2026-01 (the January edition: January to June) ' +
        'or 2026-07 (July to December), or give validFrom and validTo',
    );
  if (periods.size > 1)
    throw invalidField(
      'periode',
      `The area's rows name ${periods.size} half-years (from ${[...periods.keys()].join(', ')}): ` +
        'import one at a time, or give validFrom and validTo',
    );
  const period = [...periods.values()][0];
  return {
    validFrom: period.validFrom,
    validTo: period.validTo,
    name: (area) => starPeriodName(period, area),
    badPeriode,
  };
}

export const validDateOption = (field: string, value: string | undefined): void => {
  if (value !== undefined && !isCalendarDate(value))
    throw invalidField(field, `${field} must be a calendar date, YYYY-MM-DD`);
};
