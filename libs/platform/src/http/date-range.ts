import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, MaxDate, MinDate } from 'class-validator';

/**
 * The dates a filter may name. PostgreSQL's timestamps start in 4713 BC, JavaScript's in 271821 BC: without bounds
 * a date such as "-100000-01-01" passes validation and fails in SQL.
 */
export const EARLIEST_DATE = new Date('1970-01-01T00:00:00Z');
export const LATEST_DATE = new Date('9999-12-31T23:59:59Z');

/**
 * An optional date-time query parameter within EARLIEST_DATE–LATEST_DATE, refused by its name when it is not one:
 * the from/to filters of the lists that take a period.
 */
export const OptionalDateTimeQuery = (field: string, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description }),
    IsOptional(),
    Type(() => Date),
    IsDate({ message: `${field} must be an ISO 8601 date-time` }),
    MinDate(EARLIEST_DATE),
    MaxDate(LATEST_DATE),
  );
