import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  Clock,
  DANISH_TIME_ZONE,
  invalidField,
  TenantData,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { limitPageOf, type LimitPage } from '../common/limit-page';
import { Membership } from '../memberships/membership.entity';
import type { CreatePledgeDto, FindPledgesQuery, ReplacePledgeDto } from './pledge.dto';
import { Pledge, type PledgeKind } from './pledge.entity';
import type { PledgeResponse } from './pledge.response';
import { pledgeProgress, type PledgeStatus } from './pledge-status';

interface PledgeRow {
  total: number;
  id: string | null;
  membership_id: string;
  kind: PledgeKind;
  quantity: number;
  from_on: string;
  due_on: string;
  description: string | null;
  version: number;
  company_id: string;
  company_name: string;
  cvr_number: string;
  delivered: number;
}

/**
 * Each pledge with what its company delivered in [from_on, due_on], counted in the same statement (one per page, not
 * one per pledge): småjob postings published on a Danish day of the period; voksenlærling placements at the
 * company's postings starting in it; mentors trained on courses ending in it; events held in it that the company
 * hosted, or attended sharing its knowledge. The status filter repeats `pledgeProgress` in SQL, so a page holds only
 * pledges of the status asked for and `total` counts them all.
 * Parameters: $2 membershipId, $3 kind, $4 pledge id, $5 status, $6 today, $7 limit, $8 offset.
 */
const PLEDGES = `
  WITH counted AS (
    SELECT p.id, p.membership_id, p.kind, p.quantity, to_char(p.from_on, 'YYYY-MM-DD') AS from_on,
           to_char(p.due_on, 'YYYY-MM-DD') AS due_on, p.due_on AS due_date, p.description, p.version,
           c.id AS company_id, c.name AS company_name, c.cvr_number,
           (CASE p.kind
              WHEN 'småjob' THEN (
                SELECT count(*) FROM postings po
                 WHERE po.jobcentre_id = p.jobcentre_id AND po.company_id = m.company_id AND po.kind = 'småjob'
                   AND po.published_at IS NOT NULL
                   AND (po.published_at AT TIME ZONE '${DANISH_TIME_ZONE}')::date BETWEEN p.from_on AND p.due_on)
              WHEN 'voksenlærling' THEN (
                SELECT count(*) FROM placements pl JOIN postings po ON po.id = pl.posting_id
                 WHERE pl.jobcentre_id = p.jobcentre_id AND po.company_id = m.company_id
                   AND pl.kind = 'voksenlærling' AND pl.start_date BETWEEN p.from_on AND p.due_on)
              WHEN 'mentor' THEN (
                SELECT coalesce(sum(cp.mentors_trained), 0) FROM code_of_care_course_participants cp
                  JOIN code_of_care_mentor_courses mc ON mc.id = cp.course_id
                 WHERE cp.jobcentre_id = p.jobcentre_id AND cp.company_id = m.company_id
                   AND mc.ends_on BETWEEN p.from_on AND p.due_on)
              WHEN 'host-event' THEN (
                SELECT count(*) FROM code_of_care_events e
                 WHERE e.jobcentre_id = p.jobcentre_id AND e.host_company_id = m.company_id
                   AND e.held_on BETWEEN p.from_on AND p.due_on)
              WHEN 'share-knowledge' THEN (
                SELECT count(*) FROM code_of_care_event_attendance a JOIN code_of_care_events e ON e.id = a.event_id
                 WHERE a.jobcentre_id = p.jobcentre_id AND a.company_id = m.company_id AND a.shared_knowledge
                   AND e.held_on BETWEEN p.from_on AND p.due_on)
            END)::int AS delivered
      FROM code_of_care_pledges p
      JOIN code_of_care_memberships m ON m.id = p.membership_id AND m.jobcentre_id = p.jobcentre_id
      JOIN companies c ON c.id = m.company_id AND c.jobcentre_id = m.jobcentre_id
     WHERE p.jobcentre_id = $1
       AND ($2::uuid IS NULL OR p.membership_id = $2::uuid)
       AND ($3::text IS NULL OR p.kind = $3::text)
       AND ($4::uuid IS NULL OR p.id = $4::uuid)
  ), filtered AS (
    SELECT * FROM counted
     WHERE $5::text IS NULL
        OR $5::text = CASE WHEN delivered >= quantity THEN 'met' WHEN due_date < $6::date THEN 'overdue' ELSE 'open' END
  ), page AS (
    SELECT * FROM filtered ORDER BY due_date, company_name, id LIMIT $7 OFFSET $8
  )
  SELECT (SELECT count(*)::int FROM filtered) AS total, page.*
    FROM (SELECT 1) AS one LEFT JOIN page ON true
   ORDER BY page.due_date, page.company_name, page.id`;

