import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { QueryInteger } from '@jobbro/platform';

export const MAX_LIMIT = 100;
/** Far past any network's records, well within what OFFSET takes. */
export const MAX_OFFSET = 1_000_000;

/** The Code of Care lists page by limit and offset, as the web app's tables ask. */
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

export interface LimitPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const limitPageOf = <T>(items: T[], total: number, query: LimitOffsetQuery): LimitPage<T> => ({
  items,
  total,
  limit: query.limit,
  offset: query.offset,
});

type Constructor<T> = new () => T;

/** The response class of a limit/offset page of `item`s, named for the OpenAPI document. */
export function LimitPageResponse<T>(item: Constructor<T>, name: string) {
  class LimitPageOf {
    @ApiProperty({ type: () => [item] })
    items: T[];

    @ApiProperty({ type: 'integer', description: 'All matching records, on every page', example: 1 })
    total: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, example: 50 })
    limit: number;

    @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
    offset: number;
  }
  Object.defineProperty(LimitPageOf, 'name', { value: name });
  return LimitPageOf;
}

/** The optimistic-lock answer every Code of Care record gives when it changed since the version the client read. */
export const staleVersion = (what: string, sent: number, current: number) => ({
  message:
    `The ${what} was changed since version ${sent} (it is at version ${current}): ` +
    'reload it and make the change again',
  currentVersion: current,
});
