import { POSTING_KINDS } from '@jobbro/postings';
import { DANISH_TIME_ZONE, TenantScope } from '@jobbro/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { changedSector, countBy, DURATION_DECIMALS, ladderDirection, roundedOrNull, share } from './figures-arithmetic';
import { monthDays } from './month';
import type { MonthlyFigures } from './monthly-figures';

/**
 * The version of the definitions below. A snapshot records it, so figures computed under other definitions are told
 * apart; raise it whenever a definition changes.
 */
export const COMPUTATION_VERSION = 1;

/** How many rows each part of the computation read: what a snapshot was computed from. */
export interface SourceRows {
  intakes: number;
  breachedIntakes: number;
  postingsOpened: number;
  postingsFilled: number;
  placementsStarted: number;
  ladderSteps: number;
  consultantChanges: number;
  memberships: number;
  companies: number;
}

export interface ComputedMonth {
  figures: MonthlyFigures;
  sourceRows: SourceRows;
  /** The database's time when the figures were read (all parts read one consistent snapshot of the database). */
  asOf: Date;
  durationMs: number;
}

/** Placeholder name of the intakes no consultant was assigned to (the API is in English; pages translate it). */
export const UNASSIGNED = 'Unassigned';
/** A placement whose candidate has no target group recorded. */
export const UNKNOWN_TARGET_GROUP = 'unknown';

/*
 * Every statement takes the same parameters: $1 the jobcentre (the tenant scope adds it), $2 the month's first day,
 * $3 the next month's first day (YYYY-MM-DD). Instants are compared with the Danish midnights of those days
 * ($2::date::timestamp AT TIME ZONE 'Europe/Copenhagen'), days (a placement's start) with the days themselves. Every
 * statement starts from an index on (jobcentre_id, <time>), see the reports migration.
 */
const FROM = `($2::date::timestamp AT TIME ZONE '${DANISH_TIME_ZONE}')`;
const TO = `($3::date::timestamp AT TIME ZONE '${DANISH_TIME_ZONE}')`;

/**
 * Company requests (intakes) RECEIVED in the month (received_at):
 * - received: how many;
 * - contactedWithinDeadline: of those, first contacted (first_contact_at) no later than their deadline (deadline_at);
 * - awaitingContact: of those, neither contacted nor closed when computed;
 * - hoursToFirstContact: median and 90th percentile (percentile_cont, linear interpolation) of first_contact_at −
 *   received_at in hours, over those contacted.
 */
const INTAKES_SQL = `
  SELECT count(*)::int AS received,
         count(*) FILTER (WHERE i.first_contact_at <= i.deadline_at)::int AS within,
         count(*) FILTER (WHERE i.first_contact_at IS NULL AND i.closed_at IS NULL)::int AS awaiting,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_contact_at - i.received_at) / 3600)
           FILTER (WHERE i.first_contact_at IS NOT NULL) AS median_hours,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_contact_at - i.received_at) / 3600)
           FILTER (WHERE i.first_contact_at IS NOT NULL) AS p90_hours
    FROM intakes i
   WHERE i.jobcentre_id = $1 AND i.received_at >= ${FROM} AND i.received_at < ${TO}`;

/**
 * Breaches: intakes received in the month whose deadline the duty desk recorded as breached (breached_at: no first
 * contact by the deadline), by their assignee (the consultant who holds the intake now), channel and kind.
 */
const BREACHES_SQL = `
  SELECT i.assignee_id, s.name AS assignee_name, i.channel, i.kind
    FROM intakes i
    LEFT JOIN staff_members s ON s.id = i.assignee_id AND s.jobcentre_id = i.jobcentre_id
   WHERE i.jobcentre_id = $1 AND i.received_at >= ${FROM} AND i.received_at < ${TO} AND i.breached_at IS NOT NULL`;

/** Postings OPENED in the month: first published (published_at) in it, by kind. */
const POSTINGS_OPENED_SQL = `
  SELECT p.kind, count(*)::int AS opened
    FROM postings p
   WHERE p.jobcentre_id = $1 AND p.published_at >= ${FROM} AND p.published_at < ${TO}
   GROUP BY p.kind`;

/**
 * Postings FILLED in the month: filled now (status 'filled'), and the placement that filled the last position (the
 * latest recorded of its placements, placements.created_at) was recorded in the month. Days to fill: from published_at
 * to that moment, in days; median per kind (percentile_cont). Postings have no filled_at column, so a posting that was
 * filled in the month and has since reopened (a placement ended) is not counted.
 */
