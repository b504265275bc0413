import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { QueryInteger } from '@jobbro/platform';
import { DUE_SOON_HOURS, MAX_DUE_SOON_HOURS } from './due-soon';

export class DutyDeskOverviewQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_DUE_SOON_HOURS,
    default: DUE_SOON_HOURS,
    description: 'Hours ahead in which a deadline counts as due soon',
  })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'dueWithinHours must be a whole number written in digits' })
  @Min(1)
  @Max(MAX_DUE_SOON_HOURS)
  dueWithinHours: number = DUE_SOON_HOURS;
}
