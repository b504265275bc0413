import { parse, type CsvError, type Info } from 'csv-parse';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { invalidFields } from '@jobbro/platform';

/** A field longer than this is not data a person typed: the row is refused, the rest of the file read on. */
export const MAX_FIELD_CHARACTERS = 10_000;
/** A row longer than this cannot be read on from: the parser gives up on it (and may lose the rows it swallowed). */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Far longer than any header of known columns. */
const MAX_HEADER_LENGTH = 2000;

export interface CsvRecord {
  /** The line of the file the row ends on (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvRowError {
  line: number;
  /** The column, or "row" for the row as a whole. */
  field: string;
  message: string;
}

export interface CsvFormat {
  /** The columns every row must have; a header without one is refused before any row is read. */
  required: readonly string[];
  /** Every column the file may have. */
  columns: readonly string[];
}

/** `;` (as Danish Excel writes CSV) or `,`, whichever the header line has more of (`;` on a tie). */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(';') > 0 && count(';') >= count(',') ? ';' : ',';
}

/** Holds back the stream until it has the first line (or the end), to pick the delimiter from the header. */
class HeaderSniffer extends Transform {
  private buffered: Buffer[] = [];
  private size = 0;
  private header: Promise<string>;
  private resolveHeader!: (header: string) => void;
  private passing = false;

  constructor() {
    super();
    this.header = new Promise((resolve) => (this.resolveHeader = resolve));
  }

  firstLine(): Promise<string> {
    return this.header;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.passing) return done(null, chunk);
    this.buffered.push(chunk);
    this.size += chunk.length;
    const text = Buffer.concat(this.buffered).toString('utf8');
    const end = text.search(/\r?\n/);
    if (end >= 0 || this.size > MAX_RECORD_BYTES) this.release(end >= 0 ? text.slice(0, end) : text);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (!this.passing) this.release(Buffer.concat(this.buffered).toString('utf8'));
    done();
  }

  private release(header: string): void {
    this.passing = true;
    this.resolveHeader(header.replace(/^\uFEFF/, ''));
    this.push(Buffer.concat(this.buffered));
    this.buffered = [];
  }
}

/**
 * The rows of a CSV file with a header row, as they stream in (UTF-8 with or without a byte order mark, `;` or `,`).
 * The header is checked first: an empty file, a missing required column or an unknown column is a 400 naming it.
 * A row the parser cannot read (a wrong number of fields, an unclosed quote, a field too long) is reported by line
 * through `onBadRow` and skipped.
 */
export async function* csvRecords(
  input: Readable,
  format: CsvFormat,
  onBadRow: (error: CsvRowError) => void,
): AsyncGenerator<CsvRecord> {
  const sniffer = new HeaderSniffer();
  input.on('error', (error) => sniffer.destroy(error));
  input.pipe(sniffer);
  const headerLine = await Promise.race([
    sniffer.firstLine(),
    new Promise<never>((_resolve, reject) => sniffer.once('error', reject)),
  ]);
  const delimiter = detectDelimiter(headerLine);
  const columns = headerLine.split(delimiter).map((column) => column.trim().replace(/^"(.*)"$/, '$1'));
  if (headerLine.trim() === '') {
    input.unpipe(sniffer);
    input.resume();
    throw invalidFields([{ field: 'file', messages: ['The file is empty: it must start with a header row'] }]);
  }
  if (headerLine.length > MAX_HEADER_LENGTH) {
    input.unpipe(sniffer);
    input.resume();
    throw invalidFields([
      { field: 'header', messages: [`The header row is longer than ${MAX_HEADER_LENGTH} characters`] },
    ]);
  }
  const missing = format.required.filter((column) => !columns.includes(column));
  const unknown = columns.filter((column) => !format.columns.includes(column));
  if (missing.length > 0 || unknown.length > 0) {
    input.unpipe(sniffer);
    input.resume();
    throw invalidFields([
      ...missing.map((column) => ({ field: column, messages: [`The header has no ${column} column; it is required`] })),
      ...unknown.map((column) => ({
        field: column,
        messages: [
          `${column.slice(0, 100)} is not a column of this import; the columns are ${format.columns.join(', ')}`,
        ],
      })),
    ]);
  }
  const parser = parse({
    bom: true,
    delimiter,
    columns: true,
    info: true,
    trim: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  // The parser may report one row more than once as it reads on through it.
  let lastSkipped = -1;
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    const line = error.lines ?? 0;
    if (line === lastSkipped) return;
    lastSkipped = line;
    onBadRow({ line, field: 'row', message: describe(error) });
  });
  sniffer.on('error', (error) => parser.destroy(error));
  sniffer.pipe(parser);
  for await (const { info, record } of parser as AsyncIterable<{ info: Info; record: Record<string, string> }>) {
    const tooLong = Object.keys(record).find((column) => record[column].length > MAX_FIELD_CHARACTERS);
    // Bytes that are not UTF-8 (a file saved as Windows-1252, say) decode to U+FFFD: refused, not stored garbled.
    const notUtf8 = Object.keys(record).find((column) => record[column].includes('\uFFFD'));
    if (notUtf8)
      onBadRow({
        line: info.lines,
        field: notUtf8,
        message: `${notUtf8} is not UTF-8 text: save the file as "CSV UTF-8"`,
      });
    else if (tooLong)
      onBadRow({
        line: info.lines,
        field: tooLong,
        message: `${tooLong} is longer than ${MAX_FIELD_CHARACTERS} characters`,
      });
    else yield { line: info.lines, values: record };
  }
}

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return 'The row does not have as many fields as the header has columns';
    case 'CSV_MAX_RECORD_SIZE':
      return `The row is longer than ${MAX_RECORD_BYTES} bytes`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted field is not closed';
    default:
      return 'The row is not valid CSV';
  }
}
