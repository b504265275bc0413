import { registerDecorator, type ValidationArguments } from 'class-validator';
import { ageOn } from './age';

/** Jobcentres work with people from school-leaving age (15) to well past pension age; outside that it is a typo. */
export const MIN_AGE = 15;
export const MAX_AGE = 80;

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

// Swedish writes dates as YYYY-MM-DD; made once, as a formatter is costly to make and an import asks per row.
const DANISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

let today: { day: string; until: number } | null = null;

/** Today as YYYY-MM-DD in Danish time: the calendar day the age is counted on. */
export function danishToday(now?: Date): string {
  if (now) return DANISH_DAY.format(now);
  // Asked for every candidate of an import: worked out at most once a second.
  const time = Date.now();
  if (!today || time >= today.until) today = { day: DANISH_DAY.format(new Date(time)), until: time + 1000 };
  return today.day;
}

/** Why a birth date is not acceptable for a candidate today, naming the field; null when it is. */
export function birthDateProblem(field: string, value: unknown, today: string = danishToday()): string | null {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return `${field} must be a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `${field} must be a date that exists`;
  const age = ageOn(value as string, today);
  if (age < MIN_AGE || age > MAX_AGE)
    return `${field} must make the candidate ${MIN_AGE} to ${MAX_AGE} years old today; it makes them ${age}`;
  return null;
}

/** A birth date (YYYY-MM-DD) of someone aged MIN_AGE to MAX_AGE today. */
export function IsBirthDateOfWorkingAge(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBirthDateOfWorkingAge',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) => birthDateProblem(args.property, value) === null,
        defaultMessage: (args?: ValidationArguments) =>
          birthDateProblem(args!.property, args!.value) ?? `${args!.property} is not a valid birth date`,
      },
    });
}
