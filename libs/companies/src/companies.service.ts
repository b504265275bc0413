import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { pageOf, type Page, type TenantContext } from '@jobbro/platform';
import { Company } from './company.entity';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import type { FindCompaniesQuery } from './dto/find-companies.query';

const CVR_UNIQUE_CONSTRAINT = 'uq_companies_jobcentre_cvr';

@Injectable()
export class CompaniesService {
  constructor(@InjectRepository(Company) private readonly companies: Repository<Company>) {}

  async create(tenant: TenantContext, input: CreateCompanyDto): Promise<Company> {
    try {
      return await this.companies.save(this.companies.create({ ...input, jobcentreId: tenant.jobcentreId }));
    } catch (error) {
      throw await this.conflictOnDuplicateCvr(tenant, input.cvrNumber, error);
    }
  }

  async update(tenant: TenantContext, id: string, input: UpdateCompanyDto): Promise<Company> {
    const company = await this.get(tenant, id);
    try {
      return await this.companies.save(this.companies.merge(company, input));
    } catch (error) {
      throw await this.conflictOnDuplicateCvr(tenant, input.cvrNumber, error);
    }
  }

  async get(tenant: TenantContext, id: string): Promise<Company> {
    const company = await this.companies.findOneBy({ jobcentreId: tenant.jobcentreId, id });
    if (!company) {
      throw new NotFoundException(`No company with id ${id}`);
    }
    return company;
  }

  async find(tenant: TenantContext, query: FindCompaniesQuery): Promise<Page<Company>> {
    const builder = this.companies
      .createQueryBuilder('company')
      .where('company.jobcentre_id = :jobcentreId', { jobcentreId: tenant.jobcentreId });
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

  /**
   * The company with this CVR in the caller's jobcentre, registered with `name` if it is new.
   * Safe under concurrency: two requests for the same new CVR end with one company.
   */
  async findOrRegister(tenant: TenantContext, cvrNumber: string, name: string): Promise<Company> {
    const known = await this.companies.findOneBy({ jobcentreId: tenant.jobcentreId, cvrNumber });
    if (known) return known;
    await this.companies
      .createQueryBuilder()
      .insert()
      .values({ jobcentreId: tenant.jobcentreId, cvrNumber, name, contactPersons: [] })
      .orIgnore()
      .execute();
    return this.companies.findOneByOrFail({ jobcentreId: tenant.jobcentreId, cvrNumber });
  }

  private async conflictOnDuplicateCvr(tenant: TenantContext, cvrNumber: string | undefined, error: unknown): Promise<unknown> {
    const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
    if (!(error instanceof QueryFailedError) || constraint !== CVR_UNIQUE_CONSTRAINT || !cvrNumber) {
      return error;
    }
    const existing = await this.companies.findOneBy({ jobcentreId: tenant.jobcentreId, cvrNumber });
    return new ConflictException({
      message: `CVR ${cvrNumber} is already registered in this jobcentre as "${existing?.name}"`,
      existingCompany: existing ? { id: existing.id, name: existing.name, cvrNumber: existing.cvrNumber } : undefined,
    });
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
