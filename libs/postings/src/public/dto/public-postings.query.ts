import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FindPostingsQuery } from '../../postings/dto/find-postings.query';

/** The filters anyone may use on a jobcentre's open postings: the staff list's, less status, company and shortage. */
export class PublicPostingsQuery extends PickType(FindPostingsQuery, [
  'page',
  'pageSize',
  'kind',
  'sector',
  'occupation',
  'postcode',
  'radiusKm',
  'minHours',
  'maxHours',
] as const) {
  @ApiPropertyOptional({ description: 'Words the title holds (any case), e.g. lager', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q?: string;
}

/** A public posting's path: its jobcentre's code and its id. */
export class PublicPostingParams {
  @ApiPropertyOptional({ example: 'hedensted' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, {
    message: 'code must be a jobcentre code: lower-case letters, digits and dashes (e.g. hedensted)',
  })
  code: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'id must be a UUID' })
  id: string;
}
