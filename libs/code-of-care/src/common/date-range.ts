import { invalidField } from '@jobbro/platform';
import type { DateRangePageQuery } from './date-range.query';

/** A period asked for must not end before it starts. */
export function checkRange(query: DateRangePageQuery): void {
  if (query.from && query.to && query.from > query.to) throw invalidField('to', 'to must be on or after from');
}
