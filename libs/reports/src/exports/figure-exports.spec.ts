import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { parse } from 'csv-parse/sync';
import { figureTable, formatDanish } from './figure-table';
import { figuresToCsv } from './figures-csv';
import { figuresToPdf } from './figures-pdf';
import { figuresToXlsx, XLSX_NUMBER_FORMATS } from './figures-xlsx';
import { sampleFigures, sampleSeries } from './figures.fixture';
import { pdfPageCount, pdfText } from './pdf-inspect';

describe('figure table', () => {
  it('labels every figure in Danish, section by section', () => {
    const table = figureTable(sampleFigures());
    expect(table.months).toEqual(['2026-10']);
    expect(table.sections.map((section) => section.title)).toEqual([
      'Virksomhedshenvendelser',
      'Fristoverskridelser',
      'Opslag',
      'Småjob og voksenlærlinge',
      'Placeringer',
      'Mangelområder',
      'Code of Care',
      'Samarbejdsgrad',
      'Konsulentskift',
    ]);
    const breaches = table.sections[1].rows.map((row) => [row.figure, row.breakdown, row.values[0]]);
    expect(breaches).toEqual([
      ['I alt', '', 55],
      ['Pr. konsulent', 'Søren Ærø', 40],
      ['Pr. konsulent', 'Ikke tildelt', 15],
      ['Pr. kanal', 'Telefon', 30],
      ['Pr. kanal', 'E-mail', 25],
      ['Pr. henvendelsestype', 'Småjob', 55],
    ]);
  });

  it('lines a series up by figure, with null for a month without that breakdown part', () => {
    const [first, second] = sampleSeries().slice(0, 2);
    second.intakes.breaches.byConsultant = [{ staffMemberId: 'x', name: 'Ny Konsulent', count: 2 }];
    const table = figureTable([first, second]);
    const consultants = table.sections[1].rows.filter((row) => row.figure === 'Pr. konsulent');
    expect(consultants.map((row) => [row.breakdown, row.values])).toEqual([
      ['Søren Ærø', [40, null]],
      ['Ikke tildelt', [15, null]],
      ['Ny Konsulent', [null, 2]],
    ]);
  });

  it('writes values the Danish way', () => {
    expect(formatDanish(1234, 'count')).toBe('1.234');
    expect(formatDanish(0.953, 'share')).toBe('95,3 %');
    expect(formatDanish(4.25, 'hours')).toBe('4,3');
    expect(formatDanish(1.3333, 'per-candidate')).toBe('1,33');
    expect(formatDanish(null, 'share')).toBe('–');
  });
});

describe('CSV export', () => {
  it('is a row per figure with Danish headers, for Danish Excel (";", decimal comma, byte order mark)', () => {
    const csv = figuresToCsv(sampleFigures());
    expect(csv.startsWith('\uFEFFMåned;Afsnit;Nøgletal;Opdeling;Værdi;Enhed\r\n')).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toContainEqual({
      Måned: '2026-10',
      Afsnit: 'Virksomhedshenvendelser',
      Nøgletal: 'Andel kontaktet inden for fristen',
      Opdeling: '',
      Værdi: '0,953',
      Enhed: 'andel',
    });
    expect(rows).toContainEqual(
      expect.objectContaining({ Nøgletal: 'Tid til besættelse, median', Opdeling: 'Voksenlærling', Værdi: '' }),
    );
    expect(rows).toHaveLength(figureTable(sampleFigures()).sections.flatMap((section) => section.rows).length);
  });

  it('parses back, month by month, in the plain dialect', () => {
    const series = sampleSeries();
    const rows = parse(figuresToCsv(series, 'plain'), { columns: true }) as Record<string, string>[];
    const received = rows.filter((row) => row.Nøgletal === 'Modtaget');
    expect(received.map((row) => [row.Måned, Number(row.Værdi)])).toEqual(
      series.map((month) => [month.month, month.intakes.received]),
    );
    const share = rows.find((row) => row.Måned === series[1].month && row.Nøgletal === 'Samarbejdsgrad');
    expect(Number(share?.Værdi)).toBe(0.231);
  });
});

