import { ConflictException, Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Candidate, CandidateLadder, type LadderStep } from '@jobbro/candidates';
import {
  batchesOf,
  invalidField,
  pageOf,
  TenantData,
  type Page,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { AuditLogService, type AuditAction } from '@jobbro/privacy';
import { checkPlacement } from '../rules/placement-rules';
import { POSTING_KIND_NAMES } from '../rules/posting-kinds';
import { PostingSettingsService } from '../settings/posting-settings.service';
import { assertCan, PostingTransitionError, statusAfterPlacement } from '../postings/posting-lifecycle';
import { Posting } from '../postings/posting.entity';
import type { CreatePlacementDto, EndPlacementDto, FindPlacementsQuery } from './dto/placement.dto';
import { Placement } from './placement.entity';
import type { PlacementResponse } from './placement.response';

/** A placement says where a candidate works: it is audited as a read or change of that candidate. */
const RECORD_TYPE = 'candidate';
const EXPORT_BATCH = 500;

/** A placement as the CSV export has it: with whom it placed, and where. */
export type PlacementExportRow = PlacementResponse & { candidateName: string; postingTitle: string };

/** Today in Denmark, as a calendar date. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * Candidates placed in postings. A placement locks its posting's row, so placements arriving together take the
 * positions one at a time and never more than there are; the last one fills the posting. A filled posting stays
 * filled when a placement ends: the company got its people; a new need is a new posting.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly data: TenantData,
    private readonly settings: PostingSettingsService,
    private readonly ladder: CandidateLadder,
    private readonly audit: AuditLogService,
  ) {}

  create(tenant: TenantContext, input: CreatePlacementDto, endpoint: string): Promise<PlacementResponse> {
    return this.data.for(tenant).transaction(async (scope) => {
      const posting = await scope.findOne(Posting, {
        where: { id: input.postingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!posting) throw invalidField('postingId', 'postingId must be the id of an open posting of your jobcentre');
      const candidate = await scope.findOneBy(Candidate, { id: input.candidateId });
      if (!candidate) throw invalidField('candidateId', 'candidateId must be the id of a candidate of your jobcentre');
      try {
        assertCan('place', posting.status);
      } catch (error) {
        if (error instanceof PostingTransitionError) throw new ConflictException(error.message);
        throw error;
      }
      const startDate = input.startDate ?? posting.startDate ?? today();
      const hoursPerWeek = input.hoursPerWeek ?? posting.hoursPerWeek!;
      const [violation] = checkPlacement(
        { posting, candidate, startDate, hoursPerWeek },
        await this.settings.rulesFor(tenant, scope),
      );
      if (violation) throw new ConflictException({ message: violation.message, rule: violation.rule });
      if (await scope.exists(Placement, { postingId: posting.id, candidateId: candidate.id, endedAt: IsNull() }))
        throw new ConflictException('The candidate is already placed in this posting');

      const placement = await scope.save(
        Placement,
        scope.create(Placement, {
          postingId: posting.id,
          candidateId: candidate.id,
          kind: posting.kind,
          startDate,
          hoursPerWeek,
          ladderStepBefore: candidate.ladderStep,
          ladderStepAfter: null,
          endedAt: null,
          endReason: null,
          endNote: null,
          createdById: tenant.actor?.id ?? null,
        }),
      );
      const positionsFilled = posting.positionsFilled + 1;
      await scope.update(
        Posting,
        { id: posting.id },
        { positionsFilled, status: statusAfterPlacement(posting.positions, positionsFilled) },
      );
      if (input.ladderStep !== undefined) {
        const reason = `Placed in ${POSTING_KIND_NAMES[posting.kind]} "${posting.title}"`;
        await this.moveLadder(tenant, scope, placement, input.ladderStep, reason);
      }
      await this.audited(tenant, scope, 'update', [candidate.id], endpoint);
      return toPlacementView(placement);
    });
  }

  async get(tenant: TenantContext, id: string, endpoint: string): Promise<PlacementResponse> {
    const scope = this.data.for(tenant);
    const placement = await scope.getOne(Placement, { where: { id } }, `No placement with id ${id}`);
    await this.audited(tenant, scope, 'read', [placement.candidateId], endpoint);
    return toPlacementView(placement);
  }

  async find(tenant: TenantContext, query: FindPlacementsQuery, endpoint: string): Promise<Page<PlacementResponse>> {
    const scope = this.data.for(tenant);
    const [items, total] = await this.filtered(scope, query)
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    await this.audited(tenant, scope, 'read', [...new Set(items.map((each) => each.candidateId))], endpoint);
    return pageOf(items.map(toPlacementView), total, query);
  }

  /**
   * Every placement the filters select (paging ignored), in the list's order, a batch at a time, with its posting's
   * title and its candidate's name (for the CSV export); each batch's candidates are audited as read before it is
   * handed on.
   */
  async *findAll(
    tenant: TenantContext,
    query: FindPlacementsQuery,
    endpoint: string,
  ): AsyncGenerator<PlacementExportRow> {
    const scope = this.data.for(tenant);
    const builder = this.filtered(scope, query);
    for await (const batch of batchesOf(builder, EXPORT_BATCH)) {
      const candidateIds = [...new Set(batch.map((each) => each.candidateId))];
      const [candidates, postings] = await Promise.all([
        scope.find(Candidate, { select: { id: true, name: true }, where: { id: In(candidateIds) } }),
        scope.find(Posting, {
          select: { id: true, title: true },
          where: { id: In([...new Set(batch.map((each) => each.postingId))]) },
        }),
      ]);
      await this.audited(tenant, scope, 'read', candidateIds, endpoint);
      const names = new Map(candidates.map((each) => [each.id, each.name]));
      const titles = new Map(postings.map((each) => [each.id, each.title]));
      for (const placement of batch)
        yield {
          ...toPlacementView(placement),
          candidateName: names.get(placement.candidateId) ?? '',
          postingTitle: titles.get(placement.postingId) ?? '',
        };
    }
  }

  private filtered(scope: TenantScope, query: FindPlacementsQuery) {
    const builder = scope.select(Placement, 'placement');
    if (query.postingId) builder.andWhere('placement.posting_id = :postingId', { postingId: query.postingId });
    if (query.candidateId)
      builder.andWhere('placement.candidate_id = :candidateId', { candidateId: query.candidateId });
    if (query.active !== undefined) builder.andWhere(`placement.ended_at IS ${query.active ? '' : 'NOT '}NULL`);
    return builder.orderBy('placement.start_date', 'DESC').addOrderBy('placement.id', 'ASC');
  }

  /** Ends a placement with why; the posting keeps its status (a filled posting stays filled). */
  end(tenant: TenantContext, id: string, input: EndPlacementDto, endpoint: string): Promise<PlacementResponse> {
    return this.data.for(tenant).transaction(async (scope) => {
      const placement = await scope.getOne(
        Placement,
        { where: { id }, lock: { mode: 'pessimistic_write' } },
        `No placement with id ${id}`,
      );
      if (placement.endedAt) throw new ConflictException(`The placement ended already (${placement.endReason})`);
      Object.assign(placement, { endedAt: new Date(), endReason: input.reason, endNote: input.note ?? null });
      if (input.ladderStep !== undefined) {
        const reason = `Placement ended: ${input.reason}`;
        await this.moveLadder(tenant, scope, placement, input.ladderStep, reason);
      }
      const saved = await scope.save(Placement, placement);
      await this.audited(tenant, scope, 'update', [placement.candidateId], endpoint);
      return toPlacementView(saved);
    });
  }

  private async moveLadder(
    tenant: TenantContext,
    scope: TenantScope,
    placement: Placement,
    step: number,
    reason: string,
  ): Promise<void> {
    const move = await this.ladder.move(scope, tenant, placement.candidateId, step as LadderStep, reason, placement.id);
    placement.ladderStepAfter = move.to;
    await scope.update(Placement, { id: placement.id }, { ladderStepAfter: move.to });
  }

  private async audited(
    tenant: TenantContext,
    scope: TenantScope,
    action: AuditAction,
    candidateIds: string[],
    endpoint: string,
  ): Promise<void> {
    if (candidateIds.length > 0)
      await this.audit.record(tenant, { action, recordType: RECORD_TYPE, recordIds: candidateIds, endpoint }, scope);
  }
}

export function toPlacementView(placement: Placement): PlacementResponse {
  const { jobcentreId: _jobcentre, createdById: _by, ...view } = placement;
  return { ...view, kindName: POSTING_KIND_NAMES[placement.kind], active: placement.endedAt === null };
}
