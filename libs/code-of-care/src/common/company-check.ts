import { In } from 'typeorm';
import { Company } from '@jobbro/companies';
import type { FieldError, TenantScope } from '@jobbro/platform';

/**
 * The field errors of a list of company ids each named by its field: a company not of the jobcentre, or one named
 * twice. Returns the companies found, by id.
 */
export async function checkCompanies(
  scope: TenantScope,
  named: readonly { field: string; companyId: string }[],
  errors: FieldError[],
  unique = true,
): Promise<Map<string, Company>> {
  const ids = [...new Set(named.map((each) => each.companyId))];
  const companies = new Map(
    (ids.length > 0 ? await scope.find(Company, { where: { id: In(ids) } }) : []).map((company) => [
      company.id,
      company,
    ]),
  );
  const seen = new Set<string>();
  for (const { field, companyId } of named) {
    if (!companies.has(companyId))
      errors.push({ field, messages: [`${field} must be the id of a company registered in your jobcentre`] });
    else if (unique && seen.has(companyId))
      errors.push({ field, messages: [`${field} names a company listed before`] });
    seen.add(companyId);
  }
  return companies;
}
