import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { csvRecords, type CsvRowError } from '@jobbro/imports';
import {
  invalidField,
  invalidFields,
  pageOf,
  TenantData,
  TtlCache,
  type FieldError,
  type Page,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { PostingSettingsService } from '@jobbro/postings';
import { TaxonomyService, type TaxonomyCatalogue } from '@jobbro/taxonomy';
import type {
  FindShortagePeriodsQuery,
  ReplaceShortagePeriodDto,
  ShortagePeriodDto,
  StarImportQuery,
} from './dto/shortage-period.dto';
import { ShortagePeriod, type OccupationWeight, type ShortageSource } from './shortage-period.entity';
import type {
  CurrentShortageResponse,
  ShortagePeriodResponse,
  SkippedCountsResponse,
  StarImportReportResponse,
} from './shortage-period.response';
import { isCalendarDate } from './shortage-rules';
import {
  planStarImport,
  SKIP_REASONS,
  STAR_CSV_COLUMNS,
  STAR_CSV_REQUIRED,
  type SkippedRow,
  type StarCsvRow,
} from './star-csv';

/** The shortage weights in force for a jobcentre on a day, as matching reads them. */
export interface ShortageWeights {
  /** The covering period; null when none covers the day and the posting settings' sectors apply. */
  periodId: string | null;
  name: string;
  /** Sector code → weight 0–1 (1 the strongest). */
  sectors: ReadonlyMap<string, number>;
  /** ESCO occupation code → weight 0–1. */
  occupations: ReadonlyMap<string, number>;
}

/** How long a process keeps a jobcentre's weights for a day; another process's change shows after at most this. */
export const SHORTAGE_WEIGHTS_TTL_MS = 30_000;
/** A STAR file has about 1,000 occupations per RAR area; all eight areas fit in 1–2 MB. */
export const MAX_STAR_ROWS = 50_000;
const MAX_SKIPPED_LISTED = 1000;

const todayInDenmark = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

const LOCK = 'shortage-periods';

/**
 * The sectors and occupations each jobcentre pushes toward, per period (mangelområder): kept by coordinators and
 * leads, imported from STAR's Arbejdsmarkedsbalancen, and read by matching on every query (cached briefly).
 */
@Injectable()
export class ShortageSectorsService {
  private readonly weights = new TtlCache<string, ShortageWeights>(SHORTAGE_WEIGHTS_TTL_MS);
  /** Bumped on every write of a jobcentre's periods here, so its cached weights are never read again. */
  private readonly generations = new Map<string, number>();
  private starIndex: Promise<Map<string, string[]>> | null = null;

  constructor(
    private readonly data: TenantData,
    private readonly taxonomy: TaxonomyService,
    private readonly postingSettings: PostingSettingsService,
  ) {}

  /**
   * The weights matching uses for `jobcentreId` on `date` (YYYY-MM-DD): the period covering the day, or else the
   * jobcentre's posting settings' shortage sectors, each at weight 1. Cached per jobcentre and day for
   * SHORTAGE_WEIGHTS_TTL_MS; a write through this process drops the jobcentre's entries at once.
   */
  async weightsOn(jobcentreId: string, date: string): Promise<ShortageWeights> {
    if (!isCalendarDate(date)) throw new RangeError(`weightsOn needs a date written YYYY-MM-DD, not "${date}"`);
    const key = `${jobcentreId}|${this.generations.get(jobcentreId) ?? 0}|${date}`;
    return (await this.weights.getOrLoad(key, () => this.loadWeights(jobcentreId, date)))!;
  }

  private async loadWeights(jobcentreId: string, date: string): Promise<ShortageWeights> {
    const tenant: TenantContext = { jobcentreId, actor: null, companyCvrNumbers: [] };
    const period = await this.covering(this.data.for(tenant), date);
    if (period) return shortageWeightsOf(period, [], date);
    return shortageWeightsOf(null, (await this.postingSettings.rulesFor(tenant)).shortageSectors, date);
  }

  private forget(jobcentreId: string): void {
    this.generations.set(jobcentreId, (this.generations.get(jobcentreId) ?? 0) + 1);
  }

  private covering(scope: TenantScope, date: string): Promise<ShortagePeriod | null> {
    return scope
      .select(ShortagePeriod, 'period')
      .andWhere('period.valid_from <= :date AND period.valid_to >= :date', { date })
      .orderBy('period.valid_from', 'DESC')
      .getOne();
  }

  async list(tenant: TenantContext, query: FindShortagePeriodsQuery): Promise<Page<ShortagePeriodResponse>> {
    const builder = this.data.for(tenant).select(ShortagePeriod, 'period');
    if (query.on) builder.andWhere('period.valid_from <= :on AND period.valid_to >= :on', { on: query.on });
    const [items, total] = await builder
      .orderBy('period.valid_from', 'DESC')
      .addOrderBy('period.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const catalogue = await this.taxonomy.catalogue();
    return pageOf(
      items.map((period) => toResponse(period, catalogue)),
      total,
      query,
    );
  }

  async get(tenant: TenantContext, id: string): Promise<ShortagePeriodResponse> {
    const period = await this.data.for(tenant).getOne(ShortagePeriod, { where: { id } }, notFound(id));
    return toResponse(period, await this.taxonomy.catalogue());
  }

  async current(tenant: TenantContext, on: string = todayInDenmark()): Promise<CurrentShortageResponse> {
    const catalogue = await this.taxonomy.catalogue();
    const period = await this.covering(this.data.for(tenant), on);
    if (period) {
      const view = toResponse(period, catalogue);
      return {
        on,
        basis: 'period',
        name: period.name,
        period: view,
        sectors: view.sectors,
        occupations: [...view.occupations],
      };
    }
    const weights = await this.weightsOn(tenant.jobcentreId, on);
    return {
      on,
      basis: 'posting-settings',
      name: weights.name,
      period: null,
      sectors: [...weights.sectors].map(([code, weight]) => sectorView(catalogue, code, weight)),
      occupations: [],
    };
  }

  async create(tenant: TenantContext, input: ShortagePeriodDto): Promise<ShortagePeriodResponse> {
    const catalogue = await this.checked(input);
    const period = await this.data.for(tenant).transaction(async (scope) => {
      await this.refuseOverlap(scope, input);
      return scope.save(
        ShortagePeriod,
        scope.create(ShortagePeriod, {
          ...periodFields(input, 'manual', []),
          createdById: tenant.actor?.id ?? null,
        }),
      );
    });
    this.forget(tenant.jobcentreId);
    return toResponse(period, catalogue);
  }

  /** Replaces the whole period; imported occupations that stay keep STAR's rating and code. */
  async replace(tenant: TenantContext, id: string, input: ReplaceShortagePeriodDto): Promise<ShortagePeriodResponse> {
    const catalogue = await this.checked(input);
    const period = await this.data.for(tenant).transaction(async (scope) => {
      await scope.lock(LOCK);
      const existing = await scope.getOne(ShortagePeriod, { where: { id } }, notFound(id));
      if (input.version !== undefined && input.version !== existing.version) {
        throw new ConflictException({
          message:
            `The period was changed since version ${input.version} (it is at version ${existing.version}): ` +
            'reload it and make the change again',
          currentVersion: existing.version,
        });
      }
      await this.refuseOverlap(scope, input, id);
      const { version: _version, ...fields } = { ...input };
      return scope.save(
        ShortagePeriod,
        Object.assign(existing, periodFields(fields, existing.source, existing.occupations)),
      );
    });
    this.forget(tenant.jobcentreId);
    return toResponse(period, catalogue);
  }

  async remove(tenant: TenantContext, id: string): Promise<void> {
    const removed = await this.data.for(tenant).delete(ShortagePeriod, { id });
    if (removed === 0) throw new NotFoundException(notFound(id));
    this.forget(tenant.jobcentreId);
  }

  /**
   * A STAR Arbejdsmarkedsbalancen CSV into a new period for one RAR area: mangel 1, paradoks 0.5; gode and mindre
   * gode counted, not stored. Bad rows are reported by line and never fail the good ones; a file that is not such a
   * CSV is a 400 saying what is wrong, a period overlapping another a 409.
   */
  async importStar(tenant: TenantContext, body: Readable, query: StarImportQuery): Promise<StarImportReportResponse> {
    const unreadable: SkippedRow[] = [];
    const rows: StarCsvRow[] = [];
    const onBadRow = (error: CsvRowError) =>
      unreadable.push({ line: error.line, reason: 'bad-row', message: error.message });
    for await (const record of csvRecords(body, { columns: STAR_CSV_COLUMNS, required: STAR_CSV_REQUIRED }, onBadRow)) {
      if (rows.length >= MAX_STAR_ROWS) {
        body.resume();
        throw invalidField(
          'file',
          `The file has more than ${MAX_STAR_ROWS} rows; STAR's whole country has about 9,000`,
        );
      }
      rows.push(record);
    }
    if (rows.length === 0 && unreadable.length === 0) throw invalidField('file', 'The file has a header but no rows');
    const index = await this.starCodes();
    const plan = planStarImport(rows, unreadable, (code) => index.get(code) ?? [], query);
    const catalogue = await this.taxonomy.catalogue();
    const period = await this.data.for(tenant).transaction(async (scope) => {
      await this.refuseOverlap(scope, plan);
      return scope.save(
        ShortagePeriod,
        scope.create(ShortagePeriod, {
          name: plan.name,
          validFrom: plan.validFrom,
          validTo: plan.validTo,
          source: 'star-import',
          rarArea: plan.rarArea,
          sectors: [],
          occupations: plan.occupations,
          createdById: tenant.actor?.id ?? null,
        }),
      );
    });
    this.forget(tenant.jobcentreId);
    const counts = Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as unknown as SkippedCountsResponse;
    for (const row of plan.skipped) counts[row.reason]++;
    return {
      period: toResponse(period, catalogue),
      rows: plan.rows,
      occupationsStored: plan.occupations.length,
      skippedRows: plan.skipped.length,
      skippedByReason: counts,
      skipped: plan.skipped.slice(0, MAX_SKIPPED_LISTED),
    };
  }

  /** STAR occupation code → the ESCO occupations that carry it, built once per process from the taxonomy. */
  private starCodes(): Promise<Map<string, string[]>> {
    this.starIndex ??= this.taxonomy.catalogue().then((catalogue) => {
      const index = new Map<string, string[]>();
      for (const occupation of catalogue.occupations.values())
        for (const code of occupation.starCodes) index.set(code, [...(index.get(code) ?? []), occupation.code]);
      return index;
    });
    return this.starIndex;
  }

  /** Every sector and occupation code known, none twice, from before to after: each problem named by its field. */
  private async checked(input: ShortagePeriodDto): Promise<TaxonomyCatalogue> {
    const catalogue = await this.taxonomy.catalogue();
    const errors: FieldError[] = [];
    if (input.validFrom > input.validTo)
      errors.push({ field: 'validTo', messages: ['validTo must be on or after validFrom'] });
    const seenSectors = new Set<string>();
    const sectorCodes = [...catalogue.sectors.keys()].join(', ');
    input.sectors.forEach(({ code }, index) => {
      const field = `sectors.${index}.code`;
      if (!catalogue.sectors.has(code))
        errors.push({
          field,
          messages: [`${field} "${code.slice(0, 60)}" is not a sector code; the codes are ${sectorCodes}`],
        });
      else if (seenSectors.has(code)) errors.push({ field, messages: [`${field} names ${code} twice`] });
      seenSectors.add(code);
    });
    const seenOccupations = new Set<string>();
    input.occupations.forEach(({ code }, index) => {
      const field = `occupations.${index}.code`;
      if (!catalogue.occupations.has(code))
        errors.push({
          field,
          messages: [`${field} "${code.slice(0, 60)}" is not an ESCO occupation code (such as 5322.1)`],
        });
      else if (seenOccupations.has(code)) errors.push({ field, messages: [`${field} names ${code} twice`] });
      seenOccupations.add(code);
    });
    if (errors.length > 0) throw invalidFields(errors);
    return catalogue;
  }

  private async refuseOverlap(
    scope: TenantScope,
    span: { validFrom: string; validTo: string },
    exceptId?: string,
  ): Promise<void> {
    // Serialises the jobcentre's period changes, so two overlapping periods cannot slip in side by side.
    await scope.lock(LOCK);
    const query = scope
      .select(ShortagePeriod, 'period')
      .andWhere('period.valid_from <= :validTo AND period.valid_to >= :validFrom', span)
      .orderBy('period.valid_from', 'ASC');
    if (exceptId) query.andWhere('period.id <> :exceptId', { exceptId });
    const overlap = await query.getOne();
    if (overlap) {
      throw new ConflictException({
        message:
          `The period overlaps "${overlap.name}" (${overlap.validFrom} to ${overlap.validTo}): ` +
          "a jobcentre's periods may not share a day",
        conflictingPeriodId: overlap.id,
      });
    }
  }
}

const notFound = (id: string) => `No shortage period with id ${id}`;

const fallbackName = (date: string) => `Opslagsindstillingernes mangelområder (ingen periode dækker ${date})`;

/**
 * The weights of the period covering a day; with none, the posting settings' shortage sectors, each at weight 1,
 * named so (no occupations: the settings name sectors only).
 */
export function shortageWeightsOf(
  period: Pick<ShortagePeriod, 'id' | 'name' | 'sectors' | 'occupations'> | null,
  fallbackSectors: readonly string[],
  date: string,
): ShortageWeights {
  if (period) {
    return {
      periodId: period.id,
      name: period.name,
      sectors: new Map(period.sectors.map((each) => [each.code, each.weight])),
      occupations: new Map(period.occupations.map((each) => [each.code, each.weight])),
    };
  }
  return {
    periodId: null,
    name: fallbackName(date),
    sectors: new Map(fallbackSectors.map((code) => [code, 1])),
    occupations: new Map(),
  };
}

function periodFields(
  input: ShortagePeriodDto,
  source: ShortageSource,
  before: readonly OccupationWeight[],
): Pick<ShortagePeriod, 'name' | 'validFrom' | 'validTo' | 'source' | 'rarArea' | 'sectors' | 'occupations'> {
  const star = new Map(before.map((each) => [each.code, each]));
  return {
    name: input.name.trim(),
    validFrom: input.validFrom,
    validTo: input.validTo,
    source,
    rarArea: input.rarArea?.trim() || null,
    sectors: input.sectors.map(({ code, weight }) => ({ code, weight })),
    occupations: input.occupations.map(({ code, weight }) => ({
      code,
      weight,
      starRating: star.get(code)?.starRating ?? null,
      starCode: star.get(code)?.starCode ?? null,
    })),
  };
}

function sectorView(catalogue: TaxonomyCatalogue, code: string, weight: number) {
  const sector = catalogue.sectors.get(code);
  return { code, labelDa: sector?.labelDa ?? code, labelEn: sector?.labelEn ?? code, weight };
}

function toResponse(period: ShortagePeriod, catalogue: TaxonomyCatalogue): ShortagePeriodResponse {
  return {
    id: period.id,
    name: period.name,
    validFrom: period.validFrom,
    validTo: period.validTo,
    source: period.source,
    rarArea: period.rarArea,
    sectors: period.sectors.map(({ code, weight }) => sectorView(catalogue, code, weight)),
    occupations: [...period.occupations]
      .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code))
      .map((each) => ({
        code: each.code,
        label: catalogue.occupationLabel(each.code),
        weight: each.weight,
        starRating: each.starRating,
        starCode: each.starCode,
      })),
    createdAt: period.createdAt,
    updatedAt: period.updatedAt,
    version: period.version,
  };
}
