import { Injectable } from '@nestjs/common';
import { CreateCompanyDto } from '@jobbro/companies';
import type { TenantScope } from '@jobbro/platform';
import { cell, memoised, toDto } from '../row-input';
import type { BatchOutcome, ImportActor, RowImporter, RowPreparer } from '../row-importer';

export const COMPANY_CSV_COLUMNS = [
  'cvrNumber',
  'name',
  'address',
  'postcode',
  'city',
  'sector',
  'sizeBand',
  'contactName',
  'contactTitle',
  'contactEmail',
  'contactPhone',
] as const;

/** The API's company input from a CSV row: the contact columns make the one contact person a row can carry. */
export function companyInput(values: Record<string, string>): Record<string, unknown> {
  const contact = {
    name: cell(values, 'contactName'),
    title: cell(values, 'contactTitle'),
    email: cell(values, 'contactEmail'),
    phone: cell(values, 'contactPhone'),
  };
  const hasContact = Object.values(contact).some((value) => value !== undefined);
  const input: Record<string, unknown> = {
    cvrNumber: cell(values, 'cvrNumber'),
    name: cell(values, 'name'),
    address: cell(values, 'address'),
    postcode: cell(values, 'postcode'),
    city: cell(values, 'city'),
    sector: cell(values, 'sector'),
    sizeBand: cell(values, 'sizeBand'),
    contactPersons: hasContact
      ? [Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined))]
      : undefined,
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

const COLUMNS: [keyof CreateCompanyDto, string, string][] = [
  ['name', 'name', 'text'],
  ['address', 'address', 'text'],
  ['postcode', 'postcode', 'text'],
  ['city', 'city', 'text'],
  ['sector', 'sector', 'text'],
  ['sizeBand', 'size_band', 'text'],
  ['contactPersons', 'contact_persons', 'jsonb'],
];
const CONTACT_COLUMNS = ['contactName', 'contactTitle', 'contactEmail', 'contactPhone'];
const all = COLUMNS.map(([, column]) => column);
const types = COLUMNS.map(([, , type], index) => `$${index + 3}::${type}[]`);
/** New companies get every column; existing ones only those the file has (contact persons with any contact column). */
const upsertSql = memoised((present) => {
  const given = COLUMNS.filter(([property]) =>
    property === 'contactPersons' ? CONTACT_COLUMNS.some((column) => present.has(column)) : present.has(property),
  ).map(([, column]) => column);
  return `
  INSERT INTO companies (jobcentre_id, cvr_number, ${all.join(', ')})
  SELECT $1, input.* FROM unnest($2::text[], ${types.join(', ')}) AS input(cvr_number, ${all.join(', ')})
  ON CONFLICT (jobcentre_id, cvr_number) DO UPDATE SET
    ${given.map((column) => `${column} = excluded.${column}`).join(', ')},
    version = companies.version + 1, updated_at = now()
  WHERE (${given.map((column) => `companies.${column}`).join(', ')})
    IS DISTINCT FROM (${given.map((column) => `excluded.${column}`).join(', ')})
  RETURNING (xmax = 0) AS inserted`;
});

/** Companies from CSV, upserted by CVR number, each row validated as POST /companies validates its body. */
@Injectable()
export class CompanyRowImporter implements RowImporter<CreateCompanyDto> {
  readonly kind = 'companies';
  readonly required = ['cvrNumber', 'name'];
  readonly columns = COMPANY_CSV_COLUMNS;

  async begin(): Promise<RowPreparer<CreateCompanyDto>> {
    return (values) => toDto(CreateCompanyDto, companyInput(values));
  }

  key(row: CreateCompanyDto): string {
    return row.cvrNumber;
  }

  async write(
    scope: TenantScope,
    rows: CreateCompanyDto[],
    _actor: ImportActor,
    present: ReadonlySet<string>,
  ): Promise<BatchOutcome> {
    const written = await scope.query<{ inserted: boolean }>(upsertSql(present), [
      rows.map((row) => row.cvrNumber),
      ...COLUMNS.map(([property]) =>
        rows.map((row) =>
          property === 'contactPersons' ? JSON.stringify(row.contactPersons ?? []) : (row[property] ?? null),
        ),
      ),
    ]);
    const imported = written.filter((row) => row.inserted).length;
    return { imported, updated: written.length - imported, unchanged: rows.length - written.length };
  }
}
