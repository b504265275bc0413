import { ValidateBy, type ValidationOptions } from 'class-validator';

const CALENDAR_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30), from 1970 to 9999, as the date columns hold them. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value) || value < '1970-01-01') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A field that must be a real calendar date, YYYY-MM-DD. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} must be a calendar date, YYYY-MM-DD`,
      },
    },
    options,
  );

const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$/;

/** An instant written as an ISO 8601 date-time with its offset (2026-11-24T10:30:00+01:00), from 1970 on. */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || !isCalendarDate(value.slice(0, 10))) return false;
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.getUTCFullYear() >= 1970;
}

export const IsDateTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDateTime',
      validator: {
        validate: (value: unknown) => isDateTime(value),
        defaultMessage: (args) =>
          `${args?.property} must be an ISO 8601 date-time with its offset, e.g. 2026-11-24T10:30:00+01:00`,
      },
    },
    options,
  );
