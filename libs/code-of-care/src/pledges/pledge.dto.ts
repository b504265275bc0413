import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalButNotNull } from '@jobbro/platform';
import { IsCalendarDate } from '../common/calendar-date';
import { LimitOffsetQuery } from '../common/limit-page';
import { PLEDGE_KINDS, type PledgeKind } from './pledge.entity';
import { PLEDGE_STATUSES, type PledgeStatus } from './pledge-status';

const KIND_DESCRIPTION =
  'småjob: småjob postings published; voksenlærling: voksenlærling placements started; mentor: mentors trained on ' +
  'courses ending in the period; host-event: network events hosted; share-knowledge: events where it shared knowledge';

/** What a member commits to; delivered is counted from the data, never typed. */
export class CreatePledgeDto {
  @ApiProperty({ enum: PLEDGE_KINDS, description: KIND_DESCRIPTION })
  @IsIn(PLEDGE_KINDS, { message: `kind must be one of ${PLEDGE_KINDS.join(', ')}` })
  kind: PledgeKind;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10_000, example: 4 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(10_000)
  quantity: number;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'The first day that counts; the day the pledge was signed, or today, if left out',
  })
  @IsOptionalButNotNull()
  @IsCalendarDate()
  fromOn?: string;

  @ApiProperty({ example: '2026-12-31', description: 'The last day that counts, on or after fromOn' })
  @IsCalendarDate()
  dueOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, example: 'To småjobs på lageret i 2026' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;
}

/** The whole pledge again, refused (409) if it changed since `version`. */
export class ReplacePledgeDto {
  @ApiProperty({ enum: PLEDGE_KINDS, description: KIND_DESCRIPTION })
  @IsIn(PLEDGE_KINDS, { message: `kind must be one of ${PLEDGE_KINDS.join(', ')}` })
  kind: PledgeKind;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10_000, example: 4 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(10_000)
  quantity: number;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  fromOn: string;

  @ApiProperty({ example: '2026-12-31', description: 'On or after fromOn' })
  @IsCalendarDate()
  dueOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;

  @ApiProperty({ type: 'integer', description: 'The version read; a 409 if the pledge changed since' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class FindPledgesQuery extends LimitOffsetQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'membershipId must be the id of a membership' })
  membershipId?: string;

  @ApiPropertyOptional({ enum: PLEDGE_KINDS })
  @IsOptional()
  @IsIn(PLEDGE_KINDS, { message: `kind must be one of ${PLEDGE_KINDS.join(', ')}` })
  kind?: PledgeKind;

  @ApiPropertyOptional({ enum: PLEDGE_STATUSES, description: 'As of today' })
  @IsOptional()
  @IsIn(PLEDGE_STATUSES, { message: `status must be one of ${PLEDGE_STATUSES.join(', ')}` })
  status?: PledgeStatus;
}
