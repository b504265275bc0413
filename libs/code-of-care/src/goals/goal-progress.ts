import { addDays, endOfMonth, monthsBetween } from '../calendar/calendar-dates';

/** A dated status change of a membership, as its history records it. */
export interface StatusChange {
  membershipId: string;
  fromValue: string | null;
  toValue: string;
  effectiveOn: string;
}

/** A company becoming a member, from whatever it was before (a prospect, or a company that had left). */
export const isJoin = (change: StatusChange): boolean => change.toValue === 'member' && change.fromValue !== 'member';

/** A member leaving the network. */
export const isLeave = (change: StatusChange): boolean => change.fromValue === 'member' && change.toValue === 'left';

/** The goal's numbers that the arithmetic needs. */
export interface GoalFigures {
  target: number;
  baseline: number;
  baselineOn: string;
  deadlineOn: string;
}

export interface MonthlyProgress {
  month: string;
  joins: number;
  leaves: number;
  /** The count at the month's end, or on the last day counted when the month is not over. */
  count: number;
}

/** The joins and leaves of `changes` that took effect after `after` and on or before `until`. */
function joinsAndLeaves(changes: readonly StatusChange[], after: string, until: string) {
  const within = changes.filter((change) => change.effectiveOn > after && change.effectiveOn <= until);
  return { joins: within.filter(isJoin).length, leaves: within.filter(isLeave).length };
}

/** Members on `on`: the baseline, plus every join and minus every leave recorded after the baseline day. */
export function membersOn(
  goal: Pick<GoalFigures, 'baseline' | 'baselineOn'>,
  changes: readonly StatusChange[],
  on: string,
) {
  if (on <= goal.baselineOn) return goal.baseline;
  const { joins, leaves } = joinsAndLeaves(changes, goal.baselineOn, on);
  return goal.baseline + joins - leaves;
}

/** The last day progress is counted to: `asOf`, but never past the deadline. */
export const countedUntil = (goal: Pick<GoalFigures, 'deadlineOn'>, asOf: string): string =>
  asOf < goal.deadlineOn ? asOf : goal.deadlineOn;

/**
 * Month by month from the baseline day's month to the month of the last day counted: the joins and leaves that took
 * effect in it (after the baseline day), and the count at its end. `countOn` gives the count on a day; by default the
 * members counted from the baseline (an 'active-members' goal passes the active members on the day instead).
 */
export function monthlyProgress(
  goal: Pick<GoalFigures, 'baseline' | 'baselineOn' | 'deadlineOn'>,
  changes: readonly StatusChange[],
  asOf: string,
  countOn: (day: string) => number = (day) => membersOn(goal, changes, day),
): MonthlyProgress[] {
  const until = countedUntil(goal, asOf);
  if (until < goal.baselineOn) return [];
  return monthsBetween(goal.baselineOn, until).map((month) => {
    const first = `${month}-01`;
    const last = endOfMonth(month) < until ? endOfMonth(month) : until;
    const after = addDays(first, -1) > goal.baselineOn ? addDays(first, -1) : goal.baselineOn;
    return { month, ...joinsAndLeaves(changes, after, last), count: countOn(last) };
  });
}

/** Where a goal stands: the count, the share of the target reached, and how many are still missing. */
export interface GoalStanding {
  current: number;
  target: number;
  /** current / target, so 1 is the goal reached (and more than 1 passed). */
  shareReached: number;
  /** Members still missing to reach the target; 0 once it is reached. */
  gap: number;
}

export function goalStanding(current: number, target: number): GoalStanding {
  return { current, target, shareReached: current / target, gap: Math.max(0, target - current) };
}

/**
 * The net change (count at the month's end minus count at the end of the month before) of every whole month of the
 * progress: a month that started after the baseline day and ended on or before `asOf`. The first month of the
 * progress holds the baseline day, so it is never whole itself; it gives the starting count.
 */
export function wholeMonthChanges(monthly: readonly MonthlyProgress[], baselineOn: string, asOf: string): number[] {
  const changes: number[] = [];
  for (let index = 1; index < monthly.length; index++) {
    const { month, count } = monthly[index];
    const startsAfterBaseline = `${month}-01` > baselineOn;
    if (startsAfterBaseline && endOfMonth(month) <= asOf) changes.push(count - monthly[index - 1].count);
  }
  return changes;
}
