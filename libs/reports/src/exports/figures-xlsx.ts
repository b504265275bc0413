import ExcelJS from 'exceljs';
import type { MonthlyFigures } from '../monthly/monthly-figures';
import { danishMonth, figureTable, UNIT_NAMES, type FigureUnit } from './figure-table';

/** Excel number formats by unit; Danish Excel shows them with its own separators ("95,3 %", "1.234"). */
export const XLSX_NUMBER_FORMATS: Record<FigureUnit, string> = {
  count: '#,##0',
  share: '0.0%',
  hours: '#,##0.0',
  days: '#,##0.0',
  'hours-per-week': '#,##0.0',
  'per-candidate': '0.00',
};

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * The figures of one month, or of a series of months, as an Excel workbook: a sheet per section with the columns
 * Nøgletal, Opdeling, Enhed and one column per month (headed YYYY-MM), the header row and label columns frozen.
 * Values are numbers with a format for their unit (shares as percentages of 0–1 values); a value that could not be
 * computed is an empty cell.
 */
export async function figuresToXlsx(
  series: MonthlyFigures | MonthlyFigures[],
  options: { jobcentreName?: string; created?: Date } = {},
): Promise<Buffer> {
  const table = figureTable(series);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jobbro';
  workbook.created = options.created ?? new Date();
  const period =
    table.months.length === 1
      ? danishMonth(table.months[0])
      : `${danishMonth(table.months[0])} – ${danishMonth(table.months[table.months.length - 1])}`;
  workbook.title = `Måltal${options.jobcentreName ? ` for ${options.jobcentreName}` : ''}, ${period}`;
  for (const section of table.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.title), {
      views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    });
    sheet.columns = [
      { header: 'Nøgletal', key: 'figure', width: 38 },
      { header: 'Opdeling', key: 'breakdown', width: 28 },
      { header: 'Enhed', key: 'unit', width: 14 },
      ...table.months.map((month) => ({ header: month, key: month, width: 12 })),
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of section.rows) {
      const added = sheet.addRow([row.figure, row.breakdown, UNIT_NAMES[row.unit], ...row.values]);
      table.months.forEach((_, index) => {
        added.getCell(4 + index).numFmt = XLSX_NUMBER_FORMATS[row.unit];
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