const POSTINGS_FILLED_SQL = `
  WITH touched AS (
    SELECT DISTINCT pl.posting_id FROM placements pl
     WHERE pl.jobcentre_id = $1 AND pl.created_at >= ${FROM} AND pl.created_at < ${TO}
  ), filled AS (
    SELECT p.kind, p.published_at,
           (SELECT max(last.created_at) FROM placements last
             WHERE last.jobcentre_id = $1 AND last.posting_id = p.id) AS filled_at
      FROM touched t
      JOIN postings p ON p.id = t.posting_id AND p.jobcentre_id = $1
     WHERE p.status = 'filled'
  )
  SELECT kind, count(*)::int AS filled,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM filled_at - published_at) / 86400)
           FILTER (WHERE published_at IS NOT NULL) AS median_days
    FROM filled
   WHERE filled_at >= ${FROM} AND filled_at < ${TO}
   GROUP BY kind`;

/**
 * Placements STARTED in the month (start_date, a Danish day), each with: its kind and hours a week; its candidate's
 * target group (the one recorded on the candidate now: placements do not keep it); the sector of its posting's
 * occupation; whether that sector was in shortage on the start day (listed in the sectors of the jobcentre's shortage
 * period covering that day); and the sector of the candidate's previous placement (the latest that started before
 * this one, ties by when recorded).
 */
const PLACEMENTS_SQL = `
  SELECT pl.candidate_id, pl.kind, pl.hours_per_week::float AS hours, c.target_group, o.sector_code,
         EXISTS (
           SELECT 1 FROM shortage_periods sp
            WHERE sp.jobcentre_id = $1 AND pl.start_date BETWEEN sp.valid_from AND sp.valid_to
              AND o.sector_code IS NOT NULL
              AND sp.sectors @> jsonb_build_array(jsonb_build_object('code', o.sector_code))
         ) AS into_shortage,
         (SELECT po.sector_code
            FROM placements prev
            JOIN postings pp ON pp.id = prev.posting_id AND pp.jobcentre_id = $1
            LEFT JOIN occupations po ON po.code = pp.occupation_code
           WHERE prev.jobcentre_id = $1 AND prev.candidate_id = pl.candidate_id AND prev.id <> pl.id
             AND (prev.start_date, prev.created_at) < (pl.start_date, pl.created_at)
           ORDER BY prev.start_date DESC, prev.created_at DESC
           LIMIT 1) AS previous_sector
    FROM placements pl
    JOIN postings p ON p.id = pl.posting_id AND p.jobcentre_id = pl.jobcentre_id
    JOIN candidates c ON c.id = pl.candidate_id AND c.jobcentre_id = pl.jobcentre_id
    LEFT JOIN occupations o ON o.code = p.occupation_code
   WHERE pl.jobcentre_id = $1 AND pl.start_date >= $2::date AND pl.start_date < $3::date`;

/** Ladder steps (beskæftigelsestrappen) recorded in the month (changed_at), with the step before each. */
const LADDER_SQL = `
  SELECT ls.step, ls.previous_step
    FROM candidate_ladder_steps ls
   WHERE ls.jobcentre_id = $1 AND ls.changed_at >= ${FROM} AND ls.changed_at < ${TO}`;

/**
 * Code of Care at the month's end (its last day; here $2 is the next month's first day): members are memberships
 * that had joined (joined_on) on or before
 * that day and not left (left_on) by it; active members are those of them whose latest activity change (membership
 * events of kind 'activity' effective on or before that day) made them 'active'. The goal is the one of the month's
 * year.
 */
const CODE_OF_CARE_SQL = `
  SELECT count(*)::int AS members,
         count(*) FILTER (WHERE (
           SELECT e.to_value FROM code_of_care_membership_events e
            WHERE e.jobcentre_id = $1 AND e.membership_id = m.id AND e.kind = 'activity' AND e.effective_on < $2::date
            ORDER BY e.effective_on DESC, e.recorded_at DESC
            LIMIT 1) = 'active')::int AS active
    FROM code_of_care_memberships m
   WHERE m.jobcentre_id = $1 AND m.status <> 'prospect' AND m.joined_on < $2::date
     AND (m.left_on IS NULL OR m.left_on >= $2::date)`;

const GOAL_SQL = `
  SELECT g.target, g.counts, g.year FROM code_of_care_goals g
   WHERE g.jobcentre_id = $1 AND g.year = extract(year FROM $2::date)`;

/**
 * Samarbejdsgrad: cooperating companies / known companies. Known: the jobcentre's companies registered (created_at)
 * before the month's end. Cooperating: those of them with, in the month, an intake received, a posting opened
 * (published) or a placement started (in one of its postings).
 */
