/** How the duty desk reads a first-contact deadline: the same rule as the API's overview (libs/duty-desk). */
export const DUE_SOON_MS = 4 * 3_600_000;

export type Standing = 'breached' | 'due-soon' | 'later' | 'not-running';

/** The clock runs only while the company waits for its first contact. */
export function standingOf(intake: { status: string; deadlineAt: string | Date }, now: number): Standing {
  if (intake.status !== 'awaiting-contact') return 'not-running';
  const deadline = new Date(intake.deadlineAt).getTime();
  if (deadline < now) return 'breached';
  return deadline < now + DUE_SOON_MS ? 'due-soon' : 'later';
}

/** The words of a countdown, per language (messages.ts). */
export interface CountdownWords {
  /** "om {time}" */
  in: string;
  /** "overskredet for {time}" */
  overdueBy: string;
  /** "under 1 min" */
  underAMinute: string;
  days: string;
  hours: string;
  minutes: string;
}

/**
 * "om 3 t 12 min", "om 2 d 4 t", "overskredet for 2 t": whole minutes, the two largest units that matter, no zero
 * minutes after hours. A deadline still ahead rounds up (never says less time than is left), one past rounds down.
 */
export function formatCountdown(deadlineAt: string | Date, now: number, words: CountdownWords): string {
  const left = new Date(deadlineAt).getTime() - now;
  const overdue = left < 0;
  const minutes = overdue ? Math.floor(-left / 60_000) : Math.ceil(left / 60_000);
  const template = overdue ? words.overdueBy : words.in;
  return template.replace('{time}', minutes === 0 ? words.underAMinute : duration(minutes, words));
}

function duration(totalMinutes: number, words: CountdownWords): string {
  const days = Math.floor(totalMinutes / 1_440);
  const hours = Math.floor((totalMinutes % 1_440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return hours > 0 ? `${days} ${words.days} ${hours} ${words.hours}` : `${days} ${words.days}`;
  if (hours > 0) return minutes > 0 ? `${hours} ${words.hours} ${minutes} ${words.minutes}` : `${hours} ${words.hours}`;
  return `${minutes} ${words.minutes}`;
}