/** exceljs types its input as its own Buffer interface, which Node's Buffer no longer matches in TypeScript. */
const asExcelBuffer = (buffer: Buffer) => buffer as unknown as ExcelJS.Buffer;

describe('XLSX export', () => {
  it('parses back: a sheet per section, the figures as numbers with formats, the header frozen', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelBuffer(await figuresToXlsx(sampleFigures(), { jobcentreName: 'Jobcenter X' })));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      figureTable(sampleFigures()).sections.map((section) => section.title),
    );
    const intakes = workbook.getWorksheet('Virksomhedshenvendelser')!;
    expect(intakes.getRow(1).values).toEqual([undefined, 'Nøgletal', 'Opdeling', 'Enhed', '2026-10']);
    expect(intakes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    const byFigure = new Map<string, ExcelJS.Cell>();
    intakes.eachRow((row, index) => index > 1 && byFigure.set(String(row.getCell(1).value), row.getCell(4)));
    expect(byFigure.get('Modtaget')?.value).toBe(1234);
    expect(byFigure.get('Andel kontaktet inden for fristen')?.value).toBe(0.953);
    expect(byFigure.get('Andel kontaktet inden for fristen')?.numFmt).toBe(XLSX_NUMBER_FORMATS.share);
    expect(byFigure.get('Tid til første kontakt, median')?.value).toBe(4.25);
    expect(byFigure.get('Tid til første kontakt, median')?.numFmt).toBe(XLSX_NUMBER_FORMATS.hours);
    const postings = workbook.getWorksheet('Opslag')!;
    expect(postings.getRow(7).values).toEqual([undefined, 'Tid til besættelse, median', 'Voksenlærling', 'dage']);
  });

  it('puts a series in a column per month', async () => {
    const series = sampleSeries();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelBuffer(await figuresToXlsx(series)));
    const codeOfCare = workbook.getWorksheet('Code of Care')!;
    expect((codeOfCare.getRow(1).values as unknown[]).slice(4)).toEqual(series.map((month) => month.month));
    expect((codeOfCare.getRow(2).values as unknown[]).slice(4)).toEqual(series.map((m) => m.codeOfCare.members));
  });
});

describe('PDF export', () => {
  it('is an A4 report with pages, in Danish, with the key figures', async () => {
    const pdf = await figuresToPdf(sampleFigures(), {
      jobcentreName: 'Jobcenter Hedensted',
      computedAt: new Date('2026-11-01T01:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    expect(text).toContain('Måltal for Jobcenter Hedensted, oktober 2026');
    expect(text).toContain('Beregnet 1. november 2026 kl. 02.00.');
    for (const line of [
      'Andel kontaktet inden for fristen',
      '95,3 %',
      'Søren Ærø',
      '1.234',
      'Samarbejdsgrad',
      '23,1 %',
    ])
      expect(text).toContain(line);
    expect(text).toContain(`Side ${pages} af ${pages}`);
  });

  it('goes on over page breaks, repeating the table header, and numbers every page', async () => {
    const figures = sampleFigures();
    figures.intakes.breaches.byConsultant = Array.from({ length: 80 }, (_, index) => ({
      staffMemberId: String(index),
      name: `Konsulent ${index + 1}`,
      count: 1,
    }));
    const pdf = await figuresToPdf(figures);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf);
    expect(text).toContain('Konsulent 80');
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Side ${page} af ${pages}`);
    expect(text.split('\n').filter((line) => line === 'Nøgletal').length).toBeGreaterThan(9);
  });
});

describe("pdfkit's standard fonts, and why the report embeds its own", () => {
  const helvetica = (text: string) =>
    new Promise<string>((resolve) => {
      const doc = new PDFDocument({ compress: false });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => {
        const array = /\[([^\]]*)\] TJ/.exec(Buffer.concat(chunks).toString('latin1'))![1];
        resolve([...array.matchAll(/<([0-9a-f]*)>/g)].map((match) => match[1]).join(''));
      });
      doc.font('Helvetica').text(text);
      doc.end();
    });

  it('write æøå in WinAnsi, but garble a character outside it (≤ becomes two other bytes)', async () => {
    expect(await helvetica('æøåÆØÅ')).toBe('e6f8e5c6d8c5');
    expect(await helvetica('≤')).toBe('2264');
  });
});
