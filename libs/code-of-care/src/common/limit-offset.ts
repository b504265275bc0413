import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { QueryInteger } from '@jobbro/platform';

export const MAX_LIMIT = 100;
/** Far past any network's lists, well within what OFFSET takes. */
export const MAX_OFFSET = 1_000_000;

/** A page of a Code of Care list, as the web app asks for it: `limit` rows after `offset`. */
export class LimitOffsetQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number written in digits' })
  @Min(1)
  @Max(MAX_LIMIT)
  limit = 50;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'offset must be a whole number written in digits' })
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}

export interface LimitOffsetPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const limitOffsetPage = <T>(items: T[], total: number, query: LimitOffsetQuery): LimitOffsetPage<T> => ({
  items,
  total,
  limit: query.limit,
  offset: query.offset,
});

type Constructor<T> = new () => T;

/** The response class of a page of `item`s, so the OpenAPI document describes each list with its item type. */
export function LimitOffsetPageResponse<T>(item: Constructor<T>, name: string) {
  class PageOf {
    @ApiProperty({ type: () => [item] })
    items: T[];

    @ApiProperty({ type: 'integer', description: 'All matching records, on every page', example: 1 })
    total: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, example: 50 })
    limit: number;

    @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
    offset: number;
  }
  Object.defineProperty(PageOf, 'name', { value: name });
  return PageOf;
}

/** A real calendar date written YYYY-MM-DD (not 2026-02-30), from 1970 on. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) || value < '1970-01-01') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: (args) => `${args?.property} must be a calendar date, YYYY-MM-DD`,
    },
  });

/** A company as the Code of Care's responses name it. */
export class CompanyRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Hedensted Byg ApS' })
  name: string;

  @ApiProperty({ example: '12345674' })
  cvrNumber: string;
}
