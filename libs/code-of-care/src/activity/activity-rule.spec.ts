import { firstInactiveDay, memberActivity, type LastActivity } from './activity-rule';

const RULE = { windowMonths: 12, warningDays: 30 };
const posting = (on: string): LastActivity => ({ on, kind: 'posting' });

describe('memberActivity', () => {
  it('is inactive, with nothing to count from, for a member that never did anything', () => {
    expect(memberActivity(null, '2026-11-24', RULE)).toEqual({
      status: 'inactive',
      lastActivityOn: null,
      lastActivityKind: null,
      activeUntil: null,
      daysUntilInactive: null,
      lapsingSoon: false,
    });
  });

  it('keeps a member active to the day before the activity is a whole window old', () => {
    const last = posting('2025-11-24');
    expect(memberActivity(last, '2026-11-23', RULE)).toEqual({
      status: 'active',
      lastActivityOn: '2025-11-24',
      lastActivityKind: 'posting',
      activeUntil: '2026-11-23',
      daysUntilInactive: 1,
      lapsingSoon: true,
    });
    // Exactly twelve months ago is no longer within the last twelve months.
    expect(memberActivity(last, '2026-11-24', RULE)).toMatchObject({
      status: 'inactive',
      activeUntil: '2026-11-23',
      daysUntilInactive: null,
      lapsingSoon: false,
    });
    expect(memberActivity(last, '2026-11-25', RULE).status).toBe('inactive');
  });

  it('is active on the day of the activity itself, a whole window ahead', () => {
    expect(memberActivity(posting('2026-11-24'), '2026-11-24', RULE)).toMatchObject({
      status: 'active',
      activeUntil: '2027-11-23',
      daysUntilInactive: 365,
      lapsingSoon: false,
    });
  });

  it('warns from exactly the warning days before the lapse, not a day earlier', () => {
    // Inactive from 2026-11-24: 30 days before is 2026-10-25.
    const last = posting('2025-11-24');
    expect(memberActivity(last, '2026-10-24', RULE)).toMatchObject({ daysUntilInactive: 31, lapsingSoon: false });
    expect(memberActivity(last, '2026-10-25', RULE)).toMatchObject({ daysUntilInactive: 30, lapsingSoon: true });
    expect(memberActivity(last, '2026-11-04', { windowMonths: 12, warningDays: 20 })).toMatchObject({
      daysUntilInactive: 20,
      lapsingSoon: true,
    });
    expect(memberActivity(last, '2026-11-03', { windowMonths: 12, warningDays: 20 }).lapsingSoon).toBe(false);
  });

  it('does not cut the window short at the end of a shorter month', () => {
    // On 28 February the month back reaches 28 January: 31 January is within it.
    const rule = { windowMonths: 1, warningDays: 5 };
    expect(memberActivity(posting('2025-01-31'), '2025-02-28', rule)).toMatchObject({
      status: 'active',
      activeUntil: '2025-02-28',
      daysUntilInactive: 1,
    });
    expect(memberActivity(posting('2025-01-31'), '2025-03-01', rule).status).toBe('inactive');
    // 30 April: the month back reaches 30 March, so 31 March still counts.
    expect(memberActivity(posting('2025-03-31'), '2025-04-30', rule).status).toBe('active');
    expect(memberActivity(posting('2025-03-31'), '2025-05-01', rule).status).toBe('inactive');
    // A day the target month has is not moved.
    expect(memberActivity(posting('2025-01-28'), '2025-02-28', rule).status).toBe('inactive');
  });

  it('keeps a leap day activity for a whole year', () => {
    expect(memberActivity(posting('2024-02-29'), '2025-02-28', RULE)).toMatchObject({
      status: 'active',
      activeUntil: '2025-02-28',
    });
    expect(memberActivity(posting('2024-02-29'), '2025-03-01', RULE).status).toBe('inactive');
  });

  it('follows the window the network set', () => {
    const last = { on: '2026-01-15', kind: 'mentor-trained' } as const;
    const rule = { windowMonths: 6, warningDays: 30 };
    expect(memberActivity(last, '2026-07-14', rule)).toMatchObject({
      status: 'active',
      lastActivityKind: 'mentor-trained',
    });
    expect(memberActivity(last, '2026-07-15', rule).status).toBe('inactive');
  });
});

describe('firstInactiveDay', () => {
  it.each([
    ['2025-11-24', 12, '2026-11-24'],
    ['2025-01-31', 1, '2025-03-01'],
    ['2024-01-31', 1, '2024-03-01'],
    ['2024-01-29', 1, '2024-02-29'],
    ['2025-08-31', 1, '2025-10-01'],
    ['2025-12-31', 2, '2026-03-01'],
    ['2025-12-31', 3, '2026-03-31'],
    ['2024-02-29', 12, '2025-03-01'],
    ['2024-02-29', 48, '2028-02-29'],
  ])('an activity on %s with a %i-month window lapses on %s', (on, months, expected) => {
    expect(firstInactiveDay(on, months)).toBe(expected);
  });
});
