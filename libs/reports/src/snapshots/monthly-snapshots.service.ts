import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock, invalidField, TenantData, type Actor, type TenantContext, type TenantScope } from '@jobbro/platform';
import { NotificationOutbox, notifyWithin } from '@jobbro/notifications';
import { COMPUTATION_VERSION, computeMonthlyFigures } from '../monthly/compute-monthly-figures';
import { isFutureMonth, monthsEndingWith, previousMonth } from '../monthly/month';
import { MonthlySnapshot, type SnapshotTrigger } from './monthly-snapshot.entity';

/** Serialises a jobcentre's computations of the same month, so the schedule's check-then-write cannot race. */
const lockName = (month: string) => `monthly-figures:${month}`;

/**
 * Every part of a computation reads the database as it stood at one moment. (Two workers racing for the same
 * scheduled month may then both miss the other's snapshot; the unique index on scheduled snapshots refuses the second,
 * and the job's retry skips the jobcentre.)
 */
async function readConsistently(scope: TenantScope): Promise<void> {
  await scope.manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
}

/** How many months the dashboard's series covers. */
export const SERIES_MONTHS = 12;

/**
 * The monthly figures' snapshots: computing a month into a new snapshot (on demand, or by the monthly job with the
 * leads' notification in the same transaction), and reading them back.
 */
@Injectable()
export class MonthlySnapshotsService {
  constructor(
    private readonly data: TenantData,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
  ) {}

  /** Computes the month now and stores it as a new snapshot; the month may not lie in the future. */
  recompute(tenant: TenantContext, month: string): Promise<MonthlySnapshot> {
    this.refuseFuture(month);
    return this.data.for(tenant).transaction(async (scope) => {
      await readConsistently(scope);
      await scope.lock(lockName(month));
      return this.computeInto(scope, month, 'on-demand', tenant.actor);
    });
  }

  /**
   * The monthly job's part for one jobcentre: unless the month already has its scheduled snapshot (a retried job),
   * computes it and, in the same transaction, tells the jobcentre's active leads. Returns null when it had it.
   */
  async computeScheduled(jobcentreId: string, month: string): Promise<MonthlySnapshot | null> {
    return this.data.for({ jobcentreId }).transaction(async (scope) => {
      await readConsistently(scope);
      await scope.lock(lockName(month));
      if (await scope.exists(MonthlySnapshot, { month, trigger: 'schedule' })) return null;
      const snapshot = await this.computeInto(scope, month, 'schedule', null);
      const jobcentreName = await nameOfJobcentre(scope);
      const leads = await scope.query<{ id: string }>(
        `SELECT id FROM staff_members WHERE jobcentre_id = $1 AND role = 'lead' AND active ORDER BY id`,
      );
      await notifyWithin(
        this.outbox,
        scope,
        leads.map((lead) => ({
          jobcentreId,
          eventType: 'monthly-figures-ready' as const,
          recipient: { staffMemberId: lead.id },
          subjectType: 'monthly-report' as const,
          subjectId: snapshot.id,
          eventKey: `monthly-figures-ready:${month}`,
          data: {
            reportId: snapshot.id,
            month,
            jobcentreName,
            computedAt: snapshot.computedAt.toISOString(),
          },
        })),
      );
      return snapshot;
    });
  }

  /** The month's latest snapshot. */
  async latest(tenant: TenantContext, month: string): Promise<MonthlySnapshot> {
    this.refuseFuture(month);
    const [snapshot] = await this.data.for(tenant).find(MonthlySnapshot, {
      where: { month },
      order: { computedAt: 'DESC', id: 'DESC' },
      take: 1,
    });
    if (!snapshot) {
      throw new NotFoundException(
        `No figures have been computed for ${month} yet: ` +
          `POST /api/v1/reports/monthly/recompute with {"month":"${month}"} computes them`,
      );
    }
    return snapshot;
  }

  /** Every snapshot of the month, the latest first. */
  history(tenant: TenantContext, month: string): Promise<MonthlySnapshot[]> {
    this.refuseFuture(month);
    return this.data.for(tenant).find(MonthlySnapshot, { where: { month }, order: { computedAt: 'DESC', id: 'DESC' } });
  }

  /**
   * The latest snapshot of each of the 12 months ending with `to` (by default the last whole month), oldest first; a
   * month never computed is there with no snapshot.
   */
  async series(
    tenant: TenantContext,
    to: string = previousMonth(this.clock.now()),
  ): Promise<{ month: string; snapshot: MonthlySnapshot | null }[]> {
    this.refuseFuture(to, 'to');
    const months = monthsEndingWith(to, SERIES_MONTHS);
    const rows = await this.data.for(tenant).query<{ id: string }>(
      `SELECT DISTINCT ON (month) id FROM monthly_figure_snapshots
        WHERE jobcentre_id = $1 AND month = ANY($2::text[])
        ORDER BY month, computed_at DESC, id DESC`,
      [months],
    );
    const snapshots = rows.length
      ? await this.data.for(tenant).find(MonthlySnapshot, { where: rows.map((row) => ({ id: row.id })) })
      : [];
    return months.map((month) => ({ month, snapshot: snapshots.find((each) => each.month === month) ?? null }));
  }

  /** The jobcentre's name, for the titles of exported files. */
  jobcentreName(tenant: TenantContext): Promise<string> {
    return nameOfJobcentre(this.data.for(tenant));
  }

  private async computeInto(
    scope: TenantScope,
    month: string,
    trigger: SnapshotTrigger,
    actor: Actor | null,
  ): Promise<MonthlySnapshot> {
    const computed = await computeMonthlyFigures(scope.manager, scope.jobcentreId, month);
    return scope.save(
      MonthlySnapshot,
      scope.create(MonthlySnapshot, {
        month,
        figures: computed.figures,
        computationVersion: COMPUTATION_VERSION,
        sourceRows: computed.sourceRows,
        asOf: computed.asOf,
        computedAt: this.clock.now(),
        durationMs: computed.durationMs,
        trigger,
        requestedById: actor?.role === 'integration' ? null : (actor?.id ?? null),
        requestedByName: actor?.name ?? null,
      }),
    );
  }

  private refuseFuture(month: string, field = 'month'): void {
    if (isFutureMonth(month, this.clock.now())) {
      throw invalidField(field, `${month} lies in the future: figures exist for past months and this one so far`);
    }
  }
}

/** The scope's jobcentre's name: for the lead's notification and the titles of exported files. */
async function nameOfJobcentre(scope: TenantScope): Promise<string> {
  const [jobcentre] = await scope.query<{ name: string }>('SELECT name FROM jobcentres WHERE id = $1');
  return jobcentre?.name ?? '';
}
