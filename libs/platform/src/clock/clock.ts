import { Injectable } from '@nestjs/common';

/** Where Jobbro's calendar days begin and end: Danish jobcentres work by Danish dates. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/** The calendar day (YYYY-MM-DD) of `instant` in Denmark. */
export function danishDate(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: DANISH_TIME_ZONE }).format(instant);
}

/**
 * The time as the application reads it. Rules that depend on how long ago something happened (a member's activity,
 * a goal's progress) ask this instead of `new Date()`, so a test can set the day rather than wait for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Denmark, YYYY-MM-DD. */
  today(): string {
    return danishDate(this.now());
  }
}
