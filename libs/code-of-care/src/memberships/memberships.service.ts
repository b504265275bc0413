import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { In } from 'typeorm';
import { Company } from '@jobbro/companies';
import { StaffMember } from '@jobbro/jobcentres';
import {
  Clock,
  danishDate,
  escapeLike,
  invalidField,
  TenantData,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { memberActivity, type MemberActivity } from '../activity/activity-rule';
import { ActivitySources } from '../activity/activity-sources';
import { limitPageOf, staleVersion, type LimitPage } from '../common/limit-page';
import { NetworkService } from '../network/network.service';
import { toCompanyRef } from '../common/refs.response';
import type {
  ContactDto,
  CreateMembershipDto,
  FindMembershipsQuery,
  JoinDto,
  LeaveDto,
  MembershipSort,
  ReopenDto,
  UpdateMembershipDto,
} from './dto/membership.dto';
import { MembershipEvent, type MembershipEventKind } from './membership-event.entity';
import {
  assertCanSetStage,
  latestContact,
  MembershipInputError,
  MembershipTransitionError,
  planCreate,
  planJoin,
  planLeave,
  planReopen,
} from './membership-transitions';
import type { HistoryEntryResponse, MembershipDetailResponse, MembershipResponse } from './membership.response';
import { Membership, type MembershipStatus } from './membership.entity';

/** A contact logged a little ahead of the server's clock (a laptop's clock runs fast) is still taken as now. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** An owner event's value when the owner is taken away. */
export const NO_OWNER = 'none';

const notFound = (id: string) => `No membership with id ${id} in your jobcentre's network`;
const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

type MembershipPatch = Partial<
  Pick<
    Membership,
    | 'status'
    | 'prospectStage'
    | 'ownerId'
    | 'note'
    | 'lastContactAt'
    | 'pledgeSignedOn'
    | 'pledgeSignatory'
    | 'joinedOn'
    | 'leftOn'
    | 'leftReason'
  >
>;
type NewEvent = Pick<MembershipEvent, 'kind' | 'fromValue' | 'toValue' | 'effectiveOn' | 'note'>;
interface Change {
  patch: MembershipPatch;
  events: NewEvent[];
}

/** Translates the rules' refusals into the API's answers: 409 for a move the status forbids, 400 for a bad field. */
async function answering<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MembershipTransitionError) throw new ConflictException(error.message);
    if (error instanceof MembershipInputError) throw invalidField(error.field, error.message);
    throw error;
  }
}

const KIND_ORDER: readonly MembershipEventKind[] = ['status', 'stage', 'owner', 'contact', 'activity'];
const STATUS_ORDER: Record<MembershipStatus, number> = { member: 0, prospect: 1, left: 2 };
const byName = (a: MembershipResponse, b: MembershipResponse) =>
  a.company.name.localeCompare(b.company.name, 'da') || a.id.localeCompare(b.id);
/** Latest first, none last; then by name. */
const latestFirst =
  (key: (view: MembershipResponse) => string | null) => (a: MembershipResponse, b: MembershipResponse) => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? 1 : -1;
    }
    return byName(a, b);
  };
const SORTS: Record<MembershipSort, (a: MembershipResponse, b: MembershipResponse) => number> = {
  name: byName,
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
  lastActivity: latestFirst((view) => view.activity?.lastActivityOn ?? null),
  lastContact: latestFirst((view) => view.lastContactAt?.toISOString() ?? null),
};