const COOPERATION_SQL = `
  SELECT (SELECT count(*) FROM companies k WHERE k.jobcentre_id = $1 AND k.created_at < ${TO})::int AS known,
         (SELECT count(*) FROM (
            SELECT i.company_id FROM intakes i
             WHERE i.jobcentre_id = $1 AND i.received_at >= ${FROM} AND i.received_at < ${TO}
            UNION
            SELECT p.company_id FROM postings p
             WHERE p.jobcentre_id = $1 AND p.published_at >= ${FROM} AND p.published_at < ${TO}
            UNION
            SELECT p.company_id FROM placements pl
              JOIN postings p ON p.id = pl.posting_id AND p.jobcentre_id = $1
             WHERE pl.jobcentre_id = $1 AND pl.start_date >= $2::date AND pl.start_date < $3::date
          ) cooperating)::int AS cooperating`;

/**
 * Consultant changes recorded in the month (changed_at) from one consultant to another or to none: a candidate's
 * first assignment (no consultant before) is not a change. perCandidate = changes / candidates affected.
 */
const CONSULTANT_CHANGES_SQL = `
  SELECT count(*)::int AS changes, count(DISTINCT cc.candidate_id)::int AS candidates
    FROM candidate_consultant_changes cc
   WHERE cc.jobcentre_id = $1 AND cc.changed_at >= ${FROM} AND cc.changed_at < ${TO}
     AND cc.from_consultant_id IS NOT NULL`;

interface IntakeRow {
  received: number;
  within: number;
  awaiting: number;
  median_hours: number | null;
  p90_hours: number | null;
}
interface BreachRow {
  assignee_id: string | null;
  assignee_name: string | null;
  channel: string;
  kind: string;
}
interface PlacementRow {
  candidate_id: string;
  kind: string;
  hours: number;
  target_group: string | null;
  sector_code: string | null;
  into_shortage: boolean;
  previous_sector: string | null;
}

/**
 * One jobcentre's management figures for one month (YYYY-MM, a Danish calendar month), read from the domain tables.
 * With a DataSource, every part reads one consistent view of the database (a read-only REPEATABLE READ transaction);
 * with an EntityManager, the caller's transaction is used as it is (the monthly job writes the snapshot in it).
 */
export async function computeMonthlyFigures(
  source: DataSource | EntityManager,
  jobcentreId: string,
  month: string,
): Promise<ComputedMonth> {
  if (source instanceof DataSource) {
    return source.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return computeIn(manager, jobcentreId, month);
    });
  }
  return computeIn(source, jobcentreId, month);
}

