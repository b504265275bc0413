import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalButNotNull } from '@jobbro/platform';
import { IsCalendarDate } from '../../common/calendar-date';

/** A company at the event. */
export class EventAttendanceDto {
  @ApiProperty({ format: 'uuid', description: 'A company of your jobcentre' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(1000)
  attendees: number;

  @ApiPropertyOptional({ default: false, description: 'The company shared its experience at the event' })
  @IsOptionalButNotNull()
  @IsBoolean({ message: 'sharedKnowledge must be true or false' })
  sharedKnowledge?: boolean;
}

export class EventDto {
  @ApiProperty({ example: '2026-10-08' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ maxLength: 200, example: 'Småjobs i praksis' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  topic: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Hedensted Rådhus' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The company that hosted the event, one of your jobcentre' })
  @IsOptionalButNotNull()
  @IsUUID('all', { message: 'hostCompanyId must be a UUID' })
  hostCompanyId?: string;

  @ApiProperty({ type: [EventAttendanceDto], description: 'One entry per company' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventAttendanceDto)
  attendance: EventAttendanceDto[];
}

export class ReplaceEventDto extends EventDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version read; a 409 if the event changed since' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}
