import { Injectable, NotFoundException } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Company } from '@jobbro/companies';
import {
  escapeLike,
  invalidField,
  pageOf,
  TenantData,
  type Page,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { AuditLogService, type AuditAction } from '@jobbro/privacy';
import { Candidate } from './candidate.entity';
import { toCandidateView, type CandidateView } from './candidate-visibility';
import { CandidateConsent } from './consents/candidate-consent.entity';
import type { CreateCandidateDto, FindCandidatesQuery, UpdateCandidateDto } from './dto/candidate.dto';

const RECORD_TYPE = 'candidate';

/** Candidates of the caller's jobcentre. Every read and change of one is written to the audit log. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly data: TenantData,
    private readonly audit: AuditLogService,
  ) {}

  create(tenant: TenantContext, input: CreateCandidateDto, endpoint: string): Promise<CandidateView> {
    return this.data.for(tenant).transaction(async (scope) => {
      const candidate = await scope.save(Candidate, scope.create(Candidate, fromInput(input)));
      await this.audited(tenant, scope, 'create', [candidate.id], endpoint);
      return toCandidateView(candidate, []);
    });
  }

  async find(tenant: TenantContext, query: FindCandidatesQuery, endpoint: string): Promise<Page<CandidateView>> {
    const scope = this.data.for(tenant);
    const builder = scope.select(Candidate, 'candidate');
    if (query.name) builder.andWhere("candidate.name ILIKE :name ESCAPE '\\'", { name: `%${escapeLike(query.name)}%` });
    const [items, total] = await builder
      .orderBy('candidate.name', 'ASC')
      .addOrderBy('candidate.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const consents = await this.consentsOf(
      scope,
      items.map((candidate) => candidate.id),
    );
    await this.audited(
      tenant,
      scope,
      'read',
      items.map((candidate) => candidate.id),
      endpoint,
    );
    return pageOf(
      items.map((candidate) => toCandidateView(candidate, consents.get(candidate.id) ?? [])),
      total,
      query,
    );
  }

  async get(tenant: TenantContext, id: string, endpoint: string): Promise<CandidateView> {
    const scope = this.data.for(tenant);
    const candidate = await scope.getOne(Candidate, { where: { id } }, `No candidate with id ${id}`);
    const consentedCompanyIds = await this.consentedCompanyIds(scope, id);
    await this.audited(tenant, scope, 'read', [id], endpoint);
    return toCandidateView(candidate, consentedCompanyIds);
  }

  update(tenant: TenantContext, id: string, input: UpdateCandidateDto, endpoint: string): Promise<CandidateView> {
    return this.data.for(tenant).transaction(async (scope) => {
      const candidate = await lockCandidate(scope, id);
      const saved = await scope.save(Candidate, Object.assign(candidate, fromInput(input)));
      await this.audited(tenant, scope, 'update', [id], endpoint);
      return toCandidateView(saved, await this.consentedCompanyIds(scope, id));
    });
  }

  /** Records the candidate's consent to be identified to one company (on shortlists sent to it). */
  giveConsent(tenant: TenantContext, id: string, companyId: string, endpoint: string): Promise<CandidateView> {
    return this.data.for(tenant).transaction(async (scope) => {
      const candidate = await lockCandidate(scope, id);
      if (!(await scope.exists(Company, { id: companyId }))) {
        throw invalidField('companyId', 'companyId must be the id of a company registered in your jobcentre');
      }
      if (!(await scope.exists(CandidateConsent, { candidateId: id, companyId, withdrawnAt: IsNull() }))) {
        await scope.insert(CandidateConsent, {
          candidateId: id,
          companyId,
          givenAt: new Date(),
          recordedById: tenant.actor?.id ?? null,
          withdrawnAt: null,
        });
        await this.audited(tenant, scope, 'update', [id], endpoint);
      }
      return toCandidateView(candidate, await this.consentedCompanyIds(scope, id));
    });
  }

  withdrawConsent(tenant: TenantContext, id: string, companyId: string, endpoint: string): Promise<void> {
    return this.data.for(tenant).transaction(async (scope) => {
      await lockCandidate(scope, id);
      const ended = await scope.update(
        CandidateConsent,
        { candidateId: id, companyId, withdrawnAt: IsNull() },
        { withdrawnAt: new Date() },
      );
      if (ended === 0) throw new NotFoundException(`Candidate ${id} has no consent for company ${companyId}`);
      await this.audited(tenant, scope, 'update', [id], endpoint);
    });
  }

  private async consentsOf(scope: TenantScope, candidateIds: string[]): Promise<Map<string, string[]>> {
    const byCandidate = new Map<string, string[]>();
    if (candidateIds.length === 0) return byCandidate;
    const consents = await scope.find(CandidateConsent, {
      where: { candidateId: In(candidateIds), withdrawnAt: IsNull() },
      order: { givenAt: 'ASC' },
    });
    for (const consent of consents)
      byCandidate.set(consent.candidateId, [...(byCandidate.get(consent.candidateId) ?? []), consent.companyId]);
    return byCandidate;
  }

  private async consentedCompanyIds(scope: TenantScope, candidateId: string): Promise<string[]> {
    return (await this.consentsOf(scope, [candidateId])).get(candidateId) ?? [];
  }

  private async audited(
    tenant: TenantContext,
    scope: TenantScope,
    action: AuditAction,
    recordIds: string[],
    endpoint: string,
  ): Promise<void> {
    if (recordIds.length > 0)
      await this.audit.record(tenant, { action, recordType: RECORD_TYPE, recordIds, endpoint }, scope);
  }
}

function lockCandidate(scope: TenantScope, id: string): Promise<Candidate> {
  return scope.getOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } }, `No candidate with id ${id}`);
}

function fromInput(input: UpdateCandidateDto): Partial<Candidate> {
  const defined = Object.entries(input).filter(([, value]) => value !== undefined);
  return Object.fromEntries(defined) as Partial<Candidate>;
}
