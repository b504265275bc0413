import { addDays, addMonths, daysBetween } from '../calendar/calendar-dates';

/**
 * What counts as a member doing something in the network: a posting (småjob or any other), a placement (a
 * virksomhedspraktik counted as praktik), a mentor trained on a course, a network event attended or hosted.
 */
export const ACTIVITY_KINDS = ['posting', 'placement', 'praktik', 'mentor-trained', 'event'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ['active', 'inactive'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The company's latest activity on or before the day asked about. */
export interface LastActivity {
  on: string;
  kind: ActivityKind;
}

/** The network's activity rule: the months an activity keeps a member active, the days of warning before it lapses. */
export interface ActivityRuleSettings {
  windowMonths: number;
  warningDays: number;
}

export interface MemberActivity {
  status: ActivityStatus;
  lastActivityOn: string | null;
  lastActivityKind: ActivityKind | null;
  /** The last day the member counts as active without doing anything more; null with no activity at all. */
  activeUntil: string | null;
  /** Days from `asOf` to the first inactive day; null when inactive. */
  daysUntilInactive: number | null;
  /** Active, but turns inactive within the warning days. */
  lapsingSoon: boolean;
}

/**
 * The first day an activity on `on` no longer keeps a member active: the first day whose window, counted back from
 * it, no longer reaches `on`. Adding the months forward is not enough: 31 January + 1 month clamps to 28 February,
 * yet on 28 February the month back reaches only to 28 January, so 31 January still lies within it. A day the
 * target month lacks therefore moves the end to the 1st of the month after.
 */
export function firstInactiveDay(on: string, windowMonths: number): string {
  const candidate = addMonths(on, windowMonths);
  return addMonths(candidate, -windowMonths) < on ? addDays(candidate, 1) : candidate;
}

/**
 * A member is active on `asOf` when its latest activity lies within the window before it, the day exactly a window
 * back not included: an activity on 2025-11-24 with a 12-month window keeps the member active to 2026-11-23 and
 * inactive from 2026-11-24.
 */
export function memberActivity(
  last: LastActivity | null,
  asOf: string,
  settings: ActivityRuleSettings,
): MemberActivity {
  if (!last) {
    return {
      status: 'inactive',
      lastActivityOn: null,
      lastActivityKind: null,
      activeUntil: null,
      daysUntilInactive: null,
      lapsingSoon: false,
    };
  }
  const inactiveFrom = firstInactiveDay(last.on, settings.windowMonths);
  const active = asOf < inactiveFrom;
  const daysUntilInactive = active ? daysBetween(asOf, inactiveFrom) : null;
  return {
    status: active ? 'active' : 'inactive',
    lastActivityOn: last.on,
    lastActivityKind: last.kind,
    activeUntil: addDays(inactiveFrom, -1),
    daysUntilInactive,
    lapsingSoon: daysUntilInactive !== null && daysUntilInactive <= settings.warningDays,
  };
}