async function computeIn(manager: EntityManager, jobcentreId: string, month: string): Promise<ComputedMonth> {
  const started = Date.now();
  const days = monthDays(month);
  const scope = new TenantScope(jobcentreId, manager);
  const params = [days.firstDay, days.nextFirstDay];
  const [{ now: asOf }] = await scope.query<{ now: Date }>('SELECT now() AS now, $1::uuid AS jobcentre');
  // One statement after another: a transaction's connection runs one at a time anyway.
  const [intakes] = await scope.query<IntakeRow>(INTAKES_SQL, params);
  const breaches = await scope.query<BreachRow>(BREACHES_SQL, params);
  const opened = await scope.query<{ kind: string; opened: number }>(POSTINGS_OPENED_SQL, params);
  const filled = await scope.query<{ kind: string; filled: number; median_days: number | null }>(
    POSTINGS_FILLED_SQL,
    params,
  );
  const placements = await scope.query<PlacementRow>(PLACEMENTS_SQL, params);
  const ladder = await scope.query<{ step: number; previous_step: number | null }>(LADDER_SQL, params);
  // These two read one day each: $2 is the next month's first day, resp. the month's first day.
  const [codeOfCare] = await scope.query<{ members: number; active: number }>(CODE_OF_CARE_SQL, [days.nextFirstDay]);
  const [goal] = await scope.query<{ target: number; counts: 'members' | 'active-members'; year: number }>(GOAL_SQL, [
    days.firstDay,
  ]);
  const [cooperation] = await scope.query<{ known: number; cooperating: number }>(COOPERATION_SQL, params);
  const [changes] = await scope.query<{ changes: number; candidates: number }>(CONSULTANT_CHANGES_SQL, params);

  const figures: MonthlyFigures = {
    jobcentreId,
    month,
    intakes: {
      received: intakes.received,
      contactedWithinDeadline: intakes.within,
      withinDeadlineShare: share(intakes.within, intakes.received),
      awaitingContact: intakes.awaiting,
      hoursToFirstContact: { median: roundedOrNull(intakes.median_hours), p90: roundedOrNull(intakes.p90_hours) },
      breaches: breachFigures(breaches),
    },
    postings: { byKind: postingFigures(opened, filled) },
    smaajobs: smaajobFigures(placements),
    voksenlaerlingStarts: placements.filter((placement) => placement.kind === 'voksenlærling').length,
    placements: {
      started: placements.length,
      byTargetGroup: countBy(placements, (placement) => placement.target_group ?? UNKNOWN_TARGET_GROUP).map(
        ({ key, count }) => ({ targetGroup: key, count }),
      ),
      ladderStepMoves: ladderFigures(ladder),
    },
    shortageSectors: {
      placementsIntoShortageSectors: placements.filter((placement) => placement.into_shortage).length,
      candidatesWhoChangedSector: new Set(
        placements
          .filter((placement) => changedSector(placement.sector_code, placement.previous_sector))
          .map((placement) => placement.candidate_id),
      ).size,
    },
    codeOfCare: {
      members: codeOfCare.members,
      activeMembers: codeOfCare.active,
      goal: goal ? { target: goal.target, counts: goal.counts, year: Number(goal.year) } : null,
    },
    cooperation: {
      knownCompanies: cooperation.known,
      cooperatingCompanies: cooperation.cooperating,
      share: share(cooperation.cooperating, cooperation.known),
    },
    consultantChanges: {
      changes: changes.changes,
      candidatesAffected: changes.candidates,
      perCandidate: share(changes.changes, changes.candidates, DURATION_DECIMALS),
    },
  };
  const sourceRows: SourceRows = {
    intakes: intakes.received,
    breachedIntakes: breaches.length,
    postingsOpened: opened.reduce((sum, row) => sum + row.opened, 0),
    postingsFilled: filled.reduce((sum, row) => sum + row.filled, 0),
    placementsStarted: placements.length,
    ladderSteps: ladder.length,
    consultantChanges: changes.changes,
    memberships: codeOfCare.members,
    companies: cooperation.known,
  };
  return { figures, sourceRows, asOf: new Date(asOf), durationMs: Date.now() - started };
}

/** Breaches counted by consultant (named; the unassigned together), channel and kind. */
export function breachFigures(rows: readonly BreachRow[]): MonthlyFigures['intakes']['breaches'] {
  const names = new Map(rows.map((row) => [row.assignee_id ?? '', row.assignee_name ?? UNASSIGNED]));
  return {
    total: rows.length,
    byConsultant: countBy(rows, (row) => row.assignee_id ?? '').map(({ key, count }) => ({
      staffMemberId: key === '' ? null : key,
      name: names.get(key) ?? UNASSIGNED,
      count,
    })),
    byChannel: countBy(rows, (row) => row.channel).map(({ key, count }) => ({ channel: key, count })),
    byKind: countBy(rows, (row) => row.kind).map(({ key, count }) => ({ kind: key, count })),
  };
}

/** Every posting kind, in the kinds' own order, so charts line up month after month. */
export function postingFigures(
  opened: readonly { kind: string; opened: number }[],
  filled: readonly { kind: string; filled: number; median_days: number | string | null }[],
): MonthlyFigures['postings']['byKind'] {
  return POSTING_KINDS.map((kind) => {
    const filledRow = filled.find((row) => row.kind === kind);
    return {
      kind,
      opened: opened.find((row) => row.kind === kind)?.opened ?? 0,
      filled: filledRow?.filled ?? 0,
      medianDaysToFill: roundedOrNull(filledRow?.median_days ?? null),
    };
  });
}

/** Småjob placements started and their agreed hours a week in total (hours keep one decimal, as stored). */
export function smaajobFigures(placements: readonly { kind: string; hours: number }[]): MonthlyFigures['smaajobs'] {
  const smaajobs = placements.filter((placement) => placement.kind === 'småjob');
  return {
    started: smaajobs.length,
    hoursPerWeek:
      roundedOrNull(
        smaajobs.reduce((sum, placement) => sum + Number(placement.hours), 0),
        1,
      ) ?? 0,
  };
}

export function ladderFigures(steps: readonly { step: number; previous_step: number | null }[]): {
  up: number;
  down: number;
} {
  const directions = steps.map((step) => ladderDirection(step.step, step.previous_step));
  return {
    up: directions.filter((direction) => direction === 'up').length,
    down: directions.filter((direction) => direction === 'down').length,
  };
}
