import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsOptionalButNotNull, PageQueryDto } from '@jobbro/platform';
import { isCalendarDate } from '../shortage-rules';

const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: (args) => `${args?.property} must be a calendar date, YYYY-MM-DD`,
    },
  });

const weightMessage = (field: string) => `${field} must be from 0 to 1 (1 is the strongest shortage)`;

/** A sector in shortage with its weight. */
export class SectorWeightDto {
  @ApiProperty({ example: 'handvaerk', description: 'A sector code (GET /api/v1/taxonomy/sectors)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  code: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: ({ property }) => weightMessage(property) })
  @Min(0, { message: ({ property }) => weightMessage(property) })
  @Max(1, { message: ({ property }) => weightMessage(property) })
  weight: number;
}

/** An ESCO occupation in shortage with its weight. */
export class OccupationWeightDto {
  @ApiProperty({ example: '5322.1', description: 'An ESCO occupation code' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  code: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: ({ property }) => weightMessage(property) })
  @Min(0, { message: ({ property }) => weightMessage(property) })
  @Max(1, { message: ({ property }) => weightMessage(property) })
  weight: number;
}

/** A period of shortage sectors as a coordinator writes it; both dates are included. */
export class ShortagePeriodDto {
  @ApiProperty({ example: 'Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '2026-07-01', description: 'First day of the period (YYYY-MM-DD)' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day of the period (YYYY-MM-DD), on or after validFrom' })
  @IsCalendarDate()
  validTo: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'RAR Østjylland',
    description: 'The RAR area the period is for',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  rarArea?: string | null;

  @ApiProperty({ type: [SectorWeightDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SectorWeightDto)
  sectors: SectorWeightDto[];

  @ApiProperty({ type: [OccupationWeightDto] })
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => OccupationWeightDto)
  occupations: OccupationWeightDto[];
}

/** A replacement of a whole period; with `version`, refused (409) if someone changed it since it was read. */
export class ReplaceShortagePeriodDto extends ShortagePeriodDto {
  @ApiPropertyOptional({ type: 'integer', description: 'The version read; a 409 if the period changed since' })
  @IsOptionalButNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

export class FindShortagePeriodsQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'Only the period covering this day' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class ShortageOnQuery {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'The day; today in Danish time if left out' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

/** Where a STAR file's rows go: the RAR area, and the period when the file's `periode` should not decide it. */
export class StarImportQuery {
  @ApiPropertyOptional({
    example: 'RAR Østjylland',
    description: 'The RAR area whose rows are imported; needed when the file holds several',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  rarArea?: string;

  @ApiPropertyOptional({
    example: '2026-07-01',
    description: 'With validTo: the period, instead of the periode column',
  })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string;

  @ApiPropertyOptional({
    description: 'The period\'s name; by default "Arbejdsmarkedsbalancen <year>, <n>. halvår – <area>"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}
