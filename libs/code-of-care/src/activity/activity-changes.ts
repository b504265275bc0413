import { addDays } from '../calendar/calendar-dates';
import type { ActivityWarningKind } from './activity-warning.entity';
import {
  memberActivity,
  type ActivityKind,
  type ActivityRuleSettings,
  type ActivityStatus,
  type LastActivity,
  type MemberActivity,
} from './activity-rule';

/** What the activity job knows of a member before it looks again. */
export interface StoredMemberActivity {
  id: string;
  joinedOn: string | null;
  activityStatus: ActivityStatus | null;
  /** The `activeUntil` the coordinator was last warned about. */
  inactiveWarningFor: string | null;
}

/** The history event of a change of activity: the day it took effect, and a note the coordinator reads (Danish). */
export interface ActivityChangeEvent {
  fromValue: ActivityStatus | null;
  toValue: ActivityStatus;
  effectiveOn: string;
  note: string;
}

export interface ActivityChange {
  membershipId: string;
  activity: MemberActivity;
  /** Set when the status differs from the one stored (the first computation included). */
  event: ActivityChangeEvent | null;
  warnings: { kind: ActivityWarningKind; inactiveOn: string }[];
  /** What `inactive_warning_for` becomes. */
  inactiveWarningFor: string | null;
  turnedActive: boolean;
  turnedInactive: boolean;
}

const KIND_NAMES: Record<ActivityKind, string> = {
  posting: 'opslag',
  placement: 'ansættelse',
  praktik: 'virksomhedspraktik',
  'mentor-trained': 'mentor uddannet',
  event: 'netværksarrangement',
};

/**
 * What one look at a member changes: its activity on `asOf`, a history event when the status changed, an
 * `inactive-soon` warning once per lapse (keyed by the last active day, so a new activity that moves the lapse warns
 * again before the new one) and a `turned-inactive` warning when an active member lapsed. A member first computed as
 * inactive was never seen active, so it gets the event but no warning.
 */
export function planActivityChange(
  member: StoredMemberActivity,
  last: LastActivity | null,
  asOf: string,
  settings: ActivityRuleSettings,
): ActivityChange {
  const activity = memberActivity(last, asOf, settings);
  const inactiveOn = activity.activeUntil ? addDays(activity.activeUntil, 1) : null;
  const warnings: ActivityChange['warnings'] = [];
  let inactiveWarningFor = member.inactiveWarningFor;
  if (activity.lapsingSoon && inactiveOn && member.inactiveWarningFor !== activity.activeUntil) {
    warnings.push({ kind: 'inactive-soon', inactiveOn });
    inactiveWarningFor = activity.activeUntil;
  }
  const turnedInactive = member.activityStatus === 'active' && activity.status === 'inactive';
  if (turnedInactive) warnings.push({ kind: 'turned-inactive', inactiveOn: inactiveOn ?? asOf });
  let event: ActivityChangeEvent | null = null;
  if (member.activityStatus !== activity.status) {
    // The day the change happened, as far as the data tells it, but never before the member joined.
    const happened = activity.status === 'active' ? activity.lastActivityOn! : (inactiveOn ?? asOf);
    const effectiveOn = member.joinedOn && member.joinedOn > happened ? member.joinedOn : happened;
    event = {
      fromValue: member.activityStatus,
      toValue: activity.status,
      effectiveOn,
      note: activity.lastActivityOn
        ? `Seneste aktivitet: ${KIND_NAMES[activity.lastActivityKind!]} ${activity.lastActivityOn}`
        : 'Ingen aktivitet registreret',
    };
  }
  return {
    membershipId: member.id,
    activity,
    event,
    warnings,
    inactiveWarningFor,
    turnedActive: member.activityStatus !== 'active' && activity.status === 'active',
    turnedInactive,
  };
}
