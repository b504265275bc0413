/** Calendar-date arithmetic on ISO dates (YYYY-MM-DD), as the Danish days they name; no time of day, no zone. */

const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** `date` plus `months` calendar months; a day the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtc(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The month (YYYY-MM) a date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last day of the month (YYYY-MM). */
export function endOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return fromUtc(new Date(Date.UTC(year, monthNumber, 0)));
}

/** Every month from the one `from` falls in to the one `to` falls in, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = monthOf(addMonths(`${month}-01`, 1))) {
    months.push(month);
  }
  return months;
}
