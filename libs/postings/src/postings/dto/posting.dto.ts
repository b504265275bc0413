import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOptionalButNotNull } from '@jobbro/platform';
import {
  EMPLOYER_TYPES,
  POSTING_KINDS,
  POSTING_TARGET_GROUPS,
  type EmployerType,
  type PostingKind,
  type PostingTargetGroup,
} from '../../rules/posting-kinds';

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const DATE_MESSAGE = (field: string) => `${field} must be a calendar date, YYYY-MM-DD`;

/** A posting as a client writes it: occupation and skills as codes, or as text Jobbro turns into codes. */
export class CreatePostingDto {
  @ApiProperty({ format: 'uuid', description: 'A company of your jobcentre (for employers: one you act for)' })
  @IsUUID('all', { message: 'companyId must be the id of a company registered in your jobcentre' })
  companyId: string;

  @ApiPropertyOptional({
    example: 'HR-2027-0042',
    description: "The posting's id in another system; imports upsert on it",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  externalId?: string;

  @ApiProperty({
    enum: POSTING_KINDS,
    description: 'ordinary (ordinært job), småjob, voksenlærling, virksomhedspraktik, løntilskud, fleksjob',
  })
  @IsIn(POSTING_KINDS)
  kind: PostingKind;

  @ApiProperty({ example: 'Lagermedarbejder, 10 timer om ugen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ example: 'Pluk og pak på vores lager i Hedensted' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({
    example: '8344.1',
    description: 'ESCO occupation code, ESCO URI or a Danish or English label; needed to publish',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  occupation?: string;

  @ApiPropertyOptional({ type: [String], description: 'ESCO skill URIs or labels', example: ['truckcertifikat'] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  requiredSkills?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ESCO skill URIs or labels' })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  desiredSkills?: string[];

  @ApiPropertyOptional({ minimum: 0.5, maximum: 60, example: 10, description: 'Up to one decimal; needed to publish' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  hoursPerWeek?: number;

  @ApiPropertyOptional({ example: '8722', description: 'Danish postcode of the workplace; needed to publish' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'workplacePostcode must be a 4-digit Danish postcode' })
  workplacePostcode?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-01-04', description: 'Needed to publish' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('startDate') })
  startDate?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('endDate') })
  endDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 260, description: 'Virksomhedspraktik and løntilskud: length in weeks' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(260)
  durationWeeks?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1 })
  @IsOptionalButNotNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  positions?: number;

  @ApiPropertyOptional({
    enum: POSTING_TARGET_GROUPS,
    isArray: true,
    description: "Småjob: the target groups it is for; the jobcentre's småjob groups when left out",
  })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(POSTING_TARGET_GROUPS.length)
  @IsIn(POSTING_TARGET_GROUPS, { each: true })
  targetGroups?: PostingTargetGroup[];

  @ApiPropertyOptional({
    enum: POSTING_TARGET_GROUPS,
    description: 'Virksomhedspraktik and løntilskud: the target group whose limits apply (fleksjob: fleksjob)',
  })
  @IsOptional()
  @IsIn(POSTING_TARGET_GROUPS)
  targetGroup?: PostingTargetGroup;

  @ApiPropertyOptional({ enum: EMPLOYER_TYPES, description: 'Løntilskud: a private or a public employer' })
  @IsOptional()
  @IsIn(EMPLOYER_TYPES)
  employerType?: EmployerType;

  @ApiPropertyOptional({ example: 'Tømrer', description: 'Voksenlærling: the trade education' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  educationName?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 72, example: 48, description: 'Voksenlærling: length in months' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(72)
  educationMonths?: number;

  @ApiPropertyOptional({ default: false, description: "Whether the public job page may show the company's name" })
  @IsOptionalButNotNull()
  @IsBoolean()
  companyVisiblePublicly?: boolean;
}

/** A change to a posting: any field, null clears an optional one. The company does not change. */
export class UpdatePostingDto extends PartialType(OmitType(CreatePostingDto, ['companyId'] as const), {
  skipNullProperties: false,
}) {}

/** A posting made from a duty-desk intake: the company is the intake's. */
export class CreatePostingFromIntakeDto extends OmitType(CreatePostingDto, ['companyId'] as const) {}

/**
 * A posting as a form holds it while the user types, checked against its kind's rules without being saved: only
 * the kind is needed; everything else is what the form has so far.
 */
export class CheckPostingRulesDto extends IntersectionType(
  PickType(CreatePostingDto, ['kind'] as const),
  // Null is refused where a save refuses it (skills and target groups are lists, never null).
  PartialType(OmitType(CreatePostingDto, ['companyId', 'externalId', 'kind'] as const), { skipNullProperties: false }),
) {}
