/** "Due soon" on the duty desk: the first-contact deadline falls within this many hours. */
export const DUE_SOON_HOURS = 4;
export const MAX_DUE_SOON_HOURS = 72;

export interface DueSoonWindow {
  /** Deadlines before this instant are breached. */
  from: Date;
  /** Deadlines from `from` up to (not including) this instant are due soon. */
  until: Date;
}

/** The window of deadlines that are due soon at `now`. */
export function dueSoonWindow(now: Date, hours: number = DUE_SOON_HOURS): DueSoonWindow {
  if (!Number.isFinite(hours) || hours <= 0) throw new RangeError('hours must be a positive number');
  return { from: now, until: new Date(now.getTime() + hours * 3_600_000) };
}

export type DeadlineStanding = 'breached' | 'due-soon' | 'later' | 'not-running';

/**
 * Where an intake stands against its first-contact deadline. The clock runs only while the company waits for its
 * first contact: a contacted or closed intake is `not-running`, however late it was.
 */
export function deadlineStanding(
  intake: { status: string; deadlineAt: Date },
  window: DueSoonWindow,
): DeadlineStanding {
  if (intake.status !== 'awaiting-contact') return 'not-running';
  if (intake.deadlineAt < window.from) return 'breached';
  return intake.deadlineAt < window.until ? 'due-soon' : 'later';
}
