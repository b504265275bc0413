import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@jobbro/platform';
import { PLACEMENT_END_REASONS, type PlacementEndReason } from '../../rules/posting-kinds';

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

export class CreatePlacementDto {
  @ApiProperty({ format: 'uuid', description: 'An open posting of your jobcentre' })
  @IsUUID('all', { message: 'postingId must be the id of an open posting of your jobcentre' })
  postingId: string;

  @ApiProperty({ format: 'uuid', description: 'A candidate of your jobcentre' })
  @IsUUID('all', { message: 'candidateId must be the id of a candidate of your jobcentre' })
  candidateId: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-01-04', description: "The posting's start date by default" })
  @IsOptional()
  @Matches(DATE, { message: 'startDate must be a calendar date, YYYY-MM-DD' })
  startDate?: string;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 60, description: "The posting's hours a week by default" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  hoursPerWeek?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5,
    description:
      'Beskæftigelsestrappen: the step the candidate moves to with the placement (left as it is if not given)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  ladderStep?: number;
}

export class EndPlacementDto {
  @ApiProperty({
    enum: PLACEMENT_END_REASONS,
    description: 'ordinary-job and more-hours are the successes a jobcentre reports; ended; moved-on',
  })
  @IsIn(PLACEMENT_END_REASONS)
  reason: PlacementEndReason;

  @ApiPropertyOptional({ example: 'Fik fast job på lageret, 25 timer' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'The step the candidate moves to as the placement ends' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  ladderStep?: number;
}

export class FindPlacementsQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'postingId must be the id of a posting' })
  postingId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be the id of a candidate' })
  candidateId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only placements not ended; false: only ended ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
