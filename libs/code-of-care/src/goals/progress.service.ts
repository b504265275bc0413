import { Injectable } from '@nestjs/common';
import { Clock, TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import { memberActivity, type ActivityRuleSettings } from '../activity/activity-rule';
import { ActivitySources } from '../activity/activity-sources';
import { endOfMonth, monthsBetween } from '../calendar/calendar-dates';
import type { ProspectStage } from '../memberships/membership.entity';
import {
  CodeOfCareNetwork,
  DEFAULT_ACTIVITY_WINDOW_MONTHS,
  DEFAULT_WARNING_DAYS,
} from '../network/code-of-care-network.entity';
import { goalForecast, type GoalForecast } from './goal-forecast';
import {
  countedUntil,
  goalStanding,
  membersOn,
  monthlyProgress,
  wholeMonthChanges,
  type StatusChange,
} from './goal-progress';
import type { Goal } from './goal.entity';
import type { ForecastResponse, ProgressResponse, ProspectToCloseGapResponse } from './goal.response';
import { toGoalResponse } from './goals.service';

/** More than a coordinator acts on at once; the page shows them as the next calls to make. */
export const MAX_PROSPECTS_TO_CLOSE_GAP = 20;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

interface ProspectRow {
  id: string;
  prospect_stage: ProspectStage;
  last_contact_at: Date | null;
  company_id: string;
  company_name: string;
  cvr_number: string;
  owner_id: string | null;
  owner_name: string | null;
}

/**
 * Where a goal stands on a day: the count (members from the status history, or active members by the activity rule),
 * the joins and leaves per month, the forecast for the deadline and the prospects that would close the gap.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly data: TenantData,
    private readonly activitySources: ActivitySources,
    private readonly clock: Clock,
  ) {}

  async progress(tenant: TenantContext, goal: Goal, asOf: string = this.clock.today()): Promise<ProgressResponse> {
    const scope = this.data.for(tenant);
    const changes = await this.statusChanges(scope, asOf);
    const until = countedUntil(goal, asOf);
    let countOn = (day: string) => membersOn(goal, changes, day);
    if (goal.counts === 'active-members') {
      const days = [...monthsBetween(goal.baselineOn, until).map((month) => minDay(endOfMonth(month), until)), asOf];
      const active = await this.activeMembersOn(scope, changes, days);
      countOn = (day) => active.get(day) ?? 0;
    }
    const monthly = asOf < goal.baselineOn ? [] : monthlyProgress(goal, changes, asOf, countOn);
    const current = countOn(asOf);
    const standing = goalStanding(current, goal.target);
    const forecast = goalForecast({
      counts: goal.counts,
      current,
      target: goal.target,
      asOf,
      deadlineOn: goal.deadlineOn,
      monthlyChanges: wholeMonthChanges(monthly, goal.baselineOn, asOf),
    });
    return {
      goal: toGoalResponse(goal),
      asOf,
      current,
      target: goal.target,
      shareReached: round(standing.shareReached, 4),
      gap: standing.gap,
      monthly,
      forecast: forecast && forecastResponse(forecast),
      prospectsToCloseGap: await this.prospectsToCloseGap(scope, standing.gap),
    };
  }

  /** Every status change of the jobcentre's memberships that took effect on or before `until`, in order. */
  private async statusChanges(scope: TenantScope, until: string): Promise<StatusChange[]> {
    const rows = await scope.query<{ membership_id: string; from_value: string | null; to_value: string; on: string }>(
      `SELECT membership_id, from_value, to_value, to_char(effective_on, 'YYYY-MM-DD') AS on
         FROM code_of_care_membership_events
        WHERE jobcentre_id = $1 AND kind = 'status' AND effective_on <= $2::date
        ORDER BY effective_on, recorded_at, id`,
      [until],
    );
    return rows.map((row) => ({
      membershipId: row.membership_id,
      fromValue: row.from_value,
      toValue: row.to_value,
      effectiveOn: row.on,
    }));
  }

  /**
   * The active members on each of `days`: the memberships whose last status change by the day made them members,
   * and that the activity rule finds active on it (with the network's window).
   */
  private async activeMembersOn(
    scope: TenantScope,
    changes: readonly StatusChange[],
    days: readonly string[],
  ): Promise<Map<string, number>> {
    const settings = await this.ruleSettings(scope);
    const companies = new Map(
      (
        await scope.query<{ id: string; company_id: string }>(
          `SELECT id, company_id FROM code_of_care_memberships WHERE jobcentre_id = $1`,
        )
      ).map((row) => [row.id, row.company_id]),
    );
    const counts = new Map<string, number>();
    for (const day of new Set(days)) {
      const status = new Map<string, string>();
      for (const change of changes) if (change.effectiveOn <= day) status.set(change.membershipId, change.toValue);
      const members = [...status].filter(([, value]) => value === 'member').map(([id]) => companies.get(id));
      const companyIds = members.filter((id): id is string => id !== undefined);
      if (companyIds.length === 0) {
        counts.set(day, 0);
        continue;
      }
      const last = await this.activitySources.lastActivities(scope, day, companyIds);
      const active = companyIds.filter(
        (companyId) => memberActivity(last.get(companyId) ?? null, day, settings).status === 'active',
      );
      counts.set(day, active.length);
    }
    return counts;
  }

  private async ruleSettings(scope: TenantScope): Promise<ActivityRuleSettings> {
    const network = await scope.findOneBy(CodeOfCareNetwork, {});
    return {
      windowMonths: network?.activityWindowMonths ?? DEFAULT_ACTIVITY_WINDOW_MONTHS,
      warningDays: network?.warningDays ?? DEFAULT_WARNING_DAYS,
    };
  }

  /** Open prospects (not declined), the furthest in the pipeline first, then the latest contacted: `gap` of them. */
  private async prospectsToCloseGap(scope: TenantScope, gap: number): Promise<ProspectToCloseGapResponse[]> {
    if (gap <= 0) return [];
    const rows = await scope.query<ProspectRow>(
      `SELECT m.id, m.prospect_stage, m.last_contact_at, c.id AS company_id, c.name AS company_name, c.cvr_number,
              s.id AS owner_id, s.name AS owner_name
         FROM code_of_care_memberships m
         JOIN companies c ON c.id = m.company_id AND c.jobcentre_id = m.jobcentre_id
         LEFT JOIN staff_members s ON s.id = m.owner_id AND s.jobcentre_id = m.jobcentre_id
        WHERE m.jobcentre_id = $1 AND m.status = 'prospect' AND m.prospect_stage <> 'declined'
        ORDER BY CASE m.prospect_stage WHEN 'deciding' THEN 0 WHEN 'meeting' THEN 1 WHEN 'contacted' THEN 2 ELSE 3 END,
                 m.last_contact_at DESC NULLS LAST, c.name, m.id
        LIMIT $2`,
      [Math.min(gap, MAX_PROSPECTS_TO_CLOSE_GAP)],
    );
    return rows.map((row) => ({
      membershipId: row.id,
      company: { id: row.company_id, name: row.company_name, cvrNumber: row.cvr_number.trim() },
      prospectStage: row.prospect_stage,
      owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null,
      lastContactAt: row.last_contact_at,
    }));
  }
}

const minDay = (a: string, b: string) => (a < b ? a : b);

function forecastResponse(forecast: GoalForecast): ForecastResponse {
  return {
    method: forecast.method,
    description: forecast.description,
    descriptionDa: forecast.descriptionDa,
    basedOnMonths: forecast.basedOnMonths,
    meanPerMonth: round(forecast.meanPerMonth, 2),
    sdPerMonth: round(forecast.sdPerMonth, 2),
    monthsAhead: round(forecast.monthsAhead, 2),
    expectedAtDeadline: round(forecast.expectedAtDeadline, 1),
    low: round(forecast.low, 1),
    high: round(forecast.high, 1),
    confidence: forecast.confidence,
    probabilityOfReaching: round(forecast.probabilityOfReaching, 3),
    onTrack: forecast.onTrack,
  };
}
