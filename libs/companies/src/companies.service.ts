import { ConflictException, Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { escapeLike, pageOf, TenantData, type Page, type TenantContext, type TenantScope } from '@jobbro/platform';
import { Company } from './company.entity';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import type { FindCompaniesQuery } from './dto/find-companies.query';

const CVR_UNIQUE_CONSTRAINT = 'uq_companies_jobcentre_cvr';

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
