/** A calendar date without a time zone, as 'YYYY-MM-DD'. */
export type LocalDate = string;

export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

/** Days a jobcentre may choose to keep closed although they are not public holidays. */
export interface ClosedDays {
  /** Grundlovsdag, 5 June */
  constitutionDay?: boolean;
  /** Juleaftensdag, 24 December */
  christmasEve?: boolean;
  /** Nytårsaftensdag, 31 December */
  newYearsEve?: boolean;
}

/** Store bededag was abolished as a public holiday from 2024. */
const LAST_YEAR_WITH_GREAT_PRAYER_DAY = 2023;

export function toLocalDate(year: number, month: number, day: number): LocalDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  return toLocalDate(year, month, day + days);
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm in Meeus' form). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toLocalDate(year, month, day);
}

/** Denmark's public holidays (helligdage) in `year`, in date order. */
export function danishPublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < 1700 || year > 9999) {
    throw new RangeError(`year must be a whole number from 1700 to 9999, got ${year}`);
  }
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: toLocalDate(year, 1, 1), name: 'Nytårsdag' },
    { date: addDays(easter, -3), name: 'Skærtorsdag' },
    { date: addDays(easter, -2), name: 'Langfredag' },
    { date: easter, name: 'Påskedag' },
    { date: addDays(easter, 1), name: '2. påskedag' },
    ...(year <= LAST_YEAR_WITH_GREAT_PRAYER_DAY ? [{ date: addDays(easter, 26), name: 'Store bededag' }] : []),
    { date: addDays(easter, 39), name: 'Kristi himmelfartsdag' },
    { date: addDays(easter, 49), name: 'Pinsedag' },
    { date: addDays(easter, 50), name: '2. pinsedag' },
    { date: toLocalDate(year, 12, 25), name: 'Juledag' },
    { date: toLocalDate(year, 12, 26), name: '2. juledag' },
  ];
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

/** The public holidays plus the extra days the jobcentre keeps closed, in date order. */
export function jobcentreClosedDays(year: number, closedDays: ClosedDays = {}): PublicHoliday[] {
  const extra: PublicHoliday[] = [
    ...(closedDays.constitutionDay ? [{ date: toLocalDate(year, 6, 5), name: 'Grundlovsdag' }] : []),
    ...(closedDays.christmasEve ? [{ date: toLocalDate(year, 12, 24), name: 'Juleaftensdag' }] : []),
    ...(closedDays.newYearsEve ? [{ date: toLocalDate(year, 12, 31), name: 'Nytårsaftensdag' }] : []),
  ];
  return [...danishPublicHolidays(year), ...extra].sort((x, y) => x.date.localeCompare(y.date));
}
