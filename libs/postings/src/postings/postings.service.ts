import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import { Company } from '@jobbro/companies';
import { IntakesService } from '@jobbro/duty-desk';
import {
  batchesOf,
  invalidField,
  invalidFields,
  pageOf,
  TenantData,
  type Page,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { distanceKmSql, PostcodesService, TaxonomyService } from '@jobbro/taxonomy';
import {
  checkPosting,
  fieldsForeignTo,
  kindDefaults,
  ruleOutcomes,
  violationsAsFieldErrors,
  type PostingFacts,
  type RuleStage,
} from '../rules/posting-rules';
import type { PostingRulesSettings } from '../rules/posting-rules-settings';
import { PostingSettingsService } from '../settings/posting-settings.service';
import type {
  CheckPostingRulesDto,
  CreatePostingDto,
  CreatePostingFromIntakeDto,
  UpdatePostingDto,
} from './dto/posting.dto';
import type { PostingRuleCheckResponse } from './posting-rule-check.response';
import type { FindPostingsQuery } from './dto/find-postings.query';
import { assertCan, assertEmployerMayEdit, PostingTransitionError } from './posting-lifecycle';
import { Posting } from './posting.entity';
import type { PostingResponse } from './posting.response';
import { factsOf, toPostingView } from './posting.view';

/** The API's field names for the entity's, where they differ. */
const FIELD_NAMES = { occupationCode: 'occupation' };
const EXPORT_BATCH = 500;

type PostingInput = Partial<Omit<CreatePostingDto, 'companyId'>>;

/** What an import did with one row. */
export type PostingImportOutcome = 'imported' | 'updated' | 'unchanged';

/**
 * Postings of the caller's jobcentre. Staff see and work all of them; an employer user sees and drafts only those of
 * the companies it acts for. Every write runs the kind rules with the jobcentre's settings.
 */
@Injectable()
export class PostingsService {
  constructor(
    private readonly data: TenantData,
    private readonly taxonomy: TaxonomyService,
    private readonly postcodes: PostcodesService,
    private readonly settings: PostingSettingsService,
    private readonly intakes: IntakesService,
  ) {}

  create(tenant: TenantContext, input: CreatePostingDto): Promise<PostingResponse> {
    return this.data.for(tenant).transaction(async (scope) => {
      const company = await this.companyFor(tenant, scope, input.companyId);
      const posting = await this.saveNew(tenant, scope, company, input);
      return this.view(tenant, scope, posting);
    });
  }

  /** Creates the posting an intake led to and closes the intake with outcome posting-created, in one transaction. */
  async createFromIntake(
    tenant: TenantContext,
    intakeId: string,
    input: CreatePostingFromIntakeDto,
  ): Promise<PostingResponse> {
    const view = await this.data.for(tenant).transaction((scope) =>
      this.intakes.closeWithin(tenant, scope, intakeId, 'posting-created', async (intake) => {
        const company = await scope.getOne(Company, { where: { id: intake.companyId } }, 'No company');
        const posting = await this.saveNew(tenant, scope, company, { ...input, intakeId });
        return { result: await this.view(tenant, scope, posting), details: { postingId: posting.id } };
      }),
    );
    await this.intakes.afterClosed(intakeId);
    return view;
  }

  /**
   * One row of an import, upserted on its externalId in the caller's transaction: a new posting is checked as
   * POST /postings checks it, an existing one as PATCH /postings/:id; with `open` a draft is then published as
   * POST /postings/:id/publish publishes it (an open posting stays open either way). `clear` names the fields to
   * empty on an existing posting. With `write: false` the row is only checked. A row that changes nothing is
   * 'unchanged', so a second run of the same file writes nothing. Throws the API's 400 for a bad row.
   */
  async importRow(
    tenant: TenantContext,
    scope: TenantScope,
    input: CreatePostingDto & { externalId: string },
    options: { open: boolean; clear: readonly (keyof UpdatePostingDto)[]; write: boolean },
  ): Promise<PostingImportOutcome> {
    const company = await this.companyFor(tenant, scope, input.companyId);
    const { companyId: _company, ...fields } = input;
    const existing = await scope.findOne(Posting, {
      where: { externalId: input.externalId },
      ...(options.write ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (existing && existing.companyId !== company.id)
      throw invalidField('companyId', `the posting ${input.externalId} belongs to another company`);
    const cleared = Object.fromEntries(options.clear.map((field) => [field, null]));
    const posting = existing
      ? await this.prepare(
          tenant,
          scope,
          Object.assign(new Posting(), existing, { company }),
          { ...cleared, ...fields } as PostingInput,
          existing.status === 'draft' ? 'draft' : 'publish',
        )
      : await this.prepare(tenant, scope, this.blank(tenant, scope, company), fields, 'draft');
    if (options.open && posting.status === 'draft') {
      assertRules(posting, await this.settings.rulesFor(tenant, scope), 'publish');
      Object.assign(posting, { status: 'open', publishedAt: new Date() });
    }
    if (posting.status === 'open' && posting.positionsFilled >= posting.positions) posting.status = 'filled';
    if (existing && sameColumns(existing, posting)) return 'unchanged';
    if (existing && existing.status !== 'draft' && existing.status !== 'open')
      throw invalidField(
        'externalId',
        `the posting ${input.externalId} is ${existing.status} and cannot be changed (only a draft or an open one can)`,
      );
    if (options.write) {
      const { company: _loaded, ...columns } = posting;
      await scope.save(Posting, Object.assign(new Posting(), columns));
    }
    return existing ? 'updated' : 'imported';
  }

  /**
   * Every rule of the draft's kind with its outcome, by the rules every save runs, with the jobcentre's settings and
   * the kind's defaults; nothing is saved. The occupation is only looked at as given or not (a save resolves it).
   */
  async checkRules(tenant: TenantContext, input: CheckPostingRulesDto): Promise<PostingRuleCheckResponse> {
    const settings = await this.settings.rulesFor(tenant);
    const facts: PostingFacts = {
      kind: input.kind,
      title: input.title ?? null,
      occupationCode: input.occupation?.trim() || null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      workplacePostcode: input.workplacePostcode ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      durationWeeks: input.durationWeeks ?? null,
      targetGroups: input.targetGroups ?? [],
      targetGroup: input.targetGroup ?? null,
      employerType: input.employerType ?? null,
      educationName: input.educationName ?? null,
      educationMonths: input.educationMonths ?? null,
    };
    Object.assign(
      facts,
      kindDefaults(facts, settings, (field) => input[field] !== undefined),
    );
    const outcomes = ruleOutcomes(facts, settings);
    return {
      kind: input.kind,
      savable: outcomes.every((outcome) => !outcome.blocksSaving),
      publishable: outcomes.every((outcome) => outcome.passed),
      rules: outcomes.map((outcome) => ({
        rule: outcome.rule,
        passed: outcome.passed,
        blocksSaving: outcome.blocksSaving,
        fields: [
          ...new Set(
            outcome.violations.map(
              (violation) => FIELD_NAMES[violation.field as keyof typeof FIELD_NAMES] ?? violation.field,
            ),
          ),
        ],
        messages: outcome.violations.map((violation) => violation.message),
      })),
    };
  }

  async get(tenant: TenantContext, id: string): Promise<PostingResponse> {
    const scope = this.data.for(tenant);
    return this.view(tenant, scope, await this.visible(tenant, scope, id));
  }

  update(tenant: TenantContext, id: string, input: UpdatePostingDto): Promise<PostingResponse> {
    return this.change(tenant, id, async (scope, posting) => {
      assertCan('edit', posting.status);
      if (isEmployer(tenant)) assertEmployerMayEdit(posting.status);
      if (input.kind && input.kind !== posting.kind && posting.status !== 'draft')
        throw new PostingTransitionError(`The posting is ${posting.status}; only a draft can change its kind`);
      if (input.positions !== undefined && input.positions < posting.positionsFilled)
        throw invalidField('positions', `positions cannot be fewer than the ${posting.positionsFilled} already filled`);
      const stage: RuleStage = posting.status === 'draft' ? 'draft' : 'publish';
      const changed = await this.prepare(tenant, scope, posting, input, stage);
      if (changed.status === 'open' && changed.positionsFilled >= changed.positions) changed.status = 'filled';
      return changed;
    });
  }

  publish(tenant: TenantContext, id: string): Promise<PostingResponse> {
    return this.change(tenant, id, async (scope, posting) => {
      assertCan('publish', posting.status);
      await this.assertRules(tenant, scope, posting, 'publish');
      return Object.assign(posting, { status: 'open', publishedAt: new Date() });
    });
  }

  close(tenant: TenantContext, id: string): Promise<PostingResponse> {
    return this.change(tenant, id, async (_scope, posting) => {
      assertCan('close', posting.status);
      return Object.assign(posting, { status: 'closed', closedAt: new Date() });
    });
  }

  async find(tenant: TenantContext, query: FindPostingsQuery): Promise<Page<PostingResponse>> {
    const scope = this.data.for(tenant);
    const builder = await this.filtered(tenant, scope, query);
    const [items, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const [catalogue, settings] = await Promise.all([this.taxonomy.catalogue(), this.settings.rulesFor(tenant, scope)]);
    return pageOf(
      items.map((posting) => toPostingView(posting, catalogue, settings)),
      total,
      query,
    );
  }

  /** Every posting the filters match, in the list's order, a batch at a time (for the CSV export). */
  async *findAll(tenant: TenantContext, query: FindPostingsQuery): AsyncGenerator<PostingResponse> {
    const scope = this.data.for(tenant);
    const [catalogue, settings] = await Promise.all([this.taxonomy.catalogue(), this.settings.rulesFor(tenant, scope)]);
    const builder = await this.filtered(tenant, scope, query);
    for await (const batch of batchesOf(builder, EXPORT_BATCH))
      for (const posting of batch) yield toPostingView(posting, catalogue, settings);
  }

  /** A posting in the caller's view: staff see all of the jobcentre's, an employer only its own companies'. */
  private async visible(tenant: TenantContext, scope: TenantScope, id: string): Promise<Posting> {
    const posting = await scope.getOne(Posting, { where: { id }, relations: { company: true } }, notFound(id));
    if (isEmployer(tenant) && !tenant.companyCvrNumbers.includes(posting.company!.cvrNumber))
      throw new NotFoundException(notFound(id));
    return posting;
  }

  private async filtered(
    tenant: TenantContext,
    scope: TenantScope,
    query: FindPostingsQuery,
  ): Promise<SelectQueryBuilder<Posting>> {
    const builder = scope
      .select(Posting, 'posting')
      .innerJoinAndSelect('posting.company', 'company', 'company.jobcentre_id = posting.jobcentre_id')
      .orderBy('posting.created_at', 'DESC')
      .addOrderBy('posting.id', 'ASC');
    if (isEmployer(tenant))
      builder.andWhere('company.cvr_number IN (:...cvrNumbers)', { cvrNumbers: [...tenant.companyCvrNumbers, ''] });
    if (query.kind) builder.andWhere('posting.kind = :kind', { kind: query.kind });
    if (query.status) builder.andWhere('posting.status = :status', { status: query.status });
    if (query.companyId) builder.andWhere('posting.company_id = :companyId', { companyId: query.companyId });
    if (query.occupation) {
      const occupation = await this.taxonomy.resolveOccupation('occupation', query.occupation);
      builder.andWhere('posting.occupation_code = :occupation', { occupation: occupation.code });
    }
    if (query.sector) {
      const [sector] = await this.taxonomy.resolveSectors('sector', [query.sector]);
      builder.andWhere('posting.occupation_code IN (SELECT code FROM occupations WHERE sector_code = :sector)', {
        sector: sector.code,
      });
    }
    if (query.shortageSector !== undefined) {
      const { shortageSectors } = await this.settings.rulesFor(tenant, scope);
      const inShortage = 'posting.occupation_code IN (SELECT code FROM occupations WHERE sector_code = ANY(:shortage))';
      builder.andWhere(query.shortageSector ? inShortage : `(posting.occupation_code IS NULL OR NOT ${inShortage})`, {
        shortage: shortageSectors,
      });
    }
    if (query.minHours !== undefined) builder.andWhere('posting.hours_per_week >= :minHours', query);
    if (query.maxHours !== undefined) builder.andWhere('posting.hours_per_week <= :maxHours', query);
    if (query.postcode !== undefined && query.radiusKm !== undefined) {
      const origin = await this.postcode('postcode', query.postcode);
      if (origin.latitude === null || origin.longitude === null)
        throw invalidField('postcode', `postcode ${query.postcode} has no place on the map to measure from`);
      builder.andWhere(
        `posting.workplace_postcode IN (SELECT p.postcode FROM postcodes p WHERE p.latitude IS NOT NULL AND
          ${distanceKmSql('p')} <= :radiusKm)`,
        { latitude: origin.latitude, longitude: origin.longitude, radiusKm: query.radiusKm },
      );
    }
    return builder;
  }

  /** Runs one change on the locked posting, then checks who may make it and saves it. */
  private change(
    tenant: TenantContext,
    id: string,
    apply: (scope: TenantScope, posting: Posting) => Promise<Posting>,
  ): Promise<PostingResponse> {
    return this.data.for(tenant).transaction(async (scope) => {
      await scope.getOne(Posting, { where: { id }, lock: { mode: 'pessimistic_write' } }, notFound(id));
      const posting = await this.visible(tenant, scope, id);
      let changed: Posting;
      try {
        changed = await apply(scope, posting);
      } catch (error) {
        if (error instanceof PostingTransitionError) throw new ConflictException(error.message);
        throw error;
      }
      const { company, ...columns } = changed;
      const saved = await scope.save(Posting, Object.assign(new Posting(), columns));
      saved.company = company;
      return this.view(tenant, scope, saved);
    });
  }

  private blank(tenant: TenantContext, scope: TenantScope, company: Company): Posting {
    return Object.assign(
      scope.create(Posting, {
        companyId: company.id,
        status: 'draft',
        positions: 1,
        positionsFilled: 0,
        requiredSkills: [],
        desiredSkills: [],
        targetGroups: [],
        companyVisiblePublicly: false,
        createdById: tenant.actor?.id ?? null,
        createdByName: tenant.actor?.name ?? null,
      }),
      {
        company,
        intakeId: null,
        externalId: null,
        description: null,
        occupationCode: null,
        hoursPerWeek: null,
        workplacePostcode: null,
        startDate: null,
        endDate: null,
        durationWeeks: null,
        targetGroup: null,
        employerType: null,
        educationName: null,
        educationMonths: null,
        publishedAt: null,
        closedAt: null,
      },
    );
  }

  private async saveNew(
    tenant: TenantContext,
    scope: TenantScope,
    company: Company,
    input: PostingInput & { intakeId?: string },
  ): Promise<Posting> {
    const { intakeId, ...fields } = input;
    const posting = await this.prepare(tenant, scope, this.blank(tenant, scope, company), fields, 'draft');
    posting.intakeId = intakeId ?? null;
    const { company: _company, ...columns } = posting;
    const saved = await scope.save(Posting, Object.assign(new Posting(), columns));
    saved.company = company;
    return saved;
  }

  /**
   * The posting with `input` applied: occupation and skills normalised to their codes, the postcode checked, the
   * småjob's target groups defaulted, fields of a kind it left dropped; then the kind rules, or a 400.
   */
  private async prepare(
    tenant: TenantContext,
    scope: TenantScope,
    posting: Posting,
    input: PostingInput,
    stage: RuleStage,
  ): Promise<Posting> {
    // Fields left out are undefined on the DTO instance; only what was sent changes the posting.
    input = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as PostingInput;
    const { occupation, requiredSkills, desiredSkills, ...plain } = input;
    const kindChanged = input.kind !== undefined && input.kind !== posting.kind;
    const next = Object.assign(posting, plain) as Posting;
    if (kindChanged) {
      for (const field of fieldsForeignTo(next.kind))
        if (!(field in input)) Object.assign(next, { [field]: field === 'targetGroups' ? [] : null });
    }
    for (const [field, value] of Object.entries(plain))
      if (value === null && ['targetGroups', 'positions'].includes(field))
        throw invalidField(field, `${field} is needed`);
    if (occupation !== undefined)
      next.occupationCode =
        occupation === null ? null : (await this.taxonomy.resolveOccupation('occupation', occupation)).code;
    if (requiredSkills !== undefined)
      next.requiredSkills = (await this.taxonomy.resolveSkills('requiredSkills', requiredSkills ?? [])).map(
        (s) => s.uri,
      );
    if (desiredSkills !== undefined)
      next.desiredSkills = (await this.taxonomy.resolveSkills('desiredSkills', desiredSkills ?? [])).map((s) => s.uri);
    if (input.workplacePostcode) await this.postcode('workplacePostcode', input.workplacePostcode);
    const settings = await this.settings.rulesFor(tenant, scope);
    Object.assign(
      next,
      kindDefaults(next, settings, (field) => field in input),
    );
    assertRules(next, settings, stage);
    return next;
  }

  private async postcode(field: string, code: string) {
    const postcode = await this.postcodes.find(code);
    if (!postcode) throw invalidField(field, `${field} ${code} is not a Danish postcode`);
    return postcode;
  }

  private async assertRules(tenant: TenantContext, scope: TenantScope, posting: Posting, stage: RuleStage) {
    assertRules(posting, await this.settings.rulesFor(tenant, scope), stage);
  }

  /** The company a new posting is for: any of the jobcentre's for staff, one of its own for an employer user. */
  private async companyFor(tenant: TenantContext, scope: TenantScope, companyId: string): Promise<Company> {
    const company = await scope.findOneBy(Company, {
      id: companyId,
      ...(isEmployer(tenant) ? { cvrNumber: In([...tenant.companyCvrNumbers]) } : {}),
    });
    if (!company)
      throw invalidField(
        'companyId',
        isEmployer(tenant)
          ? 'companyId must be the id of one of the companies you act for'
          : 'companyId must be the id of a company registered in your jobcentre',
      );
    return company;
  }

  private async view(tenant: TenantContext, scope: TenantScope, posting: Posting): Promise<PostingResponse> {
    const [catalogue, settings] = await Promise.all([this.taxonomy.catalogue(), this.settings.rulesFor(tenant, scope)]);
    return toPostingView(posting, catalogue, settings);
  }
}

function assertRules(posting: Posting, settings: PostingRulesSettings, stage: RuleStage): void {
  const violations = checkPosting(factsOf(posting), settings, stage);
  if (violations.length) throw invalidFields(violationsAsFieldErrors(violations, FIELD_NAMES));
}

const isEmployer = (tenant: TenantContext) => tenant.actor?.role === 'employer';
const notFound = (id: string) => `No posting with id ${id}`;

/** Whether an import row leaves the stored posting as it was. */
function sameColumns(stored: Posting, next: Posting): boolean {
  const ignored = new Set(['company', 'createdAt', 'updatedAt', 'version']);
  return Object.keys(next)
    .filter((key) => !ignored.has(key))
    .every(
      (key) =>
        JSON.stringify(stored[key as keyof Posting] ?? null) === JSON.stringify(next[key as keyof Posting] ?? null),
    );
}
