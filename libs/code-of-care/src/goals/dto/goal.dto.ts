import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalButNotNull, QueryInteger } from '@jobbro/platform';
import { IsCalendarDate } from '../../common/calendar-date';
import { GOAL_COUNTS, type GoalCount } from '../goal.entity';

/** The years a goal may be set for, as the table allows them. */
export const GOAL_YEAR_MIN = 2000;
export const GOAL_YEAR_MAX = 2100;
export const GOAL_COUNT_MAX = 100_000;

const wholeNumber = (field: string, min: number, max: number) =>
  `${field} must be a whole number from ${min} to ${max.toLocaleString('en')}`;

/** A jobcentre's goal for a year, as a coordinator sets it; one goal per year. */
export class GoalDto {
  @ApiProperty({ type: 'integer', minimum: GOAL_YEAR_MIN, maximum: GOAL_YEAR_MAX, example: 2021 })
  @IsInt({ message: wholeNumber('year', GOAL_YEAR_MIN, GOAL_YEAR_MAX) })
  @Min(GOAL_YEAR_MIN, { message: wholeNumber('year', GOAL_YEAR_MIN, GOAL_YEAR_MAX) })
  @Max(GOAL_YEAR_MAX, { message: wholeNumber('year', GOAL_YEAR_MIN, GOAL_YEAR_MAX) })
  year: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: GOAL_COUNT_MAX, example: 55, description: 'The count aimed at' })
  @IsInt({ message: wholeNumber('target', 1, GOAL_COUNT_MAX) })
  @Min(1, { message: wholeNumber('target', 1, GOAL_COUNT_MAX) })
  @Max(GOAL_COUNT_MAX, { message: wholeNumber('target', 1, GOAL_COUNT_MAX) })
  target: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: GOAL_COUNT_MAX,
    example: 48,
    description: 'The count on baselineOn, as the jobcentre states it; joins and leaves recorded after it are added',
  })
  @IsInt({ message: wholeNumber('baseline', 0, GOAL_COUNT_MAX) })
  @Min(0, { message: wholeNumber('baseline', 0, GOAL_COUNT_MAX) })
  @Max(GOAL_COUNT_MAX, { message: wholeNumber('baseline', 0, GOAL_COUNT_MAX) })
  baseline: number;

  @ApiPropertyOptional({
    example: '2020-12-31',
    description: 'The day the baseline was counted (YYYY-MM-DD); by default the last day of the year before',
  })
  @IsOptionalButNotNull()
  @IsCalendarDate()
  baselineOn?: string;

  @ApiPropertyOptional({
    example: '2021-12-31',
    description: 'The day the target is to be reached (YYYY-MM-DD), after baselineOn; by default the end of the year',
  })
  @IsOptionalButNotNull()
  @IsCalendarDate()
  deadlineOn?: string;

  @ApiPropertyOptional({
    enum: GOAL_COUNTS,
    default: 'members',
    description: 'members: every member; active-members: only the members active by the activity rule',
  })
  @IsOptionalButNotNull()
  @IsIn(GOAL_COUNTS, { message: `counts must be one of ${GOAL_COUNTS.join(', ')}` })
  counts?: GoalCount;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, example: 'Vedtaget i beskæftigelsesudvalget' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

/** The whole goal again, with the version read: a 409 if someone changed it since. */
export class ReplaceGoalDto extends GoalDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version read; a 409 if the goal changed since' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class ProgressQuery {
  @ApiPropertyOptional({ example: '2021-06-15', description: 'The day progress is counted to; today by default' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class YearProgressQuery extends ProgressQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: GOAL_YEAR_MIN,
    maximum: GOAL_YEAR_MAX,
    example: 2021,
    description: "The goal's year; this year by default",
  })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'year must be a whole number written in digits' })
  @Min(GOAL_YEAR_MIN)
  @Max(GOAL_YEAR_MAX)
  year?: number;
}
