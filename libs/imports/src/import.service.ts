import { BadRequestException, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { TenantData, type FieldError, type TenantContext } from '@jobbro/platform';
import { CandidateRowImporter } from './candidates/candidate-row-importer';
import { CompanyRowImporter } from './companies/company-row-importer';
import { csvRecords } from './csv/csv-records';
import type { BatchOutcome, ImportActor, RowImporter } from './row-importer';

export const IMPORT_KINDS = ['companies', 'candidates'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Rows written per transaction. */
export const DEFAULT_BATCH_SIZE = 1000;
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
  /** Called after each batch is written (and at the end). */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Streams a CSV file into the database: each row validated with the API's rules, bad rows reported by line, good
 * rows written in one transaction per batch. Reading waits while a batch is written (at most one batch is being
 * prepared while the one before it is written), so memory stays flat whatever the size of the file.
 */
@Injectable()
export class ImportService {
  private readonly importers: Record<ImportKind, RowImporter<unknown>>;

  constructor(
    private readonly data: TenantData,
    candidates: CandidateRowImporter,
    companies: CompanyRowImporter,
  ) {
    this.importers = { candidates, companies } as Record<ImportKind, RowImporter<unknown>>;
  }

  async run(kind: ImportKind, tenant: TenantContext, input: Readable, options: ImportOptions): Promise<ImportReport> {
    const importer = this.importers[kind];
    const scope = this.data.for(tenant);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
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

    let writing: Promise<void> = Promise.resolve();
    const flush = async (rows: unknown[]) => {
      await writing;
      if (rows.length === 0) return;
      writing = scope
        .transaction((transaction) => importer.write(transaction, rows, options.actor))
        .then((outcome) => {
          report.imported += outcome.imported;
          report.updated += outcome.updated;
          report.unchanged += outcome.unchanged;
          options.onProgress?.({ rows: report.rows, rejectedRows: report.rejectedRows });
        });
      // Awaited before the next batch or at the end; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
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
      if (keys.has(key) || batch.length >= batchSize) {
        await flush(batch);
        batch = [];
        keys = new Set();
      }
      batch.push(row);
      keys.add(key);
    };
    try {
      if (!first.done) await handle(first.value.line, first.value.values);
      for await (const { line, values } of records) await handle(line, values);
      await flush(batch);
      await writing;
    } catch (error) {
      // A batch that failed to write must not leave the next one unawaited.
      await writing.catch(() => undefined);
      throw error;
    }
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
