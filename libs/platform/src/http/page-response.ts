import { ApiProperty } from '@nestjs/swagger';

type Constructor<T> = new () => T;

/** The response class of a page of `item`s, so the OpenAPI document describes each list with its item type. */
export function PageResponse<T>(item: Constructor<T>, name: string) {
  class PageOf {
    @ApiProperty({ type: () => [item] })
    items: T[];

    @ApiProperty({ type: 'integer', description: 'All matching records, on every page', example: 1 })
    total: number;

    @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
    page: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 20 })
    pageSize: number;
  }
  Object.defineProperty(PageOf, 'name', { value: name });
  return PageOf;
}
