import { ApiProperty } from '@nestjs/swagger';
import { CompanyRef, StaffRef } from '../common/refs.response';
import { PROSPECT_STAGES, type ProspectStage } from '../memberships/membership.entity';
import { FORECAST_METHOD } from './goal-forecast';
import { GOAL_COUNTS, type GoalCount } from './goal.entity';

export class GoalResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', example: 2021 })
  year: number;

  @ApiProperty({ type: 'integer', example: 55 })
  target: number;

  @ApiProperty({ type: 'integer', example: 48 })
  baseline: number;

  @ApiProperty({ example: '2020-12-31' })
  baselineOn: string;

  @ApiProperty({ example: '2021-12-31' })
  deadlineOn: string;

  @ApiProperty({ enum: GOAL_COUNTS })
  counts: GoalCount;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;
}

export class MonthlyProgressResponse {
  @ApiProperty({ example: '2021-05', description: 'YYYY-MM' })
  month: string;

  @ApiProperty({ type: 'integer', description: 'Companies that became members in the month (after baselineOn)' })
  joins: number;

  @ApiProperty({ type: 'integer', description: 'Members that left in the month (after baselineOn)' })
  leaves: number;

  @ApiProperty({
    type: 'integer',
    description: "The count at the month's end (on asOf for the month under way): members, or active members",
  })
  count: number;
}

export class ForecastResponse {
  @ApiProperty({ enum: [FORECAST_METHOD] })
  method: typeof FORECAST_METHOD;

  @ApiProperty({ description: 'The method and its uncertainty, in English, with the numbers used' })
  description: string;

  @ApiProperty({ description: 'The same in Danish, for the page' })
  descriptionDa: string;

  @ApiProperty({ type: 'integer', minimum: 2, maximum: 6, description: 'The whole months the trend is taken from' })
  basedOnMonths: number;

  @ApiProperty({ example: 0.8, description: 'Mean net change a month over those months' })
  meanPerMonth: number;

  @ApiProperty({ example: 1.3, description: 'Sample standard deviation of the monthly net changes' })
  sdPerMonth: number;

  @ApiProperty({ example: 6.5, description: 'Months from asOf to the deadline, partial months by their days' })
  monthsAhead: number;

  @ApiProperty({ example: 58.2, description: 'The count expected on the deadline if the trend goes on' })
  expectedAtDeadline: number;

  @ApiProperty({ example: 51.74, description: 'Lower end of the interval' })
  low: number;

  @ApiProperty({ example: 64.66, description: 'Upper end of the interval' })
  high: number;

  @ApiProperty({ example: 0.8, description: 'The probability the interval holds the count on the deadline' })
  confidence: number;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.737, description: 'P(count on the deadline ≥ target)' })
  probabilityOfReaching: number;

  @ApiProperty({ description: 'The expected count reaches the target' })
  onTrack: boolean;
}

export class ProspectToCloseGapResponse {
  @ApiProperty({ format: 'uuid' })
  membershipId: string;

  @ApiProperty({ type: CompanyRef })
  company: CompanyRef;

  @ApiProperty({ enum: PROSPECT_STAGES })
  prospectStage: ProspectStage;

  @ApiProperty({ type: StaffRef, nullable: true })
  owner: StaffRef | null;

  @ApiProperty({ type: Date, nullable: true })
  lastContactAt: Date | null;
}

export class ProgressResponse {
  @ApiProperty({ type: GoalResponse })
  goal: GoalResponse;

  @ApiProperty({ example: '2021-06-15' })
  asOf: string;

  @ApiProperty({ type: 'integer', example: 53 })
  current: number;

  @ApiProperty({ type: 'integer', example: 55 })
  target: number;

  @ApiProperty({ example: 0.9636, description: 'current / target: 1 is the goal reached' })
  shareReached: number;

  @ApiProperty({ type: 'integer', example: 2, description: 'Still missing to the target; 0 once reached' })
  gap: number;

  @ApiProperty({
    type: [MonthlyProgressResponse],
    description: "From baselineOn's month to the month of asOf (or of the deadline, if earlier)",
  })
  monthly: MonthlyProgressResponse[];

  @ApiProperty({
    type: ForecastResponse,
    nullable: true,
    description: 'Null on and after the deadline, or with fewer than two whole months since the baseline',
  })
  forecast: ForecastResponse | null;

  @ApiProperty({
    type: [ProspectToCloseGapResponse],
    description: 'Open prospects, the furthest in the pipeline first, then the latest contacted; as many as the gap',
  })
  prospectsToCloseGap: ProspectToCloseGapResponse[];
}
