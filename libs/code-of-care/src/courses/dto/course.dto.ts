import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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

/** A company's people on the course. */
export class CourseParticipantDto {
  @ApiProperty({ format: 'uuid', description: 'A company of your jobcentre' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(1000)
  participants: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1000,
    example: 2,
    description: 'Of the participants, those who finished as mentors; at most participants',
  })
  @IsInt()
  @Min(0)
  @Max(1000)
  mentorsTrained: number;
}

export class CourseDto {
  @ApiProperty({ maxLength: 200, example: 'Mentoruddannelse, forår' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'VIA University College' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(200)
  provider?: string;

  @ApiProperty({ example: '2026-03-02' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ example: '2026-03-27', description: 'On or after startsOn; the mentors count as trained on this day' })
  @IsCalendarDate()
  endsOn: string;

  @ApiProperty({ type: [CourseParticipantDto], description: 'One entry per company' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CourseParticipantDto)
  participants: CourseParticipantDto[];
}

export class ReplaceCourseDto extends CourseDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version read; a 409 if the course changed since' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}
