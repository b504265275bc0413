import {
  goalStanding,
  isJoin,
  isLeave,
  membersOn,
  monthlyProgress,
  wholeMonthChanges,
  type StatusChange,
} from './goal-progress';

/** Hedensted's goal for 2021: 55 members by 2021-12-31, from 48 at 2020-12-31. */
const HEDENSTED = { target: 55, baseline: 48, baselineOn: '2020-12-31', deadlineOn: '2021-12-31' };

let serial = 0;
const join = (effectiveOn: string, fromValue: string | null = 'prospect'): StatusChange => ({
  membershipId: `m${++serial}`,
  fromValue,
  toValue: 'member',
  effectiveOn,
});
const leave = (effectiveOn: string): StatusChange => ({
  membershipId: `m${++serial}`,
  fromValue: 'member',
  toValue: 'left',
  effectiveOn,
});

/**
 * Written out by hand: January 2 joins (50), February 1 join and 1 leave (50), March 1 leave (49), April 2 joins (51),
 * May 1 join (52), June 1 join by the 15th (53) and a leave on the 20th, after the day asked about. The join of
 * 2020-12-15 is in the baseline already; a prospect that declined is no status change that counts.
 */
const CHANGES: StatusChange[] = [
  join('2020-12-15'),
  join('2021-01-04'),
  join('2021-01-28'),
  join('2021-02-10'),
  leave('2021-02-26'),
  leave('2021-03-31'),
  join('2021-04-01', 'left'),
  join('2021-04-19'),
  join('2021-05-12'),
  { membershipId: 'x', fromValue: null, toValue: 'prospect', effectiveOn: '2021-05-20' },
  { membershipId: 'y', fromValue: 'prospect', toValue: 'left', effectiveOn: '2021-05-21' },
  join('2021-06-10'),
  leave('2021-06-20'),
];

describe('goal arithmetic', () => {
  it('tells joins and leaves from other status changes', () => {
    expect(isJoin(join('2021-01-01'))).toBe(true);
    expect(isJoin(join('2021-01-01', 'left'))).toBe(true);
    expect(isLeave(leave('2021-01-01'))).toBe(true);
    expect(isJoin({ membershipId: 'a', fromValue: null, toValue: 'prospect', effectiveOn: '2021-01-01' })).toBe(false);
    expect(isLeave({ membershipId: 'a', fromValue: 'prospect', toValue: 'left', effectiveOn: '2021-01-01' })).toBe(
      false,
    );
  });

  it('counts Hedensted 48 → 53 by 15 June 2021: 7 joins and 2 leaves since the baseline', () => {
    expect(membersOn(HEDENSTED, CHANGES, '2020-12-31')).toBe(48);
    expect(membersOn(HEDENSTED, CHANGES, '2021-01-31')).toBe(50);
    expect(membersOn(HEDENSTED, CHANGES, '2021-03-30')).toBe(50);
    expect(membersOn(HEDENSTED, CHANGES, '2021-03-31')).toBe(49);
    expect(membersOn(HEDENSTED, CHANGES, '2021-06-15')).toBe(53);
    expect(membersOn(HEDENSTED, CHANGES, '2021-06-30')).toBe(52);
  });

  it('gives the share reached and the gap', () => {
    expect(goalStanding(53, 55)).toEqual({ current: 53, target: 55, shareReached: 53 / 55, gap: 2 });
    expect(goalStanding(53, 55).shareReached).toBeCloseTo(0.9636, 4);
    expect(goalStanding(57, 55)).toEqual({ current: 57, target: 55, shareReached: 57 / 55, gap: 0 });
  });

  it('lists the joins, leaves and month-end count of every month from the baseline to the day asked about', () => {
    expect(monthlyProgress(HEDENSTED, CHANGES, '2021-06-15')).toEqual([
      { month: '2020-12', joins: 0, leaves: 0, count: 48 },
      { month: '2021-01', joins: 2, leaves: 0, count: 50 },
      { month: '2021-02', joins: 1, leaves: 1, count: 50 },
      { month: '2021-03', joins: 0, leaves: 1, count: 49 },
      { month: '2021-04', joins: 2, leaves: 0, count: 51 },
      { month: '2021-05', joins: 1, leaves: 0, count: 52 },
      { month: '2021-06', joins: 1, leaves: 0, count: 53 },
    ]);
  });

  it('stops at the deadline, and has nothing before the baseline', () => {
    const monthly = monthlyProgress(HEDENSTED, CHANGES, '2022-03-01');
    expect(monthly.map((month) => month.month)).toEqual([
      '2020-12',
      ...Array.from({ length: 12 }, (_, index) => `2021-${String(index + 1).padStart(2, '0')}`),
    ]);
    expect(monthly[6]).toEqual({ month: '2021-06', joins: 1, leaves: 1, count: 52 });
    expect(monthly[12]).toEqual({ month: '2021-12', joins: 0, leaves: 0, count: 52 });
    expect(monthlyProgress(HEDENSTED, CHANGES, '2020-11-30')).toEqual([]);
  });

  it('counts only what took effect after a baseline day in the middle of a month', () => {
    const goal = { baseline: 10, baselineOn: '2021-01-15', deadlineOn: '2021-12-31' };
    const changes = [join('2021-01-10'), join('2021-01-15'), join('2021-01-16'), leave('2021-02-01')];
    expect(monthlyProgress(goal, changes, '2021-02-10')).toEqual([
      { month: '2021-01', joins: 1, leaves: 0, count: 11 },
      { month: '2021-02', joins: 0, leaves: 1, count: 10 },
    ]);
  });

  it('takes the net change of the whole months only (not the baseline month, not the month under way)', () => {
    const monthly = monthlyProgress(HEDENSTED, CHANGES, '2021-06-15');
    expect(wholeMonthChanges(monthly, HEDENSTED.baselineOn, '2021-06-15')).toEqual([2, 0, -1, 2, 1]);
    expect(wholeMonthChanges(monthly, HEDENSTED.baselineOn, '2021-06-30')).toEqual([2, 0, -1, 2, 1, 1]);
    const midMonth = monthlyProgress({ ...HEDENSTED, baselineOn: '2021-01-15' }, CHANGES, '2021-03-31');
    expect(wholeMonthChanges(midMonth, '2021-01-15', '2021-03-31')).toEqual([0, -1]);
  });
});
