import { Injectable, NotFoundException } from '@nestjs/common';
import { NotificationOutbox, notifyWithin } from '@jobbro/notifications';
import { Clock, TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import { limitPageOf, type LimitPage } from '../common/limit-page';
import { Membership } from '../memberships/membership.entity';
import { NetworkService } from '../network/network.service';
import { planActivityChange, type ActivityChange } from './activity-changes';
import { inactiveSoonNotifications } from './activity-notifications';
import { ActivityRun, type ActivityRunTrigger } from './activity-run.entity';
import { ActivitySources } from './activity-sources';
import type { FindWarningsQuery } from './activity.query';
import type { ActivityRunResponse, WarningResponse } from './activity.response';

/** Serialises a jobcentre's recomputations, so a manual one and the daily job never raise the same warning twice. */
const LOCK = 'code-of-care-activity';

interface WarningRow {
  id: string;
  membership_id: string;
  kind: WarningResponse['kind'];
  inactive_on: string;
  raised_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
  company_id: string;
  company_name: string;
  cvr_number: string;
}

const WARNING_SELECT = `
  SELECT w.id, w.membership_id, w.kind, to_char(w.inactive_on, 'YYYY-MM-DD') AS inactive_on, w.raised_at,
         w.acknowledged_at, w.acknowledged_by_name, c.id AS company_id, c.name AS company_name, c.cvr_number
    FROM code_of_care_warnings w
    JOIN code_of_care_memberships m ON m.id = w.membership_id AND m.jobcentre_id = w.jobcentre_id
    JOIN companies c ON c.id = m.company_id AND c.jobcentre_id = m.jobcentre_id
   WHERE w.jobcentre_id = $1`;

/**
 * Members' activity as the network keeps it: computed from postings, placements, mentor courses and events by the
 * rule in `memberActivity`, stored on the membership with a history event on every change, and the warnings the
 * coordinator acts on. The daily job calls `recompute` for every jobcentre; a coordinator may call it for their own.
 */
@Injectable()
export class ActivityService {
  constructor(
    private readonly data: TenantData,
    private readonly sources: ActivitySources,
    private readonly network: NetworkService,
    private readonly clock: Clock,
    private readonly outbox: NotificationOutbox,
  ) {}

  /** Recomputes every member of the jobcentre on `asOf` and records the run. */
  async recompute(
    jobcentreId: string,
    trigger: ActivityRunTrigger,
    asOf: string = this.clock.today(),
  ): Promise<ActivityRun> {
    const started = Date.now();
    return this.data.for({ jobcentreId }).transaction(async (scope) => {
      await scope.lock(LOCK);
      const settings = await this.network.rules(scope);
      const members = await scope.find(Membership, {
        select: { id: true, companyId: true, joinedOn: true, activityStatus: true, inactiveWarningFor: true },
        where: { status: 'member' },
        order: { id: 'ASC' },
      });
      const last = await this.sources.lastActivities(
        scope,
        asOf,
        members.map((member) => member.companyId),
      );
      const changes = members.map((member) =>
        planActivityChange(member, last.get(member.companyId) ?? null, asOf, settings),
      );
      const now = this.clock.now();
      await this.store(scope, changes, now);
      const warningsRaised = await this.raiseWarnings(scope, changes, now);
      return scope.save(
        ActivityRun,
        scope.create(ActivityRun, {
          asOf,
          trigger,
          jobcentres: 1,
          members: members.length,
          active: changes.filter((change) => change.activity.status === 'active').length,
          turnedActive: changes.filter((change) => change.turnedActive).length,
          turnedInactive: changes.filter((change) => change.turnedInactive).length,
          warningsRaised,
          durationMs: Date.now() - started,
          finishedAt: now,
        }),
      );
    });
  }

  async latest(tenant: TenantContext): Promise<ActivityRunResponse> {
    const [run] = await this.data.for(tenant).find(ActivityRun, { order: { finishedAt: 'DESC' }, take: 1 });
    if (!run) throw new NotFoundException("The members' activity has not been computed yet");
    return toRunResponse(run);
  }

  async warnings(tenant: TenantContext, query: FindWarningsQuery): Promise<LimitPage<WarningResponse>> {
    const scope = this.data.for(tenant);
    const open = query.open ?? null;
    const filter = `AND ($2::boolean IS NULL OR (w.acknowledged_at IS NULL) = $2::boolean)`;
    const [rows, [{ total }]] = await Promise.all([
      scope.query<WarningRow>(
        `${WARNING_SELECT} ${filter} ORDER BY w.raised_at DESC, w.inactive_on, w.id LIMIT $3 OFFSET $4`,
        [open, query.limit, query.offset],
      ),
      scope.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM code_of_care_warnings w WHERE w.jobcentre_id = $1 ${filter}`,
        [open],
      ),
    ]);
    return limitPageOf(rows.map(toWarningResponse), total, query);
  }

  /** Marks the warning seen; acknowledging it again changes nothing (the first one who did stays named). */
  async acknowledge(tenant: TenantContext, id: string): Promise<WarningResponse> {
    const scope = this.data.for(tenant);
    await scope.query(
      `UPDATE code_of_care_warnings SET acknowledged_at = $3, acknowledged_by_name = $4
        WHERE jobcentre_id = $1 AND id = $2 AND acknowledged_at IS NULL`,
      [id, this.clock.now(), tenant.actor?.name ?? null],
    );
    const [row] = await scope.query<WarningRow>(`${WARNING_SELECT} AND w.id = $2`, [id]);
    if (!row) throw new NotFoundException(`No warning with id ${id}`);
    return toWarningResponse(row);
  }

  /**
   * The activity columns and the history, in one statement each. Plain SQL on purpose: the columns belong to the
   * job, not to the coordinator's edits, so writing them leaves the membership's version (and a coordinator's form
   * open on it) alone, where TypeORM's update would bump it.
   */
  private async store(scope: TenantScope, changes: ActivityChange[], now: Date): Promise<void> {
    if (changes.length === 0) return;
    await scope.query(
      `UPDATE code_of_care_memberships m
          SET activity_status = u.status, last_activity_on = u.last_on::date, last_activity_kind = u.kind,
              active_until = u.active_until::date, inactive_warning_for = u.warning_for::date,
              activity_computed_at = $8
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS u(id, status, last_on, kind, active_until, warning_for)
        WHERE m.jobcentre_id = $1 AND m.id = u.id`,
      [
        changes.map((change) => change.membershipId),
        changes.map((change) => change.activity.status),
        changes.map((change) => change.activity.lastActivityOn),
        changes.map((change) => change.activity.lastActivityKind),
        changes.map((change) => change.activity.activeUntil),
        changes.map((change) => change.inactiveWarningFor),
        now,
      ],
    );
    const events = changes.filter((change) => change.event);
    if (events.length === 0) return;
    await scope.query(
      `INSERT INTO code_of_care_membership_events
              (jobcentre_id, membership_id, kind, from_value, to_value, effective_on, note, recorded_at)
       SELECT $1, e.membership_id, 'activity', e.from_value, e.to_value, e.effective_on::date, e.note, $7
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
              AS e(membership_id, from_value, to_value, effective_on, note)`,
      [
        events.map((change) => change.membershipId),
        events.map((change) => change.event!.fromValue),
        events.map((change) => change.event!.toValue),
        events.map((change) => change.event!.effectiveOn),
        events.map((change) => change.event!.note),
        now,
      ],
    );
  }

  /** Inserts the new warnings; one the table already has for the same member, kind and day is not raised again. */
  private async raiseWarnings(scope: TenantScope, changes: ActivityChange[], now: Date): Promise<number> {
    const warnings = changes.flatMap((change) =>
      change.warnings.map((warning) => ({ membershipId: change.membershipId, ...warning })),
    );
    if (warnings.length === 0) return 0;
    const inserted = await scope.query<{ id: string; membership_id: string; kind: string; inactive_on: string }>(
      `INSERT INTO code_of_care_warnings (jobcentre_id, membership_id, kind, inactive_on, raised_at)
       SELECT $1, w.membership_id, w.kind, w.inactive_on::date, $5
         FROM unnest($2::uuid[], $3::text[], $4::text[]) AS w(membership_id, kind, inactive_on)
       ON CONFLICT (membership_id, kind, inactive_on) DO NOTHING
       RETURNING id, membership_id, kind, to_char(inactive_on, 'YYYY-MM-DD') AS inactive_on`,
      [
        warnings.map((warning) => warning.membershipId),
        warnings.map((warning) => warning.kind),
        warnings.map((warning) => warning.inactiveOn),
        now,
      ],
    );
    await this.notifyInactiveSoon(
      scope,
      inserted.filter((warning) => warning.kind === 'inactive-soon'),
      new Map(changes.map((change) => [change.membershipId, change])),
    );
    return inserted.length;
  }

  /** Tells the network coordinators about the members turning inactive soon, in the run's transaction. */
  private async notifyInactiveSoon(
    scope: TenantScope,
    warnings: { membership_id: string; inactive_on: string }[],
    changes: Map<string, ActivityChange>,
  ): Promise<void> {
    if (warnings.length === 0) return;
    const coordinators = await scope.query<{ id: string }>(
      `SELECT id FROM staff_members WHERE jobcentre_id = $1 AND role = 'network-coordinator' AND active`,
    );
    if (coordinators.length === 0) return;
    const members = await scope.query<{ id: string; company_name: string; network_name: string | null }>(
      `SELECT m.id, c.name AS company_name, n.name AS network_name
         FROM code_of_care_memberships m
         JOIN companies c ON c.id = m.company_id AND c.jobcentre_id = m.jobcentre_id
         LEFT JOIN code_of_care_networks n ON n.jobcentre_id = m.jobcentre_id
        WHERE m.jobcentre_id = $1 AND m.id = ANY($2::uuid[])`,
      [warnings.map((warning) => warning.membership_id)],
    );
    const byId = new Map(members.map((member) => [member.id, member]));
    await notifyWithin(
      this.outbox,
      scope,
      warnings.flatMap((warning) =>
        inactiveSoonNotifications(
          {
            jobcentreId: scope.jobcentreId,
            membershipId: warning.membership_id,
            companyName: byId.get(warning.membership_id)?.company_name ?? '',
            networkName: byId.get(warning.membership_id)?.network_name ?? '',
            inactiveOn: warning.inactive_on,
            lastActivityOn: changes.get(warning.membership_id)?.activity.lastActivityOn ?? null,
          },
          coordinators.map((coordinator) => coordinator.id),
        ),
      ),
    );
  }
}

export function toRunResponse(run: ActivityRun): ActivityRunResponse {
  return {
    id: run.id,
    asOf: run.asOf,
    trigger: run.trigger,
    jobcentres: run.jobcentres,
    members: run.members,
    active: run.active,
    turnedActive: run.turnedActive,
    turnedInactive: run.turnedInactive,
    warningsRaised: run.warningsRaised,
    durationMs: run.durationMs,
    finishedAt: run.finishedAt,
  };
}

function toWarningResponse(row: WarningRow): WarningResponse {
  return {
    id: row.id,
    membershipId: row.membership_id,
    company: { id: row.company_id, name: row.company_name, cvrNumber: row.cvr_number },
    kind: row.kind,
    inactiveOn: row.inactive_on,
    raisedAt: row.raised_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedByName: row.acknowledged_by_name,
  };
}
