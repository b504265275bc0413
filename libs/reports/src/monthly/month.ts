import { danishDate } from '@jobbro/platform';

/** A calendar month as the API takes it: YYYY-MM, January to December. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The months the figures can be asked for: Jobbro holds no data from before 2000. */
export const FIRST_MONTH = '2000-01';

/** A month's Danish calendar days: the first day and the first day of the next month (excluded). */
export interface MonthDays {
  month: string;
  firstDay: string;
  nextFirstDay: string;
  year: number;
}

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** The month's first day and the next month's first day; throws on a string that is not YYYY-MM. */
export function monthDays(month: string): MonthDays {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  const year = Number(match[1]);
  return { month, firstDay: `${month}-01`, nextFirstDay: `${shiftMonth(month, 1)}-01`, year };
}

/** The month `count` months after (or, negative, before) `month`. */
export function shiftMonth(month: string, count: number): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  const serial = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(serial / 12)).padStart(4, '0')}-${String((serial % 12) + 1).padStart(2, '0')}`;
}

/** The Danish calendar month `instant` falls in. */
export function monthOf(instant: Date): string {
  return danishDate(instant).slice(0, 7);
}

/** The last whole month before `instant` (in Denmark): what the job on the 1st computes. */
export function previousMonth(instant: Date): string {
  return shiftMonth(monthOf(instant), -1);
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftMonth(last, index - count + 1));
}

/** Whether the month has not begun yet in Denmark at `now` (the current month has: its figures so far). */
export function isFutureMonth(month: string, now: Date): boolean {
  return month > monthOf(now);
}
