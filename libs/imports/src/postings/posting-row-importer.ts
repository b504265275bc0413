import { BadRequestException, Injectable } from '@nestjs/common';
import { Company } from '@jobbro/companies';
import {
  invalidField,
  invalidFields,
  type Actor,
  type FieldError,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { CreatePostingDto, PostingsService, type UpdatePostingDto } from '@jobbro/postings';
import { booleanCell, cell, integerCell, listCell, toDto } from '../row-input';
import type { BatchOutcome, ImportActor, RowImporter, RowPreparer } from '../row-importer';

/** Fields an empty cell clears on a posting imported before (the others are left as they are). */
const CLEARABLE = [
  'description',
  'occupation',
  'requiredSkills',
  'desiredSkills',
  'hoursPerWeek',
  'workplacePostcode',
  'startDate',
  'endDate',
  'durationWeeks',
  'targetGroup',
  'employerType',
  'educationName',
  'educationMonths',
] as const satisfies readonly (keyof UpdatePostingDto)[];

/** The create DTO's fields, the company by CVR number (or id), and the status a posting is imported in. */
export const POSTING_CSV_COLUMNS = [
  'externalId',
  'companyCvr',
  'companyId',
  'kind',
  'title',
  ...CLEARABLE,
  'positions',
  'targetGroups',
  'companyVisiblePublicly',
  'status',
] as const;
export const POSTING_CSV_REQUIRED = ['externalId', 'kind', 'title'];
/** What `status` may say: a draft (the default), or open to publish it. */
export const IMPORT_STATUSES = ['draft', 'open'];

export interface PostingRow {
  input: CreatePostingDto & { externalId: string };
  open: boolean;
  /** Whether the file named the company by CVR number (its errors then name companyCvr). */
  byCvr: boolean;
  /** The fields the row leaves empty, cleared on a posting imported before. */
  clear: (typeof CLEARABLE)[number][];
}

/** A decimal number as "7.5" or "7,5"; otherwise the text as written, so the DTO's validation names the field. */
export const decimalCell = (values: Record<string, string>, column: string): number | string | undefined => {
  const text = cell(values, column);
  return text !== undefined && /^-?[0-9]{1,6}([.,][0-9]{1,6})?$/.test(text) ? Number(text.replace(',', '.')) : text;
};

/** The API's posting input from a CSV row of POSTING_CSV_COLUMNS (the company and status apart). */
export function postingInput(values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {
    externalId: cell(values, 'externalId'),
    kind: cell(values, 'kind'),
    title: cell(values, 'title'),
    description: cell(values, 'description'),
    occupation: cell(values, 'occupation'),
    requiredSkills: listCell(values, 'requiredSkills'),
    desiredSkills: listCell(values, 'desiredSkills'),
    hoursPerWeek: decimalCell(values, 'hoursPerWeek'),
    workplacePostcode: cell(values, 'workplacePostcode'),
    startDate: cell(values, 'startDate'),
    endDate: cell(values, 'endDate'),
    durationWeeks: integerCell(values, 'durationWeeks'),
    positions: integerCell(values, 'positions'),
    targetGroups: listCell(values, 'targetGroups'),
    targetGroup: cell(values, 'targetGroup'),
    employerType: cell(values, 'employerType'),
    educationName: cell(values, 'educationName'),
    educationMonths: integerCell(values, 'educationMonths'),
    companyVisiblePublicly: booleanCell(values, 'companyVisiblePublicly'),
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/**
 * Postings from CSV, upserted by external id: each row goes through the API's CreatePostingDto and the service's
 * checks (occupation and skills to codes, postcode, the kind's rules; with status open, the rules of publishing).
 * The company is named by CVR number, as an import file has it, or by id.
 */
@Injectable()
export class PostingRowImporter implements RowImporter<PostingRow> {
  readonly kind = 'postings';
  readonly required = POSTING_CSV_REQUIRED;
  readonly columns = POSTING_CSV_COLUMNS;

  constructor(private readonly postings: PostingsService) {}

  async begin(scope: TenantScope): Promise<RowPreparer<PostingRow>> {
    const companies = new Map(
      (await scope.find(Company, { select: { id: true, cvrNumber: true } })).map((company) => [
        company.cvrNumber,
        company.id,
      ]),
    );
    const tenant: TenantContext = { jobcentreId: scope.jobcentreId, actor: null, companyCvrNumbers: [] };
    return async (values) => {
      const status = cell(values, 'status') ?? 'draft';
      const cvr = cell(values, 'companyCvr');
      const companyId = cvr === undefined ? cell(values, 'companyId') : companies.get(cvr);
      const errors: FieldError[] = [];
      if (!IMPORT_STATUSES.includes(status))
        errors.push({ field: 'status', messages: [`status must be one of ${IMPORT_STATUSES.join(', ')}`] });
      if (cvr !== undefined && companyId === undefined)
        errors.push({ field: 'companyCvr', messages: [`companyCvr ${cvr} is not a company of your jobcentre`] });
      if (cvr === undefined && companyId === undefined)
        errors.push({ field: 'companyCvr', messages: ['companyCvr (or companyId) is required'] });
      let input: CreatePostingDto;
      try {
        input = await toDto(CreatePostingDto, { ...postingInput(values), companyId });
      } catch (error) {
        // A company the file does not name well is reported once, on the column the file used.
        const company = errors.some((each) => each.field === 'companyCvr') ? ['companyId', 'companyCvr'] : [];
        throw invalidFields([
          ...errors,
          ...renamed(error, cvr !== undefined).filter((each) => !company.includes(each.field)),
        ]);
      }
      if (errors.length > 0) throw invalidFields(errors);
      if (!input.externalId)
        throw invalidField('externalId', 'externalId is required: a second import of the file matches on it');
      const row: PostingRow = {
        input: input as PostingRow['input'],
        open: status === 'open',
        byCvr: cvr !== undefined,
        clear: CLEARABLE.filter((field) => field in values && cell(values, field) === undefined),
      };
      try {
        await this.postings.importRow(tenant, scope, row.input, { open: row.open, clear: row.clear, write: false });
      } catch (error) {
        throw invalidFields(renamed(error, row.byCvr));
      }
      return row;
    };
  }

  key(row: PostingRow): string {
    return row.input.externalId;
  }

  async write(
    scope: TenantScope,
    rows: PostingRow[],
    actor: ImportActor,
    _present: ReadonlySet<string>,
  ): Promise<BatchOutcome> {
    const tenant: TenantContext = {
      jobcentreId: scope.jobcentreId,
      actor: actor.staffId ? { id: actor.staffId, name: actor.name, role: actor.role as Actor['role'] } : null,
      companyCvrNumbers: [],
    };
    const outcome: BatchOutcome = { imported: 0, updated: 0, unchanged: 0 };
    for (const row of rows)
      outcome[
        await this.postings.importRow(tenant, scope, row.input, { open: row.open, clear: row.clear, write: true })
      ]++;
    return outcome;
  }
}

/** The row's field errors, companyId named companyCvr when the file gave a CVR number. */
function renamed(error: unknown, byCvr: boolean): FieldError[] {
  if (!(error instanceof BadRequestException)) throw error;
  const errors = (error.getResponse() as { errors?: FieldError[] }).errors ?? [
    { field: 'row', messages: [error.message] },
  ];
  return errors.map((each) => (byCvr && each.field === 'companyId' ? { ...each, field: 'companyCvr' } : each));
}
