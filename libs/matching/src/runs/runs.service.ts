import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, type FindOptionsWhere } from 'typeorm';
import type { TenantContext } from '@jobbro/platform';
import { AuditLogService } from '@jobbro/privacy';
import { MatchRun } from '../matches/match-run.entity';
import { MatchWeightsService } from '../weights/match-weights.service';
import { representation } from './representation';
import type {
  FindRunsQuery,
  MatchRunDetailResponse,
  MatchRunPageResponse,
  MatchRunResponse,
  RepresentationQuery,
  RepresentationResponse,
} from './runs.dto';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The report reads at most this many lists, the latest; a longer period is a sample of its end. */
const MAX_REPORT_RUNS = 20_000;

function period(query: { from?: Date; to?: Date }): { from: Date; to: Date } {
  const to = query.to ?? new Date();
  return { from: query.from ?? new Date(to.getTime() - 30 * DAY_MS), to };
}

/** The record of match lists shown (EU AI Act), and the report of how groups are represented in them. */
@Injectable()
export class MatchRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly weights: MatchWeightsService,
    private readonly audit: AuditLogService,
  ) {}

  async find(tenant: TenantContext, query: FindRunsQuery): Promise<MatchRunPageResponse> {
    const { from, to } = period(query);
    const where: FindOptionsWhere<MatchRun> = {
      jobcentreId: tenant.jobcentreId,
      requestedAt: Between(from, new Date(to.getTime() - 1)),
      ...(query.subjectId ? { subjectId: query.subjectId } : {}),
      ...(query.direction ? { direction: query.direction } : {}),
    };
    const [runs, total] = await this.dataSource.getRepository(MatchRun).findAndCount({
      where,
      order: { requestedAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: runs.map(summary), total, page: query.page, pageSize: query.pageSize };
  }

  /** A recorded list with its inputs and weights: the candidate facts in it are personal data, so it is audited. */
  async get(tenant: TenantContext, id: string, endpoint: string): Promise<MatchRunDetailResponse> {
    const run = await this.dataSource.getRepository(MatchRun).findOneBy({ id, jobcentreId: tenant.jobcentreId });
    if (!run) throw new NotFoundException(`No match run with id ${id}`);
    const candidateIds =
      run.direction === 'posting-candidates' ? run.results.map((result) => result.id) : [run.subjectId];
    if (candidateIds.length > 0) {
      await this.audit.record(tenant, { action: 'read', recordType: 'candidate', recordIds: candidateIds, endpoint });
    }
    return {
      ...summary(run),
      weights: await this.weights.version(tenant.jobcentreId, run.weightsVersion),
      inputs: run.inputs,
      results: run.results,
    };
  }

  async representation(tenant: TenantContext, query: RepresentationQuery): Promise<RepresentationResponse> {
    const { from, to } = period(query);
    const runs = await this.dataSource.getRepository(MatchRun).find({
      select: { results: true, pool: true },
      where: {
        jobcentreId: tenant.jobcentreId,
        direction: 'posting-candidates',
        requestedAt: Between(from, new Date(to.getTime() - 1)),
      },
      order: { requestedAt: 'DESC' },
      take: MAX_REPORT_RUNS,
    });
    const groups = representation(
      runs,
      (result) => result.targetGroup,
      (pool) => pool.targetGroups,
    );
    const bands = representation(
      runs,
      (result) => result.ageBand,
      (pool) => pool.ageBands,
    );
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      runs: runs.length,
      top20Entries: groups.top20Entries,
      targetGroups: groups.rows,
      ageBands: bands.rows,
      method:
        'For hver kandidatliste til et opslag tælles pladserne 1–20 efter ydelsesgruppe og aldersgruppe og ' +
        'sammenlignes med gruppens andel af de egnede kandidater med mindst én af opslagets færdigheder (ved ' +
        'store puljer en stikprøve på 2.000). En gruppe markeres, når dens andel af top 20 er under 80 % af dens ' +
        'andel af puljen (firefemtedelsreglen), og den udgør mindst 2 % af puljen.',
    };
  }
}

function summary(run: MatchRun): MatchRunResponse {
  return {
    id: run.id,
    direction: run.direction,
    subjectId: run.subjectId,
    purpose: run.purpose,
    requestedById: run.requestedById,
    requestedAt: run.requestedAt.toISOString(),
    weightsVersion: run.weightsVersion,
    resultCount: run.results.length,
    eligibleCount: run.eligibleCount,
    excludedCount: run.excludedCount,
  };
}
