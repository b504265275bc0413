import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
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
} from 'class-validator';
import { PageQueryDto, QueryBoolean, QueryInteger } from '@jobbro/platform';
import { POSTING_KINDS, POSTING_STATUSES, type PostingKind, type PostingStatus } from '../../rules/posting-kinds';

export class FindPostingsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: POSTING_KINDS })
  @IsOptional()
  @IsIn(POSTING_KINDS)
  kind?: PostingKind;

  @ApiPropertyOptional({ enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES)
  status?: PostingStatus;

  @ApiPropertyOptional({ description: 'Sector code, e.g. lager-logistik' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ description: 'ESCO occupation code or label' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  occupation?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: "true: only postings in one of the jobcentre's shortage sectors; false: only the others",
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'shortageSector must be true or false' })
  shortageSector?: boolean;

  @ApiPropertyOptional({ description: 'With radiusKm: postings whose workplace is within radiusKm of this postcode' })
  @ValidateIf((query: FindPostingsQuery) => query.postcode !== undefined || query.radiusKm !== undefined)
  @Matches(/^[0-9]{4}$/, { message: 'postcode must be a 4-digit Danish postcode, given together with radiusKm' })
  postcode?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 500,
    description: 'With postcode: km as the crow flies',
  })
  @ValidateIf((query: FindPostingsQuery) => query.postcode !== undefined || query.radiusKm !== undefined)
  @QueryInteger()
  @IsInt({ message: 'radiusKm must be a whole number of km, given together with postcode' })
  @Min(1)
  @Max(500)
  radiusKm?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60, description: 'At least this many hours a week' })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'minHours must be a whole number written in digits' })
  @Min(1)
  @Max(60)
  minHours?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60, description: 'At most this many hours a week' })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'maxHours must be a whole number written in digits' })
  @Min(1)
  @Max(60)
  maxHours?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be the id of a company' })
  companyId?: string;
}
