import { jobcentreClosedDays, toLocalDate, type ClosedDays, type LocalDate } from './danish-holidays';

/** Monday to Friday opening hours, as 'HH:mm' wall-clock times in the policy's time zone. */
export interface OpeningHours {
  opensAt: string;
  closesAt: string;
}

export type DeadlinePolicy =
  | { mode: 'calendar-hours'; hours: number }
  | { mode: 'working-hours'; hours: number; timeZone: string; openingHours: OpeningHours; closedDays?: ClosedDays };

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
// Ten years of days is far beyond any real policy; it only stops a loop over a calendar with no open day.
const MAX_DAYS_SCANNED = 3_660;

/** Minutes since midnight of an 'HH:mm' time of day. */
export function parseClockTime(value: string): number {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(value);
  if (!match) {
    throw new RangeError(`"${value}" is not a time of day as HH:mm`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * When the first contact with a company is due. Calendar hours simply add up; working hours count only the time
 * the jobcentre is open (its opening hours, Monday to Friday, not on Danish public holidays or its own closed days)
 * in its time zone, so a request that arrives after closing starts counting at the next opening, and a deadline
 * that uses up a day exactly falls at closing time rather than the next morning.
 */
export function firstContactDeadline(receivedAt: Date, policy: DeadlinePolicy): Date {
  if (!Number.isFinite(policy.hours) || policy.hours <= 0) {
    throw new RangeError(`hours must be a positive number, got ${policy.hours}`);
  }
  if (Number.isNaN(receivedAt.getTime())) {
    throw new RangeError('receivedAt is not a valid date');
  }
  if (policy.mode === 'calendar-hours') {
    return new Date(receivedAt.getTime() + Math.round(policy.hours * HOUR_MS));
  }
  return workingHoursDeadline(receivedAt, policy);
}

function workingHoursDeadline(receivedAt: Date, policy: Extract<DeadlinePolicy, { mode: 'working-hours' }>): Date {
  const opensAt = parseClockTime(policy.openingHours.opensAt);
  const closesAt = parseClockTime(policy.openingHours.closesAt);
  if (closesAt <= opensAt) {
    throw new RangeError(
      `closesAt (${policy.openingHours.closesAt}) must be later than opensAt (${policy.openingHours.opensAt})`,
    );
  }
  const zone = new TimeZone(policy.timeZone);
  const closed = new ClosedDayCalendar(policy.closedDays);
  let remaining = Math.round(policy.hours * HOUR_MS);
  const start = zone.wallClock(receivedAt.getTime());

  for (let offset = 0; offset < MAX_DAYS_SCANNED; offset++) {
    const day = new Date(Date.UTC(start.year, start.month - 1, start.day + offset));
    const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6 || closed.isClosed(year, toLocalDate(year, month, date))) {
      continue;
    }
    const opening = zone.toInstant(year, month, date, opensAt);
    const closing = zone.toInstant(year, month, date, closesAt);
    const from = Math.max(opening, receivedAt.getTime());
    if (from >= closing) {
      continue;
    }
    if (remaining <= closing - from) {
      return new Date(from + remaining);
    }
    remaining -= closing - from;
  }
  throw new RangeError('The policy leaves no working day to count on; check the opening hours and closed days');
}

class ClosedDayCalendar {
  private readonly byYear = new Map<number, Set<LocalDate>>();

  constructor(private readonly closedDays: ClosedDays | undefined) {}

  isClosed(year: number, date: LocalDate): boolean {
    let dates = this.byYear.get(year);
    if (!dates) {
      dates = new Set(jobcentreClosedDays(year, this.closedDays).map((holiday) => holiday.date));
      this.byYear.set(year, dates);
    }
    return dates.has(date);
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Converts between instants and wall-clock time in an IANA time zone, daylight saving included, with Intl only. */
class TimeZone {
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly name: string) {
    let format = formatters.get(name);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat('en-US', {
          timeZone: name,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
      } catch {
        throw new RangeError(`"${name}" is not an IANA time zone such as Europe/Copenhagen`);
      }
      formatters.set(name, format);
    }
    this.format = format;
  }

  wallClock(instant: number): WallClock {
    const parts: Record<string, number> = {};
    for (const part of this.format.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    return {
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour: parts.hour,
      minute: parts.minute,
      second: parts.second,
    };
  }

  /** How far the zone's wall clock is ahead of UTC at `instant`. */
  private offsetAt(instant: number): number {
    const wall = this.wallClock(instant);
    const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    return wallAsUtc - Math.floor(instant / 1000) * 1000;
  }

  /** The instant the wall clock shows `minutes` past midnight on the given date. */
  toInstant(year: number, month: number, day: number, minutes: number): number {
    const wallAsUtc = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
    const guess = wallAsUtc - this.offsetAt(wallAsUtc);
    // Near a daylight-saving switch the offset at the guess can differ from the one at the first probe.
    const corrected = wallAsUtc - this.offsetAt(guess);
    return corrected;
  }
}
