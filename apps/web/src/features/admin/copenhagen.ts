import { TIME_ZONE } from '../../i18n/format';

/**
 * Calendar arithmetic in Copenhagen time, whatever the browser's own zone: a week runs from Monday 00:00 to the next
 * Monday 00:00 there, across summer-time changes (a day may have 23 or 25 hours). Dates are 'YYYY-MM-DD'.
 */
const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface WallClock {
  date: string;
  time: string;
}

/** The date and time a Copenhagen clock shows at this instant. */
export function copenhagen(instant: Date | string): WallClock {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const wallAsUtc = (wall: WallClock): number => {
  const [year, month, day] = wall.date.split('-').map(Number);
  const [hour, minute] = wall.time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
};

/** The instant a Copenhagen clock shows this date and time (the earlier one in the hour repeated in October). */
export function fromCopenhagen(date: string, time = '00:00'): Date {
  const guess = wallAsUtc({ date, time });
  const offsetAt = (instant: number) => wallAsUtc(copenhagen(new Date(instant))) - instant;
  const first = guess - offsetAt(guess);
  const second = guess - offsetAt(first);
  return new Date(Math.min(first, second));
}

export const isDate = (value: string | null): value is string =>
  !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week the date is in. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export const today = (): string => copenhagen(new Date()).date;

/** The ISO 8601 week number (uge), as Danish calendars count weeks. */
export function isoWeek(monday: string): number {
  const thursday = new Date(`${addDays(monday, 3)}T00:00:00Z`);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
}

/** A value for <input type="datetime-local">, in Copenhagen time. */
export const toLocalInput = (instant: Date | string): string => {
  const wall = copenhagen(instant);
  return `${wall.date}T${wall.time}`;
};

/** The instant an <input type="datetime-local"> value names in Copenhagen time, or null when it names none. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match && isDate(match[1]) ? fromCopenhagen(match[1], match[2]) : null;
}
