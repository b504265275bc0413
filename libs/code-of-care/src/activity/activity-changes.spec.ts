import { planActivityChange, type StoredMemberActivity } from './activity-changes';

const RULE = { windowMonths: 12, warningDays: 30 };
const member = (stored: Partial<StoredMemberActivity> = {}): StoredMemberActivity => ({
  id: 'm1',
  joinedOn: '2025-01-10',
  activityStatus: null,
  inactiveWarningFor: null,
  ...stored,
});
const posting = { on: '2025-11-24', kind: 'posting' } as const;

describe('planActivityChange', () => {
  it('records the first computation as a change, dated by the activity, with no warning', () => {
    const change = planActivityChange(member(), posting, '2026-01-05', RULE);
    expect(change).toMatchObject({
      event: {
        fromValue: null,
        toValue: 'active',
        effectiveOn: '2025-11-24',
        note: 'Seneste aktivitet: opslag 2025-11-24',
      },
      warnings: [],
      turnedActive: true,
      turnedInactive: false,
    });
  });

  it('changes nothing when the status is the one stored and the lapse is far off', () => {
    const change = planActivityChange(member({ activityStatus: 'active' }), posting, '2026-01-05', RULE);
    expect(change).toMatchObject({ event: null, warnings: [], turnedActive: false, inactiveWarningFor: null });
  });

  it('warns once per lapse, keyed by the last active day', () => {
    const first = planActivityChange(member({ activityStatus: 'active' }), posting, '2026-10-25', RULE);
    expect(first.warnings).toEqual([{ kind: 'inactive-soon', inactiveOn: '2026-11-24' }]);
    expect(first.inactiveWarningFor).toBe('2026-11-23');
    const again = planActivityChange(
      member({ activityStatus: 'active', inactiveWarningFor: '2026-11-23' }),
      posting,
      '2026-10-26',
      RULE,
    );
    expect(again.warnings).toEqual([]);
    // A new activity moves the lapse: the next one is warned about again.
    const later = planActivityChange(
      member({ activityStatus: 'active', inactiveWarningFor: '2026-11-23' }),
      { on: '2026-01-20', kind: 'event' },
      '2026-12-22',
      RULE,
    );
    expect(later.warnings).toEqual([{ kind: 'inactive-soon', inactiveOn: '2027-01-20' }]);
  });

  it('warns when an active member turned inactive, dated the first inactive day', () => {
    const change = planActivityChange(
      member({ activityStatus: 'active', inactiveWarningFor: '2026-11-23' }),
      posting,
      '2026-11-30',
      RULE,
    );
    expect(change).toMatchObject({
      event: { fromValue: 'active', toValue: 'inactive', effectiveOn: '2026-11-24' },
      warnings: [{ kind: 'turned-inactive', inactiveOn: '2026-11-24' }],
      turnedInactive: true,
    });
  });

  it('gives a member with no activity at all an inactive status but no warning', () => {
    const change = planActivityChange(member({ joinedOn: '2026-03-01' }), null, '2026-03-05', RULE);
    expect(change).toMatchObject({
      event: { fromValue: null, toValue: 'inactive', effectiveOn: '2026-03-05', note: 'Ingen aktivitet registreret' },
      warnings: [],
      turnedInactive: false,
    });
  });

  it('never dates a change before the member joined', () => {
    const change = planActivityChange(member({ joinedOn: '2026-02-01' }), posting, '2026-03-05', RULE);
    expect(change.event).toMatchObject({ toValue: 'active', effectiveOn: '2026-02-01' });
  });
});
