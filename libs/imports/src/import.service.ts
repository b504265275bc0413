import { BadRequestException, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { TenantData, type FieldError, type TenantContext } from '@jobbro/platform';
import { CandidateRowImporter } from './candidates/candidate-row-importer';
import { CompanyRowImporter } from './companies/company-row-importer';
import { PostingRowImporter } from './postings/posting-row-importer';
import { csvRecords } from './csv/csv-records';
import type { BatchOutcome, ImportActor, RowImporter } from './row-importer';

export const IMPORT_KINDS = ['companies', 'candidates', 'postings'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Rows written per transaction. */
export const DEFAULT_BATCH_SIZE = 1000;
/** Batches written at once (each on its own connection) while the next is being read and checked. */
export const DEFAULT_CONCURRENCY = 3;
/** The report lists this many rejections; the counts cover them all. */
export const MAX_REPORTED_REJECTIONS = 1000;

export interface RejectedRow {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport extends BatchOutcome {
  /** Rows read (the header not counted). */
  rows: number;
  rejectedRows: number;
  /** One entry per bad field of each bad row, the first MAX_REPORTED_REJECTIONS. */
  rejected: RejectedRow[];
}

export interface ImportProgress {
  rows: number;
  rejectedRows: number;
}

export interface ImportOptions {
  actor: ImportActor;
  batchSize?: number;
  concurrency?: number;
  /** Called after each batch is written (and at the end). */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Streams a CSV file into the database: each row validated with the API's rules, bad rows reported by line, good
 * rows written in one transaction per batch. Reading waits while DEFAULT_CONCURRENCY batches are being written, so
 * memory stays flat whatever the size of the file. A record named in a batch still being written waits for it.
 */
@Injectable()
export class ImportService {
  private readonly importers: Record<ImportKind, RowImporter<unknown>>;

  constructor(
    private readonly data: TenantData,
    candidates: CandidateRowImporter,
    companies: CompanyRowImporter,
    postings: PostingRowImporter,
  ) {
    this.importers = { candidates, companies, postings } as Record<ImportKind, RowImporter<unknown>>;
  }

  async run(kind: ImportKind, tenant: TenantContext, input: Readable, options: ImportOptions): Promise<ImportReport> {
    const importer = this.importers[kind];
    const scope = this.data.for(tenant);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const report: ImportReport = { rows: 0, imported: 0, updated: 0, unchanged: 0, rejectedRows: 0, rejected: [] };
    const reject = (line: number, errors: FieldError[]) => {
      report.rejectedRows++;
      for (const error of errors)
        for (const message of error.messages)
          if (report.rejected.length < MAX_REPORTED_REJECTIONS)
            report.rejected.push({ line, field: error.field, message });
    };
    const records = csvRecords(input, importer, ({ line, field, message }) => {
      report.rows++;
      reject(line, [{ field, messages: [message] }]);
    });
    // Past the header: what it needs is loaded only for a file that can be read.
    const first = await records.next();
    const prepare = await importer.begin(scope);
    // Every row has the header's columns.
    const columns: ReadonlySet<string> = new Set(first.done ? [] : Object.keys(first.value.values));

    // Batches being written, each in its own transaction on its own connection, with the keys they hold.
    const writing = new Set<{ done: Promise<void>; keys: Set<string> }>();
    let failure: unknown = null;
    const settleAll = async () => {
      await Promise.all([...writing].map((each) => each.done));
      if (failure) throw failure;
    };
    const flush = async (rows: unknown[], keys: Set<string>) => {
      while (writing.size >= concurrency) await Promise.race([...writing].map((each) => each.done));
      if (failure) throw failure;
      if (rows.length === 0) return;
      const entry = { keys, done: Promise.resolve() };
      entry.done = scope
        .transaction((transaction) => importer.write(transaction, rows, options.actor, columns))
        .then(
          (outcome) => {
            report.imported += outcome.imported;
            report.updated += outcome.updated;
            report.unchanged += outcome.unchanged;
            options.onProgress?.({ rows: report.rows, rejectedRows: report.rejectedRows });
          },
          (error: unknown) => {
            failure ??= error;
          },
        )
        .finally(() => writing.delete(entry));
      writing.add(entry);
    };
    let batch: unknown[] = [];
    let keys = new Set<string>();
    const handle = async (line: number, values: Record<string, string>) => {
      report.rows++;
      let row: unknown;
      try {
        row = await prepare(values);
      } catch (error) {
        reject(line, fieldErrorsOf(error));
        return;
      }
      const key = importer.key(row);
      // A record named again: the rows before it are written first, so the last row for it wins.
      if (keys.has(key)) {
        await flush(batch, keys);
        [batch, keys] = [[], new Set()];
      }
      if ([...writing].some((each) => each.keys.has(key))) await settleAll();
      batch.push(row);
      keys.add(key);
      if (batch.length >= batchSize) {
        await flush(batch, keys);
        [batch, keys] = [[], new Set()];
      }
    };
    try {
      if (!first.done) await handle(first.value.line, first.value.values);
      for await (const { line, values } of records) await handle(line, values);
      await flush(batch, keys);
    } finally {
      // Nothing is left being written when the import returns or fails.
      await Promise.all([...writing].map((each) => each.done));
    }
    if (failure) throw failure;
    options.onProgress?.({ rows: report.rows, rejectedRows: report.rejectedRows });
    // The parser reports rows it cannot read as it reaches them, ahead of the rows still being checked.
    report.rejected.sort((first, second) => first.line - second.line);
    return report;
  }
}

function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof BadRequestException)) throw error;
  const errors = (error.getResponse() as { errors?: FieldError[] }).errors;
  return Array.isArray(errors) ? errors : [{ field: 'row', messages: [error.message] }];
}
