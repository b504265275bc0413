import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOptionalButNotNull, PageQueryDto } from '@jobbro/platform';
import { SHORTLIST_ANSWERS, type ShortlistAnswer } from '../shortlist-entry.entity';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../shortlist.entity';

/** A list holds at most this many candidates: a shortlist, read by a person. */
export const MAX_ENTRIES = 50;

export class ShortlistEntryDto {
  @ApiProperty({ format: 'uuid', description: 'A candidate of your jobcentre' })
  @IsUUID('all', { message: 'candidateId must be the id of a candidate of your jobcentre' })
  candidateId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The recorded match list the candidate was picked from' })
  @IsOptionalButNotNull()
  @IsUUID('all', { message: 'matchRunId must be the id of a match list' })
  matchRunId?: string;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'true: the eligibility rules left the candidate out and you include them anyway (note required)',
  })
  @IsOptionalButNotNull()
  @IsBoolean()
  includedAnyway?: boolean;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why; required with includedAnyway' })
  @ValidateIf((entry: ShortlistEntryDto) => entry.note !== undefined || entry.includedAnyway === true)
  @IsString({ message: 'note must say why the candidate is included anyway' })
  @IsNotEmpty()
  @MaxLength(1000)
  note?: string;
}

export class ShortlistEntriesDto {
  @ApiProperty({ type: [ShortlistEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => ShortlistEntryDto)
  entries: ShortlistEntryDto[];
}

/** A new shortlist: for an intake or for a posting (exactly one), with its first candidates. */
export class CreateShortlistDto extends ShortlistEntriesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The intake the list answers (or postingId)' })
  @ValidateIf((dto: CreateShortlistDto) => dto.intakeId !== undefined || dto.postingId === undefined)
  @IsUUID('all', { message: 'intakeId must be the id of an intake; give intakeId or postingId, not both' })
  intakeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The posting the list answers (or intakeId)' })
  @ValidateIf((dto: CreateShortlistDto) => dto.postingId !== undefined || dto.intakeId === undefined)
  @IsUUID('all', { message: 'postingId must be the id of a posting; give intakeId or postingId, not both' })
  postingId?: string;
}

export class FindShortlistsQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'intakeId must be the id of an intake' })
  intakeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'postingId must be the id of a posting' })
  postingId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be the id of a company' })
  companyId?: string;

  @ApiPropertyOptional({ enum: SHORTLIST_STATUSES })
  @IsOptional()
  @IsIn(SHORTLIST_STATUSES)
  status?: ShortlistStatus;
}

/** The company's answer about one candidate; it may change it until the jobcentre closes the list. */
export class ShortlistAnswerDto {
  @ApiProperty({ enum: SHORTLIST_ANSWERS })
  @IsIn(SHORTLIST_ANSWERS, { message: 'answer must be interested or not-interested' })
  answer: ShortlistAnswer;

  @ApiPropertyOptional({ maxLength: 1000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}
