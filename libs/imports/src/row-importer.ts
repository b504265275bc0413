import type { TenantScope } from '@jobbro/platform';

/** Who an import writes as: the signed-in staff member, or the command line (no one in particular). */
export interface ImportActor {
  /** A staff member's id; null for the command line. */
  staffId: string | null;
  name: string;
  role: string;
  /** What the audit log names as the endpoint, e.g. "POST /api/v1/imports/candidates" or "npm run import". */
  endpoint: string;
}

export interface BatchOutcome {
  imported: number;
  updated: number;
  unchanged: number;
}

/**
 * Prepares one row: the CSV values are turned into the API's DTO, validated with its rules, and checked like the
 * API's service checks them. Throws the API's 400 (field errors) for a bad row.
 */
export type RowPreparer<Prepared> = (values: Record<string, string>) => Promise<Prepared>;

/**
 * What one kind of import (companies, candidates, postings, …) adds to the shared pipeline: its columns, how a row
 * becomes the API's input, and how a batch of good rows is written (an upsert, so a second run changes nothing).
 */
export interface RowImporter<Prepared> {
  readonly kind: string;
  readonly required: readonly string[];
  readonly columns: readonly string[];
  /** Loads what the row checks look up (reference data, the jobcentre's staff) once per import. */
  begin(scope: TenantScope): Promise<RowPreparer<Prepared>>;
  /** What a row upserts on; a second row with the same key in one batch starts a new batch (the last row wins). */
  key(row: Prepared): string;
  /**
   * Writes the batch in the caller's transaction: all of it, or none of it. `columns` are the file's: a record that
   * exists is updated in those only (an empty cell clears its field; a column the file lacks is left as it is).
   */
  write(scope: TenantScope, rows: Prepared[], actor: ImportActor, columns: ReadonlySet<string>): Promise<BatchOutcome>;
}
