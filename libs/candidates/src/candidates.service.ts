import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { In, IsNull, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { Company } from '@jobbro/companies';
import {
  escapeLike,
  invalidField,
  invalidFields,
  pageOf,
  TenantData,
  type FieldError,
  type Page,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { AuditLogService, type AuditAction } from '@jobbro/privacy';
import { distanceKmSql, PostcodesService, TaxonomyService, type TaxonomyCatalogue } from '@jobbro/taxonomy';
import { Candidate } from './candidate.entity';
import {
  toCandidateView,
  type CandidateView,
  type ProfileLabels,
  type CandidateSkillLevel,
} from './candidate-visibility';
import { CandidateConsent } from './consents/candidate-consent.entity';
import { CandidateConsultantChange } from './consultants/candidate-consultant-change.entity';
import type { CreateCandidateDto, FindCandidatesQuery, UpdateCandidateDto } from './dto/candidate.dto';
import { CandidateLadder } from './ladder/candidate-ladder';
import { CandidateLadderStep } from './ladder/candidate-ladder-step.entity';
import { CandidateSkill } from './profile/candidate-skill.entity';
import { CandidateProfileResolver, type ResolvedSkill } from './profile/candidate-profile-resolver';
import type { LadderStep } from './profile/target-groups';

export const CANDIDATE_RECORD_TYPE = 'candidate';
/** What the list and the export select candidates by. */
export type CandidateFilters = Omit<FindCandidatesQuery, 'page' | 'pageSize'>;
const EXTERNAL_ID_INDEX = 'IDX_candidates_external_id';
/** The reason written in the ladder history for the step a candidate is registered on. */
export const REGISTERED = 'registered';
export const INITIAL_ASSIGNMENT = 'assigned at registration';

/** The labels of a catalogue's codes: Danish where there is one, English otherwise, the code when unknown. */
export function labelsOf(catalogue: TaxonomyCatalogue): ProfileLabels {
  return {
    skill: (uri) => catalogue.skillLabel(uri),
    occupation: (code) => catalogue.occupationLabel(code),
    sector: (code) => catalogue.sectorLabel(code),
  };
}

/** Candidates of the caller's jobcentre. Every read and change of one is written to the audit log. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly data: TenantData,
    private readonly audit: AuditLogService,
    private readonly resolver: CandidateProfileResolver,
    private readonly ladder: CandidateLadder,
    private readonly taxonomy: TaxonomyService,
    private readonly postcodes: PostcodesService,
  ) {}

  create(tenant: TenantContext, input: CreateCandidateDto, endpoint: string): Promise<CandidateView> {
    return this.data.for(tenant).transaction(async (scope) => {
      const { columns, skills } = await this.resolver.resolve(input, this.resolver.lookupsFor(scope));
      const candidate = await conflictOnExternalId(input.externalId, () =>
        scope.save(Candidate, scope.create(Candidate, columns)),
      );
      const changedById = staffId(tenant);
      await scope.insert(CandidateLadderStep, {
        candidateId: candidate.id,
        step: candidate.ladderStep,
        previousStep: null,
        reason: REGISTERED,
        placementId: null,
        changedAt: new Date(),
        changedById,
      });
      if (candidate.consultantId) {
        await scope.insert(CandidateConsultantChange, {
          candidateId: candidate.id,
          fromConsultantId: null,
          toConsultantId: candidate.consultantId,
          reason: input.consultantChangeReason ?? INITIAL_ASSIGNMENT,
          changedAt: new Date(),
          changedById,
        });
      }
      await replaceSkills(scope, candidate.id, skills ?? []);
      await this.audited(tenant, scope, 'create', [candidate.id], endpoint);
      return this.view(candidate, [], skills ?? []);
    });
  }

  async find(tenant: TenantContext, query: FindCandidatesQuery, endpoint: string): Promise<Page<CandidateView>> {
    const scope = this.data.for(tenant);
    const [items, total] = await (
      await this.filtered(scope, query)
    )
      .orderBy('candidate.name', 'ASC')
      .addOrderBy('candidate.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const views = await this.views(scope, items);
    await this.audited(
      tenant,
      scope,
      'read',
      items.map((candidate) => candidate.id),
      endpoint,
    );
    return pageOf(views, total, query);
  }

  /**
   * Every candidate the filters select, by name, read in pages of `batchSize` (the next page only once this one has
   * been taken); each page is audited as read before it is handed on.
   */
  async *findAll(
    tenant: TenantContext,
    query: CandidateFilters,
    endpoint: string,
    batchSize = 1000,
  ): AsyncGenerator<CandidateView> {
    const scope = this.data.for(tenant);
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const builder = await this.filtered(scope, query);
      if (after)
        builder.andWhere('(candidate.name, candidate.id) > (:afterName, :afterId)', {
          afterName: after.name,
          afterId: after.id,
        });
      const items = await builder
        .orderBy('candidate.name', 'ASC')
        .addOrderBy('candidate.id', 'ASC')
        .take(batchSize)
        .getMany();
      if (items.length === 0) return;
      await this.audited(
        tenant,
        scope,
        'read',
        items.map((candidate) => candidate.id),
        endpoint,
      );
      yield* await this.views(scope, items);
      const last = items[items.length - 1];
      after = { name: last.name, id: last.id };
      if (items.length < batchSize) return;
    }
  }

  async get(tenant: TenantContext, id: string, endpoint: string): Promise<CandidateView> {
    const scope = this.data.for(tenant);
    const candidate = await scope.getOne(Candidate, { where: { id } }, `No candidate with id ${id}`);
    const [view] = await this.views(scope, [candidate]);
    await this.audited(tenant, scope, 'read', [id], endpoint);
    return view;
  }

  update(tenant: TenantContext, id: string, input: UpdateCandidateDto, endpoint: string): Promise<CandidateView> {
    return this.data.for(tenant).transaction(async (scope) => {
      const current = await lockCandidate(scope, id);
      const { columns, skills } = await this.resolver.resolve(input, this.resolver.lookupsFor(scope));
      const { ladderStep, consultantId, ...rest } = columns;
      if (ladderStep !== undefined)
        await this.ladder.move(scope, tenant, id, ladderStep as LadderStep, input.ladderStepReason!);
      if (consultantId !== undefined && consultantId !== current.consultantId) {
        await scope.insert(CandidateConsultantChange, {
          candidateId: id,
          fromConsultantId: current.consultantId,
          toConsultantId: consultantId,
          reason: input.consultantChangeReason ?? null,
          changedAt: new Date(),
          changedById: staffId(tenant),
        });
      }
      const candidate = await lockCandidate(scope, id);
      Object.assign(candidate, rest, consultantId !== undefined ? { consultantId } : {});
      const saved = await conflictOnExternalId(input.externalId, () => scope.save(Candidate, candidate));
      if (skills) await replaceSkills(scope, id, skills);
      await this.audited(tenant, scope, 'update', [id], endpoint);
      const [view] = await this.views(scope, [saved]);
      return view;
    });
  }

  async ladderHistory(tenant: TenantContext, id: string, endpoint: string): Promise<CandidateLadderStep[]> {
    const scope = this.data.for(tenant);
    await scope.getOne(Candidate, { where: { id } }, `No candidate with id ${id}`);
    const steps = await scope.find(CandidateLadderStep, {
      where: { candidateId: id },
      order: { changedAt: 'ASC', id: 'ASC' },
    });
    await this.audited(tenant, scope, 'read', [id], endpoint);
    return steps;
  }

  async consultantHistory(tenant: TenantContext, id: string, endpoint: string): Promise<CandidateConsultantChange[]> {
    const scope = this.data.for(tenant);
    await scope.getOne(Candidate, { where: { id } }, `No candidate with id ${id}`);
    const changes = await scope.find(CandidateConsultantChange, {
      where: { candidateId: id },
      order: { changedAt: 'ASC', id: 'ASC' },
    });
    await this.audited(tenant, scope, 'read', [id], endpoint);
    return changes;
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
      const [view] = await this.views(scope, [candidate]);
      return view;
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

  /** The candidates the list filters select; codes in the filters are resolved like the profile's own. */
  private async filtered(scope: TenantScope, query: CandidateFilters): Promise<SelectQueryBuilder<Candidate>> {
    const errors: FieldError[] = [];
    const builder = scope.select(Candidate, 'candidate');
    if (query.name) builder.andWhere("candidate.name ILIKE :name ESCAPE '\\'", { name: `%${escapeLike(query.name)}%` });
    if (query.targetGroup) builder.andWhere('candidate.targetGroup = :targetGroup', { targetGroup: query.targetGroup });
    if (query.ladderStep) builder.andWhere('candidate.ladderStep = :ladderStep', { ladderStep: query.ladderStep });
    if (query.hours) builder.andWhere('candidate.hoursPerWeek >= :hours', { hours: query.hours });
    if (query.consultantId)
      builder.andWhere('candidate.consultantId = :consultantId', { consultantId: query.consultantId });
    if (query.skill) {
      try {
        const [skill] = await this.taxonomy.resolveSkills('skill', [query.skill]);
        builder.andWhere(
          `EXISTS (SELECT 1 FROM candidate_skills skill WHERE skill.candidate_id = candidate.id
            AND skill.jobcentre_id = candidate.jobcentre_id AND skill.skill_uri = :skillUri)`,
          { skillUri: skill.uri },
        );
      } catch (error) {
        errors.push(...fieldErrorsOf(error).map((each) => ({ ...each, field: 'skill' })));
      }
    }
    if (query.occupation) {
      try {
        const occupation = await this.taxonomy.resolveOccupation('occupation', query.occupation);
        builder.andWhere('candidate.desired_occupations @> ARRAY[:occupation]::text[]', {
          occupation: occupation.code,
        });
      } catch (error) {
        errors.push(...fieldErrorsOf(error));
      }
    }
    if (query.radiusKm !== undefined && !query.postcode) {
      errors.push({ field: 'radiusKm', messages: ['radiusKm needs a postcode to measure from'] });
    } else if (query.postcode) {
      const centre = await this.postcodes.find(query.postcode);
      if (!centre) {
        errors.push({ field: 'postcode', messages: [`postcode ${query.postcode} is not a Danish postcode`] });
      } else if (query.radiusKm === undefined) {
        builder.andWhere('candidate.postcode = :postcode', { postcode: query.postcode });
      } else if (centre.latitude === null || centre.longitude === null) {
        throw new UnprocessableEntityException(`Postcode ${centre.postcode} (${centre.name}) has no place on the map`);
      } else {
        builder.andWhere(
          `EXISTS (SELECT 1 FROM postcodes place WHERE place.postcode = candidate.postcode
            AND place.latitude IS NOT NULL AND ${distanceKmSql('place')} <= :radiusKm)`,
          { latitude: centre.latitude, longitude: centre.longitude, radiusKm: query.radiusKm },
        );
      }
    }
    if (errors.length > 0) throw invalidFields(errors);
    return builder;
  }

  private async views(scope: TenantScope, candidates: Candidate[]): Promise<CandidateView[]> {
    const ids = candidates.map((candidate) => candidate.id);
    const [consents, skills, catalogue] = await Promise.all([
      this.consentsOf(scope, ids),
      this.skillsOf(scope, ids),
      this.taxonomy.catalogue(),
    ]);
    const labels = labelsOf(catalogue);
    return candidates.map((candidate) =>
      toCandidateView(candidate, consents.get(candidate.id) ?? [], skills.get(candidate.id) ?? [], labels),
    );
  }

  private view(candidate: Candidate, consents: string[], skills: CandidateSkillLevel[]): Promise<CandidateView> {
    return this.taxonomy
      .catalogue()
      .then((catalogue) => toCandidateView(candidate, consents, skills, labelsOf(catalogue)));
  }

  private async skillsOf(scope: TenantScope, candidateIds: string[]): Promise<Map<string, CandidateSkillLevel[]>> {
    const byCandidate = new Map<string, CandidateSkillLevel[]>();
    if (candidateIds.length === 0) return byCandidate;
    const skills = await scope.find(CandidateSkill, {
      where: { candidateId: In(candidateIds) },
      order: { level: 'DESC', skillUri: 'ASC' },
    });
    for (const skill of skills)
      byCandidate.set(skill.candidateId, [
        ...(byCandidate.get(skill.candidateId) ?? []),
        { skillUri: skill.skillUri, level: skill.level },
      ]);
    return byCandidate;
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

  private async audited(
    tenant: TenantContext,
    scope: TenantScope,
    action: AuditAction,
    recordIds: string[],
    endpoint: string,
  ): Promise<void> {
    if (recordIds.length > 0)
      await this.audit.record(tenant, { action, recordType: CANDIDATE_RECORD_TYPE, recordIds, endpoint }, scope);
  }
}

function staffId(tenant: TenantContext): string | null {
  return tenant.actor && tenant.actor.role !== 'employer' && tenant.actor.role !== 'integration'
    ? tenant.actor.id
    : null;
}

function lockCandidate(scope: TenantScope, id: string): Promise<Candidate> {
  return scope.getOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } }, `No candidate with id ${id}`);
}

async function replaceSkills(scope: TenantScope, candidateId: string, skills: ResolvedSkill[]): Promise<void> {
  await scope.delete(CandidateSkill, { candidateId });
  await scope.insert(
    CandidateSkill,
    skills.map((skill) => ({ candidateId, ...skill })),
  );
}

async function conflictOnExternalId<T>(externalId: string | null | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
    if (error instanceof QueryFailedError && constraint === EXTERNAL_ID_INDEX)
      throw new ConflictException(`externalId ${externalId} is already another candidate's in your jobcentre`);
    throw error;
  }
}

function fieldErrorsOf(error: unknown): FieldError[] {
  const errors = (error as { getResponse?: () => { errors?: FieldError[] } }).getResponse?.().errors;
  if (!Array.isArray(errors)) throw error;
  return errors;
}