/** Members' pledges: what each committed to, and what it delivered, counted from the data, never typed. */
@Injectable()
export class PledgesService {
  constructor(
    private readonly data: TenantData,
    private readonly clock: Clock,
  ) {}

  async list(tenant: TenantContext, query: FindPledgesQuery): Promise<LimitPage<PledgeResponse>> {
    const { rows, total } = await this.read(this.data.for(tenant), {
      membershipId: query.membershipId ?? null,
      kind: query.kind ?? null,
      status: query.status ?? null,
      limit: query.limit,
      offset: query.offset,
    });
    return limitPageOf(rows, total, query);
  }

  /** A pledge of a member (not a prospect, not a company that left: 409); the period starts when it signed. */
  async create(tenant: TenantContext, membershipId: string, input: CreatePledgeDto): Promise<PledgeResponse> {
    const scope = this.data.for(tenant);
    const id = await scope.transaction(async (tx) => {
      const membership = await tx.getOne(
        Membership,
        { where: { id: membershipId }, lock: { mode: 'pessimistic_read' } },
        `No membership with id ${membershipId}`,
      );
      if (membership.status !== 'member') {
        const now = membership.status === 'left' ? 'no longer a member' : 'a prospect';
        throw new ConflictException(`Only a member makes pledges; the company is ${now}`);
      }
      const fromOn = input.fromOn ?? membership.pledgeSignedOn ?? this.clock.today();
      checkPeriod(fromOn, input.dueOn, input.fromOn === undefined);
      const pledge = await tx.save(
        Pledge,
        tx.create(Pledge, {
          membershipId,
          kind: input.kind,
          quantity: input.quantity,
          fromOn,
          dueOn: input.dueOn,
          description: input.description?.trim() || null,
        }),
      );
      return pledge.id;
    });
    return this.one(scope, id);
  }

  async replace(tenant: TenantContext, id: string, input: ReplacePledgeDto): Promise<PledgeResponse> {
    const scope = this.data.for(tenant);
    checkPeriod(input.fromOn, input.dueOn, false);
    await scope.transaction(async (tx) => {
      const pledge = await tx.getOne(Pledge, { where: { id }, lock: { mode: 'pessimistic_write' } }, notFound(id));
      if (pledge.version !== input.version) {
        throw new ConflictException({
          message:
            `The pledge was changed since version ${input.version} (it is at version ${pledge.version}): ` +
            'reload it and make the change again',
          currentVersion: pledge.version,
        });
      }
      await tx.save(
        Pledge,
        Object.assign(pledge, {
          kind: input.kind,
          quantity: input.quantity,
          fromOn: input.fromOn,
          dueOn: input.dueOn,
          description: input.description?.trim() || null,
        }),
      );
    });
    return this.one(scope, id);
  }

  async remove(tenant: TenantContext, id: string): Promise<void> {
    if ((await this.data.for(tenant).delete(Pledge, { id })) === 0) throw new NotFoundException(notFound(id));
  }

  private async one(scope: TenantScope, id: string): Promise<PledgeResponse> {
    const { rows } = await this.read(scope, { id, limit: 1, offset: 0 });
    if (!rows[0]) throw new NotFoundException(notFound(id));
    return rows[0];
  }

  private async read(
    scope: TenantScope,
    filter: {
      membershipId?: string | null;
      kind?: PledgeKind | null;
      id?: string | null;
      status?: PledgeStatus | null;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: PledgeResponse[]; total: number }> {
    const today = this.clock.today();
    const rows = await scope.query<PledgeRow>(PLEDGES, [
      filter.membershipId ?? null,
      filter.kind ?? null,
      filter.id ?? null,
      filter.status ?? null,
      today,
      filter.limit,
      filter.offset,
    ]);
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.filter((row) => row.id !== null).map((row) => toResponse(row, today)),
    };
  }
}

const notFound = (id: string) => `No pledge with id ${id}`;

function checkPeriod(fromOn: string, dueOn: string, fromOnDefaulted: boolean): void {
  if (fromOn <= dueOn) return;
  throw invalidField(
    'dueOn',
    fromOnDefaulted
      ? `dueOn must be on or after ${fromOn}, the day the pledge was signed (or give fromOn)`
      : 'dueOn must be on or after fromOn',
  );
}

function toResponse(row: PledgeRow, today: string): PledgeResponse {
  return {
    id: row.id!,
    membershipId: row.membership_id,
    company: { id: row.company_id, name: row.company_name, cvrNumber: row.cvr_number },
    kind: row.kind,
    quantity: row.quantity,
    fromOn: row.from_on,
    dueOn: row.due_on,
    description: row.description,
    version: row.version,
    ...pledgeProgress({ quantity: row.quantity, dueOn: row.due_on }, row.delivered, today),
  };
}
