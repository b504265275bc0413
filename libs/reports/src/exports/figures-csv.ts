import { stringify } from 'csv-stringify/sync';
import type { MonthlyFigures } from '../monthly/monthly-figures';
import { figureTable, UNIT_NAMES } from './figure-table';

/**
 * excel-da: what Danish Excel opens by a double click: ";" between fields, decimal comma, a UTF-8 byte order mark
 * (so æøå survive), as every CSV export of Jobbro. plain: RFC 4180 for programs: "," and decimal point, no mark.
 */
export type CsvDialect = 'excel-da' | 'plain';

/** The header row, in Danish. */
export const CSV_COLUMNS = ['Måned', 'Afsnit', 'Nøgletal', 'Opdeling', 'Værdi', 'Enhed'] as const;

/**
 * The figures of one month, or of a series of months, as CSV: one row per figure (and breakdown part) per month,
 * with its month, section, figure, breakdown, value and unit. Shares are 0–1, as in the figures; a value that could
 * not be computed (nothing to divide by) is an empty field.
 */
export function figuresToCsv(series: MonthlyFigures | MonthlyFigures[], dialect: CsvDialect = 'excel-da'): string {
  const table = figureTable(series);
  const decimal = (value: number) => (dialect === 'excel-da' ? String(value).replace('.', ',') : String(value));
  const records: Record<(typeof CSV_COLUMNS)[number], string>[] = [];
  table.months.forEach((month, index) => {
    for (const section of table.sections)
      for (const row of section.rows) {
        const value = row.values[index];
        records.push({
          Måned: month,
          Afsnit: section.title,
          Nøgletal: row.figure,
          Opdeling: row.breakdown,
          Værdi: value === null ? '' : decimal(value),
          Enhed: UNIT_NAMES[row.unit],
        });
      }
  });
  return stringify(records, {
    header: true,
    columns: [...CSV_COLUMNS],
    delimiter: dialect === 'excel-da' ? ';' : ',',
    bom: dialect === 'excel-da',
    record_delimiter: dialect === 'excel-da' ? 'windows' : 'unix',
  });
}
