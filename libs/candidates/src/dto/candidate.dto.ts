import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOptionalButNotNull, PageQueryDto, QueryInteger } from '@jobbro/platform';
import { IsBirthDateOfWorkingAge, MAX_AGE, MIN_AGE } from '../profile/birth-date';
import { EDUCATION_LEVELS, TARGET_GROUPS, type EducationLevel, type TargetGroup } from '../profile/target-groups';

export class CandidateSkillDto {
  @ApiProperty({
    example: 'http://data.europa.eu/esco/skill/9a2b8ad4-7d7e-4ea0-8b9a-41a0a4b8b1a4',
    description: 'An ESCO skill URI, or a Danish or English label (normalised to the URI)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  skill: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: '1 basics, 2 independent, 3 experienced, 4 teaches',
  })
  @IsInt()
  @Min(1)
  @Max(4)
  level: number;
}

export class CreateCandidateDto {
  @ApiProperty({ example: 'Sofie Hansen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'sofie@example.dk' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: '+45 20 30 40 50' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone must be a phone number of 8 to 20 digits, spaces or dashes' })
  phone?: string;

  @ApiPropertyOptional({ example: 'KMD-123456', description: 'The id in the system the candidate comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  externalId?: string;

  @ApiProperty({
    format: 'date',
    example: '1990-04-12',
    description: `YYYY-MM-DD; the candidate must be ${MIN_AGE} to ${MAX_AGE} years old today (never a CPR number)`,
  })
  @IsBirthDateOfWorkingAge()
  birthDate: string;

  @ApiProperty({ enum: TARGET_GROUPS, description: 'Ydelsesgruppe: the benefit the candidate receives' })
  @IsIn(TARGET_GROUPS, { message: `targetGroup must be one of: ${TARGET_GROUPS.join(', ')}` })
  targetGroup: TargetGroup;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, description: 'Highest completed education' })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS, { message: `educationLevel must be one of: ${EDUCATION_LEVELS.join(', ')}` })
  educationLevel?: EducationLevel;

  @ApiPropertyOptional({ example: 'Lagerassistent (EUD)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  education?: string;

  @ApiPropertyOptional({ example: '8722', description: 'A Danish postcode' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode must be a 4-digit Danish postcode' })
  postcode?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 500, description: 'How far the candidate will travel' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  travelReachKm?: number;

  @ApiPropertyOptional({ type: [CandidateSkillDto], description: "Replaces the candidate's skills when given" })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CandidateSkillDto)
  skills?: CandidateSkillDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['8344.1'],
    description: 'ESCO occupation codes, URIs or labels (normalised to codes)',
  })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  desiredOccupations?: string[];

  @ApiPropertyOptional({ type: [String], example: ['lager-logistik'], description: 'Sector codes' })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  desiredSectors?: string[];

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsBoolean()
  willingToChangeSector?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60, description: 'Hours a week the candidate can work' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;

  @ApiProperty({
    minimum: 1,
    maximum: 5,
    description: 'Beskæftigelsestrappen: 1 activation course … 5 ordinary job',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  ladderStep: number;

  @ApiPropertyOptional({ description: 'Skånehensyn: what work must take into account; never shown to employers' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accommodations?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The responsible consultant: a consultant or lead of yours' })
  @IsOptional()
  @IsUUID('all', { message: 'consultantId must be the id of a consultant or lead of your jobcentre' })
  consultantId?: string;

  @ApiPropertyOptional({ description: 'Why the consultant is (re)assigned; kept in the consultant history' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  consultantChangeReason?: string;

  @ApiPropertyOptional({ description: 'Free text for the jobcentre only; never shown to employers' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class UpdateCandidateDto extends PartialType(CreateCandidateDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ description: 'Why the ladder step changes; required with ladderStep, kept in its history' })
  @ValidateIf((input: UpdateCandidateDto) => input.ladderStepReason !== undefined || input.ladderStep != null)
  @IsString({ message: 'ladderStepReason must say why the ladder step changes' })
  @IsNotEmpty()
  @MaxLength(500)
  ladderStepReason?: string;
}

export class CandidateConsentDto {
  @ApiProperty({ description: 'The company, registered in your jobcentre, the candidate agrees to be identified to' })
  @IsUUID('all', { message: 'companyId must be the id of a company registered in your jobcentre' })
  companyId: string;
}

export class FindCandidatesQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional()
  @IsIn(TARGET_GROUPS, { message: `targetGroup must be one of: ${TARGET_GROUPS.join(', ')}` })
  targetGroup?: TargetGroup;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'ladderStep must be a whole number written in digits' })
  @Min(1)
  @Max(5)
  ladderStep?: number;

  @ApiPropertyOptional({ description: 'Has this skill (ESCO URI or label)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  skill?: string;

  @ApiPropertyOptional({ description: 'Wants this occupation (code, URI or label)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  occupation?: string;

  @ApiPropertyOptional({ example: '8722', description: 'Lives in this postcode, or within radiusKm of it' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode must be a 4-digit Danish postcode' })
  postcode?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, description: 'With postcode: km from it' })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'radiusKm must be a whole number written in digits' })
  @Min(1)
  @Max(500)
  radiusKm?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60, description: 'Available at least these hours' })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'hours must be a whole number written in digits' })
  @Min(1)
  @Max(60)
  hours?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The responsible consultant' })
  @IsOptional()
  @IsUUID('all', { message: 'consultantId must be a staff member id' })
  consultantId?: string;
}

/** The list's filters without its paging: an export takes every candidate they select. */
export class ExportCandidatesQuery extends OmitType(FindCandidatesQuery, ['page', 'pageSize'] as const) {}
