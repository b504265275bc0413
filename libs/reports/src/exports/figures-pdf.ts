import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import type { MonthlyFigures } from '../monthly/monthly-figures';
import { danishMonth, figureTable, formatDanish, type FigureRow } from './figure-table';

/**
 * Liberation Sans, embedded (subset) in every report. PDF's 14 standard fonts are not embedded and are written in
 * WinAnsi: æøå come out right, but a character outside it ("≤", "→") is silently written as other bytes, and the
 * letters' look is left to the reader's substitute font. Its licence is beside it (fonts/LICENSE).
 */
export const REPORT_FONTS = {
  regular: join(__dirname, 'fonts', 'LiberationSans-Regular.ttf'),
  bold: join(__dirname, 'fonts', 'LiberationSans-Bold.ttf'),
};

const PAGE = { margin: 50, width: 595.28, height: 841.89 };
const COLUMNS = { figure: 220, breakdown: 175, value: 100 };
const ROW_HEIGHT = 17;

const danishDateTime = (at: Date) =>
  at.toLocaleString('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export interface PdfReportOptions {
  jobcentreName?: string;
  /** When the figures were computed (the snapshot's time), said under the title. */
  computedAt?: Date;
}

/**
 * One month's figures as an A4 report in Danish: a title, a table per section (Nøgletal, Opdeling, Værdi) whose
 * header is repeated when a table goes on over a page break, and "Side n af m" at the foot of every page.
 */
export function figuresToPdf(figures: MonthlyFigures, options: PdfReportOptions = {}): Promise<Buffer> {
  const table = figureTable(figures);
  const title = `Måltal for ${options.jobcentreName ?? 'jobcentret'}, ${danishMonth(figures.month)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: title, Author: 'Jobbro', Subject: `Måltal ${figures.month}`, Creator: 'Jobbro' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', REPORT_FONTS.regular);
  doc.registerFont('bold', REPORT_FONTS.bold);
  const left = PAGE.margin;
  const bottom = PAGE.height - PAGE.margin - 20;

  doc.font('bold').fontSize(18).text(title, left, PAGE.margin);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#444444')
    .text(options.computedAt ? `Beregnet ${danishDateTime(options.computedAt)}.` : 'Beregningstidspunkt ikke oplyst.')
    .fillColor('black');
  let y = doc.y + 14;

  const cells = (texts: [string, string, string], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(10);
    const options = { lineBreak: false, ellipsis: true } as const;
    doc.text(texts[0], left, y + 4, { ...options, width: COLUMNS.figure - 6 });
    doc.text(texts[1], left + COLUMNS.figure, y + 4, { ...options, width: COLUMNS.breakdown - 6 });
    doc.text(texts[2], left + COLUMNS.figure + COLUMNS.breakdown, y + 4, {
      ...options,
      width: COLUMNS.value,
      align: 'right',
    });
  };
  const tableWidth = COLUMNS.figure + COLUMNS.breakdown + COLUMNS.value;
  const header = () => {
    doc.rect(left, y, tableWidth, ROW_HEIGHT).fill('#e8eef6').fillColor('black');
    cells(['Nøgletal', 'Opdeling', 'Værdi'], 'bold');
    y += ROW_HEIGHT;
  };
  const row = (figure: FigureRow) => {
    if (y + ROW_HEIGHT > bottom) {
      doc.addPage();
      y = PAGE.margin;
      header();
    }
    cells([figure.figure, figure.breakdown, formatDanish(figure.values[0], figure.unit)], 'regular');
    y += ROW_HEIGHT;
    doc
      .moveTo(left, y)
      .lineTo(left + tableWidth, y)
      .lineWidth(0.5)
      .strokeColor('#cccccc')
      .stroke();
  };

  for (const section of table.sections) {
    // A section's heading stays with its header row and first rows.
    if (y + 24 + ROW_HEIGHT * 3 > bottom) {
      doc.addPage();
      y = PAGE.margin;
    }
    doc.font('bold').fontSize(13).text(section.title, left, y);
    y = doc.y + 4;
    header();
    if (section.rows.length === 0) {
      cells(['Ingen i måneden', '', ''], 'regular');
      y += ROW_HEIGHT;
    }
    for (const figure of section.rows) row(figure);
    y += 16;
  }

  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    // The foot is inside the bottom margin: without lifting it, pdfkit would start a new page for it.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#444444')
      .text(`Jobbro · ${title}`, left, PAGE.height - PAGE.margin + 10, { lineBreak: false, width: 380 })
      .text(`Side ${index + 1} af ${range.count}`, left + tableWidth - 100, PAGE.height - PAGE.margin + 10, {
        lineBreak: false,
        width: 100,
        align: 'right',
      });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
