import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far past any real list, well within what OFFSET takes: page × pageSize stays below ten million rows. */
export const MAX_PAGE = 100_000;
export const MAX_PAGE_SIZE = 100;

/**
 * A whole number from a query string, written as plain digits. "1e308", "0x10", " 7" or a number beyond 2^53 stay
 * strings (or unsafe numbers) and so fail validation with the field's name, instead of becoming Infinity or a
 * rounded bigint on their way to SQL.
 */
export const QueryInteger = () =>
  Transform(({ value }) => (typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : value), {
    toClassOnly: true,
  });

/** true or false from a query string; anything else stays as sent, so validation names the field. */
export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value), { toClassOnly: true });

export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'page must be a whole number written in digits' })
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'pageSize must be a whole number written in digits' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOf<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
