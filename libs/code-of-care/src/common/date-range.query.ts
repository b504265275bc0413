import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from './calendar-date';
import { LimitOffsetQuery } from './limit-page';

/** A page of dated records (courses, events) within an optional period, both days included. */
export class DateRangePageQuery extends LimitOffsetQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'From this day on (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Up to and including this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
