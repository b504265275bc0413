import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalButNotNull } from '@jobbro/platform';
import { IsCalendarDate, IsDateTime } from '../../common/calendar-date';
import { LimitOffsetQuery } from '../../common/limit-page';
import { MEMBERSHIP_STATUSES, PROSPECT_STAGES, type MembershipStatus, type ProspectStage } from '../membership.entity';

const VERSION_DESCRIPTION = 'The version read; a 409 if the membership changed since';

/** The version a change is made against. */
class Versioned {
  @ApiProperty({ type: 'integer', minimum: 1, description: VERSION_DESCRIPTION })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export const CREATABLE_STATUSES = ['prospect', 'member'] as const;

/** A company put into the network by hand, as a prospect or (with its signing) straight as a member. */
export class CreateMembershipDto {
  @ApiProperty({ format: 'uuid', description: 'A company of your jobcentre not yet in the network' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;

  @ApiProperty({ enum: CREATABLE_STATUSES })
  @IsIn(CREATABLE_STATUSES, { message: `status must be one of ${CREATABLE_STATUSES.join(', ')}` })
  status: (typeof CREATABLE_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'The staff member who follows the company' })
  @IsOptionalButNotNull()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Mødt på erhvervsmessen' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'For a member: the day it signed the pledge' })
  @IsOptionalButNotNull()
  @IsCalendarDate()
  pledgeSignedOn?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Mette Jensen, direktør', description: 'For a member: who signed' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(200)
  pledgeSignatory?: string;

  @ApiPropertyOptional({
    example: '2026-11-20',
    description: 'For a member: the first day; pledgeSignedOn if left out',
  })
  @IsOptionalButNotNull()
  @IsCalendarDate()
  joinedOn?: string;
}

/** A prospect (or a company that left) signs the pledge. */
export class JoinDto extends Versioned {
  @ApiProperty({ example: '2026-11-20', description: 'The day the pledge was signed; not after today' })
  @IsCalendarDate()
  pledgeSignedOn: string;

  @ApiProperty({ maxLength: 200, example: 'Mette Jensen, direktør' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  pledgeSignatory: string;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'The first day as a member; pledgeSignedOn if left out' })
  @IsOptionalButNotNull()
  @IsCalendarDate()
  joinedOn?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Kept on the history event' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class LeaveDto extends Versioned {
  @ApiProperty({ example: '2026-11-20', description: 'The day the company left the network; not after today' })
  @IsCalendarDate()
  leftOn: string;

  @ApiProperty({ maxLength: 1000, example: 'Virksomheden er lukket' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class ReopenDto extends Versioned {
  @ApiProperty({ example: '2026-11-20', description: 'The day the company is a prospect again; not after today' })
  @IsCalendarDate()
  on: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** The pipeline's fields; null clears the owner or the note. */
export class UpdateMembershipDto extends Versioned {
  @ApiPropertyOptional({ enum: PROSPECT_STAGES, description: 'Only for a prospect' })
  @IsOptionalButNotNull()
  @IsIn(PROSPECT_STAGES, { message: `prospectStage must be one of ${PROSPECT_STAGES.join(', ')}` })
  prospectStage?: ProspectStage;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null: nobody follows it' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class ContactDto {
  @ApiProperty({
    format: 'date-time',
    example: '2026-11-20T10:30:00+01:00',
    description: 'When the company was contacted; not in the future',
  })
  @IsDateTime()
  contactedAt: string;

  @ApiProperty({ maxLength: 2000, example: 'Ringede til direktøren; møde aftalt' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}

export const ACTIVITY_FILTERS = ['active', 'inactive', 'lapsing'] as const;
export type ActivityFilter = (typeof ACTIVITY_FILTERS)[number];
export const MEMBERSHIP_SORTS = ['name', 'status', 'lastActivity', 'lastContact'] as const;
export type MembershipSort = (typeof MEMBERSHIP_SORTS)[number];

export class FindMembershipsQuery extends LimitOffsetQuery {
  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES, { message: `status must be one of ${MEMBERSHIP_STATUSES.join(', ')}` })
  status?: MembershipStatus;

  @ApiPropertyOptional({ enum: PROSPECT_STAGES, description: 'Prospects at this stage' })
  @IsOptional()
  @IsIn(PROSPECT_STAGES, { message: `stage must be one of ${PROSPECT_STAGES.join(', ')}` })
  stage?: ProspectStage;

  @ApiPropertyOptional({
    enum: ACTIVITY_FILTERS,
    description: 'Members active or inactive today; lapsing: active, but inactive within the warning days',
  })
  @IsOptional()
  @IsIn(ACTIVITY_FILTERS, { message: `activity must be one of ${ACTIVITY_FILTERS.join(', ')}` })
  activity?: ActivityFilter;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: "Part of the company's name, or its CVR number" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: MEMBERSHIP_SORTS,
    default: 'name',
    description:
      'name: A–Z; status: members, prospects, those who left (each A–Z); lastActivity, lastContact: latest first',
  })
  @IsOptional()
  @IsIn(MEMBERSHIP_SORTS, { message: `sort must be one of ${MEMBERSHIP_SORTS.join(', ')}` })
  sort: MembershipSort = 'name';
}
