import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OptionalDateTimeQuery, PageQueryDto, PageResponse } from '@jobbro/platform';
import { MATCH_DIRECTIONS, MATCH_PURPOSES, type MatchDirection, type MatchPurpose } from '../matches/match-run.entity';
import { MatchWeightsDto } from '../weights/match-weights.dto';

class PeriodQuery extends PageQueryDto {
  @OptionalDateTimeQuery('from', 'From this time (inclusive); default 30 days before `to`')
  from?: Date;

  @OptionalDateTimeQuery('to', 'Until this time (exclusive); default now')
  to?: Date;
}

export class FindRunsQuery extends PeriodQuery {
  @ApiPropertyOptional({ description: 'The posting or candidate the lists were made for' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be a posting or candidate id' })
  subjectId?: string;

  @ApiPropertyOptional({ enum: MATCH_DIRECTIONS })
  @IsOptional()
  @IsIn(MATCH_DIRECTIONS, { message: `direction must be one of ${MATCH_DIRECTIONS.join(', ')}` })
  direction?: MatchDirection;
}

export class RepresentationQuery extends PeriodQuery {}

export class RecordedResultResponse {
  @ApiProperty({ format: 'uuid', description: 'Candidate or posting' })
  id: string;

  @ApiProperty()
  rank: number;

  @ApiProperty()
  score: number;

  @ApiProperty({ type: String, nullable: true })
  targetGroup: string | null;

  @ApiProperty({ type: String, nullable: true })
  ageBand: string | null;
}

export class MatchRunResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: MATCH_DIRECTIONS })
  direction: MatchDirection;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({ enum: MATCH_PURPOSES })
  purpose: MatchPurpose;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  requestedById: string | null;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty()
  weightsVersion: number;

  @ApiProperty()
  resultCount: number;

  @ApiProperty({ description: 'Eligible candidates (postings) the list was ranked from' })
  eligibleCount: number;

  @ApiProperty()
  excludedCount: number;
}

export class MatchRunDetailResponse extends MatchRunResponse {
  @ApiProperty({ type: MatchWeightsDto, nullable: true, description: 'The weights of that version' })
  weights: MatchWeightsDto | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The facts ranked on, the day, the paging' })
  inputs: Record<string, unknown>;

  @ApiProperty({ type: [RecordedResultResponse] })
  results: RecordedResultResponse[];
}

export class MatchRunPageResponse extends PageResponse(MatchRunResponse, 'MatchRunPageResponse') {}

export class RepresentationRowResponse {
  @ApiProperty({ example: 'kontanthjælp' })
  group: string;

  @ApiProperty({ description: 'Entries of this group in the top-20 lists' })
  top20: number;

  @ApiProperty({ example: 0.31 })
  top20Share: number;

  @ApiProperty({ example: 0.28, description: "The group's mean share of the eligible pools of the same lists" })
  poolShare: number;

  @ApiProperty({ type: Number, nullable: true, example: 1.1, description: 'top20Share / poolShare; null for no pool' })
  ratio: number | null;

  @ApiProperty({ description: 'Ratio below 0.8 (the four-fifths rule) with at least 2 % of the pool' })
  underRepresented: boolean;
}

export class RepresentationResponse {
  @ApiProperty({ format: 'date-time' })
  from: string;

  @ApiProperty({ format: 'date-time' })
  to: string;

  @ApiProperty({ description: 'Posting → candidate lists in the period' })
  runs: number;

  @ApiProperty({ description: 'Entries ranked 1–20 in them' })
  top20Entries: number;

  @ApiProperty({ type: [RepresentationRowResponse] })
  targetGroups: RepresentationRowResponse[];

  @ApiProperty({ type: [RepresentationRowResponse] })
  ageBands: RepresentationRowResponse[];

  @ApiProperty({ description: 'How the figures are made, in Danish' })
  method: string;
}
