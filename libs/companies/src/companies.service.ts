import { ConflictException, Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { escapeLike, pageOf, TenantData, type Page, type TenantContext, type TenantScope } from '@jobbro/platform';
import { Company } from './company.entity';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import type { FindCompaniesQuery } from './dto/find-companies.query';

const CVR_UNIQUE_CONSTRAINT = 'uq_companies_jobcentre_cvr';
/**
 * The name in lower case, Danish and other Latin letters too: under the C locale (the embedded default) lower() folds
 * only A to Z, so "ØSTERGAARD" would not find "Østergaard". The search text is lowered in JavaScript to match.
 */
const FOLDED_NAME = "translate(lower(company.name), 'ÆØÅÄÖÜÉÈÁÀÍÓÚÑÇ', 'æøåäöüéèáàíóúñç')";

@Injectable()
export class CompaniesService {
  constructor(private readonly data: TenantData) {}

  async create(tenant: TenantContext, input: CreateCompanyDto): Promise<Company> {
    const scope = this.data.for(tenant);
    try {
      return await scope.save(Company, scope.create(Company, input));
    } catch (error) {
      throw await conflictOnDuplicateCvr(scope, input.cvrNumber, error);
    }
  }

  async update(tenant: TenantContext, id: string, input: UpdateCompanyDto): Promise<Company> {
    const scope = this.data.for(tenant);
    const company = await this.get(tenant, id);
    try {
      return await scope.save(Company, Object.assign(company, input));
    } catch (error) {
      throw await conflictOnDuplicateCvr(scope, input.cvrNumber, error);
    }
  }

  get(tenant: TenantContext, id: string): Promise<Company> {
    return this.data.for(tenant).getOne(Company, { where: { id } }, `No company with id ${id}`);
  }

  async find(tenant: TenantContext, query: FindCompaniesQuery): Promise<Page<Company>> {
    const builder = this.data.for(tenant).select(Company, 'company');
    if (query.cvrNumber) {
      builder.andWhere('company.cvr_number = :cvrNumber', { cvrNumber: query.cvrNumber });
    }
    if (query.q) {
      const cvrPrefix = cvrPrefixOf(query.q);
      const nameMatches = `${FOLDED_NAME} LIKE :folded ESCAPE '\\'`;
      const folded = `%${escapeLike(query.q.toLowerCase())}%`;
      if (cvrPrefix) {
        builder.andWhere(`(company.cvr_number LIKE :cvrPrefix OR ${nameMatches})`, {
          cvrPrefix: `${cvrPrefix}%`,
          folded,
        });
      } else {
        builder.andWhere(nameMatches, { folded });
      }
    }
    if (query.name) {
      builder.andWhere("company.name ILIKE :name ESCAPE '\\'", { name: `%${escapeLike(query.name)}%` });
    }
    const [items, total] = await builder
      .orderBy('company.name', 'ASC')
      .addOrderBy('company.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(items, total, query);
  }

  /** The companies an employer user acts for, as this jobcentre has them registered. */
  findEmployersCompanies(tenant: TenantContext): Promise<Company[]> {
    return this.data
      .for(tenant)
      .find(Company, { where: { cvrNumber: In([...tenant.companyCvrNumbers]) }, order: { name: 'ASC' } });
  }

  /**
   * The company with this CVR in the caller's jobcentre, registered with `name` if it is new.
   * Safe under concurrency: two requests for the same new CVR end with one company.
   */
  async findOrRegister(tenant: TenantContext, cvrNumber: string, name: string): Promise<Company> {
    const scope = this.data.for(tenant);
    const known = await scope.findOneBy(Company, { cvrNumber });
    if (known) return known;
    await scope.insert(Company, { cvrNumber, name, contactPersons: [] }, { ignoreConflicts: true });
    return (await scope.findOneBy(Company, { cvrNumber }))!;
  }
}

/** The digits a search box's text starts a CVR number with ("DK 1015 08" → "101508"), or null if it is not one. */
export function cvrPrefixOf(text: string): string | null {
  const digits = text.replace(/^DK/i, '').replace(/[\s-]/g, '');
  return /^[0-9]{1,8}$/.test(digits) ? digits : null;
}

async function conflictOnDuplicateCvr(
  scope: TenantScope,
  cvrNumber: string | undefined,
  error: unknown,
): Promise<unknown> {
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
  if (!(error instanceof QueryFailedError) || constraint !== CVR_UNIQUE_CONSTRAINT || !cvrNumber) {
    return error;
  }
  const existing = await scope.findOneBy(Company, { cvrNumber });
  return new ConflictException({
    message: `CVR ${cvrNumber} is already registered in this jobcentre as "${existing?.name}"`,
    existingCompany: existing ? { id: existing.id, name: existing.name, cvrNumber: existing.cvrNumber } : undefined,
  });
}