/**
 * The network's companies from prospect to member to left, each change dated in the membership's history. A member's
 * activity is never stored by hand: every answer computes it from the data on the clock's today.
 */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly data: TenantData,
    private readonly clock: Clock,
    private readonly sources: ActivitySources,
    private readonly network: NetworkService,
  ) {}

  async list(tenant: TenantContext, query: FindMembershipsQuery): Promise<LimitPage<MembershipResponse>> {
    const views = await this.matching(tenant, query);
    return limitPageOf(views.slice(query.offset, query.offset + query.limit), views.length, query);
  }

  /** Every membership the filters match, in the list's order (paging ignored), for the CSV export. */
  async *exportRows(tenant: TenantContext, query: FindMembershipsQuery): AsyncGenerator<MembershipResponse> {
    yield* await this.matching(tenant, query);
  }

  async get(tenant: TenantContext, id: string): Promise<MembershipDetailResponse> {
    const scope = this.data.for(tenant);
    const view = await this.viewOf(scope, id);
    const events = await scope.find(MembershipEvent, { where: { membershipId: id } });
    // In the order recorded, so each status change follows from the one before even when a join is dated back; the
    // events of one change share its transaction's time and follow each other by kind.
    events.sort(
      (x, y) =>
        x.recordedAt.getTime() - y.recordedAt.getTime() ||
        KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
        x.id.localeCompare(y.id),
    );
    const history: HistoryEntryResponse[] = events.map((event) => ({
      id: event.id,
      kind: event.kind,
      fromValue: event.fromValue,
      toValue: event.toValue,
      effectiveOn: event.effectiveOn,
      note: event.note,
      byName: event.byName,
      recordedAt: event.recordedAt,
    }));
    return { ...view, history };
  }

  /** A company put into the network by hand; 409 when it is in already (as prospect, member or left). */
  async create(tenant: TenantContext, input: CreateMembershipDto): Promise<MembershipResponse> {
    const scope = this.data.for(tenant);
    const { effectiveOn, joinedOn } = await answering(() => planCreate(input, this.clock.today()));
    if (!(await scope.exists(Company, { id: input.companyId })))
      throw invalidField('companyId', 'companyId must be the id of a company registered in your jobcentre');
    if (input.ownerId) await this.owner(scope, input.ownerId);
    let id: string;
    try {
      id = await scope.transaction(async (tx) => {
        await this.network.ensure(tx);
        const existing = await tx.findOneBy(Membership, { companyId: input.companyId });
        if (existing) throw alreadyInNetwork(existing);
        const membership = await tx.save(
          Membership,
          tx.create(Membership, {
            companyId: input.companyId,
            status: input.status,
            source: 'manual',
            ownerId: input.ownerId ?? null,
            note: input.note ?? null,
            pledgeSignedOn: input.pledgeSignedOn ?? null,
            pledgeSignatory: input.pledgeSignatory ?? null,
            joinedOn,
          }),
        );
        await tx.insert(
          MembershipEvent,
          this.recorded(tenant, membership.id, [
            { kind: 'status', fromValue: null, toValue: input.status, effectiveOn, note: input.note ?? null },
          ]),
        );
        return membership.id;
      });
    } catch (error) {
      // Another request (or an intake of interest) put the company in between the check and the insert.
      if (!isUniqueViolation(error)) throw error;
      throw alreadyInNetwork((await scope.findOneBy(Membership, { companyId: input.companyId }))!);
    }
    return this.viewOf(scope, id);
  }

  join(tenant: TenantContext, id: string, input: JoinDto): Promise<MembershipResponse> {
    return this.change(tenant, id, input.version, async (membership, today) => {
      const { joinedOn } = planJoin(membership, input, today);
      return {
        patch: {
          status: 'member',
          pledgeSignedOn: input.pledgeSignedOn,
          pledgeSignatory: input.pledgeSignatory,
          joinedOn,
          leftOn: null,
          leftReason: null,
        },
        events: [statusEvent(membership.status, 'member', joinedOn, input.note ?? null)],
      };
    });
  }

  leave(tenant: TenantContext, id: string, input: LeaveDto): Promise<MembershipResponse> {
    return this.change(tenant, id, input.version, async (membership, today) => {
      planLeave(membership, input.leftOn, today);
      return {
        patch: { status: 'left', leftOn: input.leftOn, leftReason: input.reason },
        events: [statusEvent(membership.status, 'left', input.leftOn, input.reason)],
      };
    });
  }

  /** Back to the pipeline at its first stage; the signing and the leaving stay in the history only. */
  reopen(tenant: TenantContext, id: string, input: ReopenDto): Promise<MembershipResponse> {
    return this.change(tenant, id, input.version, async (membership, today) => {
      planReopen(membership, input.on, today);
      const events = [statusEvent(membership.status, 'prospect', input.on, input.note ?? null)];
      if (membership.prospectStage !== 'new')
        events.push({
          kind: 'stage',
          fromValue: membership.prospectStage,
          toValue: 'new',
          effectiveOn: input.on,
          note: null,
        });
      return {
        patch: {
          status: 'prospect',
          prospectStage: 'new',
          leftOn: null,
          leftReason: null,
          joinedOn: null,
          pledgeSignedOn: null,
          pledgeSignatory: null,
        },
        events,
      };
    });
  }

  /** The pipeline's fields; a field sent with the value it has changes nothing and records nothing. */
  update(tenant: TenantContext, id: string, input: UpdateMembershipDto): Promise<MembershipResponse> {
    return this.change(tenant, id, input.version, async (membership, today, scope) => {
      const change: Change = { patch: {}, events: [] };
      if (input.prospectStage !== undefined && input.prospectStage !== membership.prospectStage) {
        assertCanSetStage(membership);
        change.patch.prospectStage = input.prospectStage;
        change.events.push({
          kind: 'stage',
          fromValue: membership.prospectStage,
          toValue: input.prospectStage,
          effectiveOn: today,
          note: null,
        });
      }
      if (input.ownerId !== undefined && input.ownerId !== membership.ownerId) {
        const before = membership.ownerId ? await scope.findOneBy(StaffMember, { id: membership.ownerId }) : null;
        const after = input.ownerId === null ? null : await this.owner(scope, input.ownerId);
        change.patch.ownerId = input.ownerId;
        change.events.push({
          kind: 'owner',
          fromValue: before?.name ?? null,
          toValue: after?.name ?? NO_OWNER,
          effectiveOn: today,
          note: null,
        });
      }
      if (input.note !== undefined && input.note !== membership.note) change.patch.note = input.note;
      return change;
    });
  }

  /**
   * A contact with the company, dated when it happened: the last contact moves to it unless a later one is known, and
   * a prospect still at `new` moves on to `contacted`.
   */
  contact(tenant: TenantContext, id: string, input: ContactDto): Promise<MembershipResponse> {
    const contactedAt = new Date(input.contactedAt);
    if (contactedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS)
      throw invalidField('contactedAt', 'contactedAt must not be in the future');
    const on = danishDate(contactedAt);
    return this.change(tenant, id, undefined, async (membership) => {
      const change: Change = {
        patch: { lastContactAt: latestContact(membership.lastContactAt, contactedAt) },
        events: [
          { kind: 'contact', fromValue: null, toValue: contactedAt.toISOString(), effectiveOn: on, note: input.note },
        ],
      };
      if (membership.status === 'prospect' && membership.prospectStage === 'new') {
        change.patch.prospectStage = 'contacted';
        change.events.push({ kind: 'stage', fromValue: 'new', toValue: 'contacted', effectiveOn: on, note: null });
      }
      return change;
    });
  }

  /**
   * One change of a membership, in a transaction holding its row: refused with 409 when it changed since `version`
   * (when given) or the rules forbid it, then written with its history events.
   */
  private async change(
    tenant: TenantContext,
    id: string,
    version: number | undefined,
    plan: (membership: Membership, today: string, scope: TenantScope) => Promise<Change>,
  ): Promise<MembershipResponse> {
    const scope = this.data.for(tenant);
    await scope.transaction(async (tx) => {
      const membership = await tx
        .select(Membership, 'membership')
        .andWhere('membership.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!membership) throw new NotFoundException(notFound(id));
      if (version !== undefined && version !== membership.version)
        throw new ConflictException(staleVersion('membership', version, membership.version));
      const today = this.clock.today();
      const change = await answering(() => plan(membership, today, tx));
      if (Object.keys(change.patch).length > 0) await tx.update(Membership, { id }, change.patch);
      if (change.events.length > 0) await tx.insert(MembershipEvent, this.recorded(tenant, id, change.events));
    });
    return this.viewOf(scope, id);
  }

  private recorded(tenant: TenantContext, membershipId: string, events: NewEvent[]) {
    return events.map((event) => ({
      ...event,
      membershipId,
      byId: tenant.actor?.id ?? null,
      byName: tenant.actor?.name ?? null,
    }));
  }

  /** The staff member to follow a company: one of the jobcentre's, still working there. */
  private async owner(scope: TenantScope, ownerId: string): Promise<StaffMember> {
    const owner = await scope.findOneBy(StaffMember, { id: ownerId });
    if (!owner) throw invalidField('ownerId', 'ownerId must be the id of a staff member of your jobcentre');
    if (!owner.active) throw invalidField('ownerId', `ownerId names ${owner.name}, who no longer works here`);
    return owner;
  }

  private async matching(tenant: TenantContext, query: FindMembershipsQuery): Promise<MembershipResponse[]> {
    const scope = this.data.for(tenant);
    const builder = scope
      .select(Membership, 'membership')
      .innerJoinAndSelect('membership.company', 'company', 'company.jobcentre_id = membership.jobcentre_id');
    if (query.status) builder.andWhere('membership.status = :status', { status: query.status });
    if (query.stage)
      builder.andWhere("membership.status = 'prospect' AND membership.prospect_stage = :stage", { stage: query.stage });
    if (query.activity) builder.andWhere("membership.status = 'member'");
    if (query.ownerId) builder.andWhere('membership.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.q)
      builder.andWhere("(company.name ILIKE :q ESCAPE '\\' OR company.cvr_number LIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    // A network is tens to hundreds of companies: activity is computed for all that match, then filtered, sorted and
    // paged, so a filter or an order by activity sees the same answer as the membership shows.
    const views = await this.viewsOf(scope, await builder.getMany());
    const filtered = query.activity ? views.filter((view) => hasActivity(view.activity, query.activity!)) : views;
    return filtered.sort(SORTS[query.sort]);
  }

  private async viewOf(scope: TenantScope, id: string): Promise<MembershipResponse> {
    const membership = await scope.getOne(Membership, { where: { id }, relations: { company: true } }, notFound(id));
    return (await this.viewsOf(scope, [membership]))[0];
  }

  /** Memberships (with their companies) as answers: owners named, members' activity computed for today. */
  private async viewsOf(scope: TenantScope, memberships: Membership[]): Promise<MembershipResponse[]> {
    const today = this.clock.today();
    const memberCompanies = memberships.filter((each) => each.status === 'member').map((each) => each.companyId);
    const ownerIds = [...new Set(memberships.flatMap((each) => (each.ownerId ? [each.ownerId] : [])))];
    const settings = await this.network.rules(scope);
    const last = memberCompanies.length > 0 ? await this.sources.lastActivities(scope, today, memberCompanies) : null;
    const owners = new Map(
      ownerIds.length > 0
        ? (await scope.find(StaffMember, { where: { id: In(ownerIds) } })).map((staff) => [staff.id, staff.name])
        : [],
    );
    return memberships.map((membership) => ({
      id: membership.id,
      company: toCompanyRef(membership.company!),
      status: membership.status,
      prospectStage: membership.prospectStage,
      source: membership.source,
      sourceIntakeId: membership.sourceIntakeId,
      owner: membership.ownerId ? { id: membership.ownerId, name: owners.get(membership.ownerId) ?? '' } : null,
      lastContactAt: membership.lastContactAt,
      pledgeSignedOn: membership.pledgeSignedOn,
      pledgeSignatory: membership.pledgeSignatory,
      joinedOn: membership.joinedOn,
      leftOn: membership.leftOn,
      leftReason: membership.leftReason,
      note: membership.note,
      activity:
        membership.status === 'member'
          ? memberActivity(last?.get(membership.companyId) ?? null, today, settings)
          : null,
      createdAt: membership.createdAt,
      updatedAt: membership.updatedAt,
      version: membership.version,
    }));
  }
}

const statusEvent = (
  from: MembershipStatus,
  to: MembershipStatus,
  effectiveOn: string,
  note: string | null,
): NewEvent => ({
  kind: 'status',
  fromValue: from,
  toValue: to,
  effectiveOn,
  note,
});

function hasActivity(activity: MemberActivity | null, wanted: string): boolean {
  if (!activity) return false;
  if (wanted === 'lapsing') return activity.status === 'active' && activity.lapsingSoon;
  return activity.status === wanted;
}

const alreadyInNetwork = (existing: Membership) =>
  new ConflictException({
    message: `The company is in the network already (${existing.status}); its membership is ${existing.id}`,
    membershipId: existing.id,
  });
