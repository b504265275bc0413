import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { QueryBoolean, QueryInteger } from '@jobbro/platform';
import { MATCH_PURPOSES, type MatchPurpose } from './match-run.entity';

export const MAX_MATCH_LIMIT = 200;
/** How deep a match list may be paged: the best thousand is as far as a person reads a ranking. */
export const MAX_MATCH_DEPTH = 1_000;

export class MatchQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_MATCH_LIMIT, default: 20 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number written in digits' })
  @Min(1)
  @Max(MAX_MATCH_LIMIT)
  limit = 20;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_MATCH_DEPTH - 1,
    default: 0,
    description: `Results to skip; offset + limit may be at most ${MAX_MATCH_DEPTH}`,
  })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'offset must be a whole number written in digits' })
  @Min(0)
  @Max(MAX_MATCH_DEPTH - 1)
  offset = 0;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'true: also the candidates (postings) the rules left out, with the reasons',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'includeExcluded must be true or false' })
  includeExcluded = false;
}

export class PostingMatchQuery extends MatchQuery {
  @ApiPropertyOptional({
    enum: MATCH_PURPOSES,
    default: 'review',
    description: "employer: a list to build a shortlist for the posting's company from (consent rules apply)",
  })
  @IsOptional()
  @IsIn(MATCH_PURPOSES, { message: `purpose must be one of ${MATCH_PURPOSES.join(', ')}` })
  purpose: (typeof MATCH_PURPOSES)[number] = 'review';
}

export type { MatchPurpose };
