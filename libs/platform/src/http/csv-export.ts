import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Between the fields of every CSV export: Danish Excel reads ";" (a decimal comma makes "," ambiguous). */
export const CSV_EXPORT_DELIMITER = ';';

/**
 * Streams `rows` to the client as a CSV download named `filename`: a header row of `columns`, ";" between fields,
 * a UTF-8 byte order mark (so Excel reads æøå), true/false for booleans. The first row is read before anything is
 * sent, so a bad filter (any error before it) is still the API's ordinary answer, a 400 naming the field. After it,
 * rows are read only as fast as the client takes them, and a client that hangs up stops the reading.
 */
export async function sendCsv<T>(
  response: Response,
  filename: string,
  columns: readonly string[],
  rows: AsyncIterable<T>,
  toRow: (item: T) => Record<string, unknown>,
): Promise<void> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  response.status(200);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  async function* csvRows() {
    try {
      for (let next = first; !next.done; next = await iterator.next()) yield toRow(next.value);
    } finally {
      // Also when the client hung up: the source (its queries, its audit) stops here.
      await iterator.return?.();
    }
  }
  try {
    await pipeline(
      Readable.from(csvRows()),
      stringify({
        header: true,
        columns: [...columns],
        delimiter: CSV_EXPORT_DELIMITER,
        bom: true,
        cast: { boolean: (value) => String(value) },
      }),
      response,
    );
  } catch (error) {
    // A client that hangs up mid-download is not an error of ours.
    if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
