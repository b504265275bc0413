import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsUUID, MaxDate, MinDate, ValidateBy, type ValidationArguments } from 'class-validator';
import { IsOptionalButNotNull, LATEST_DATE, OptionalDateTimeQuery } from '@jobbro/platform';

const MAX_PERIOD_MS = 31 * 24 * 3600 * 1000;

export class CreateDutyPeriodDto {
  @ApiProperty()
  @IsUUID()
  consultantId: string;

  @ApiProperty({ example: '2026-11-23T07:00:00Z' })
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be an ISO 8601 date-time' })
  @MinDate(new Date('2000-01-01'))
  startsAt: Date;

  @ApiProperty({ example: '2026-11-23T15:00:00Z' })
  @Type(() => Date)
  @IsDate({ message: 'endsAt must be an ISO 8601 date-time' })
  @ValidateBy({
    name: 'endsAfterStart',
    validator: {
      validate: (endsAt: unknown, args?: ValidationArguments) => {
        const startsAt = (args?.object as CreateDutyPeriodDto).startsAt;
        if (!(endsAt instanceof Date) || !(startsAt instanceof Date)) return true;
        return periodLengthIsValid(startsAt, endsAt);
      },
      defaultMessage: () => PERIOD_LENGTH_MESSAGE,
    },
  })
  endsAt: Date;
}

/** A change of a period: another consultant, or other times. Start and end are checked together, as stored. */
export class UpdateDutyPeriodDto {
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  consultantId?: string;

  @ApiPropertyOptional({ example: '2026-11-23T07:00:00Z' })
  @IsOptionalButNotNull()
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be an ISO 8601 date-time' })
  @MinDate(new Date('2000-01-01'))
  @MaxDate(LATEST_DATE)
  startsAt?: Date;

  @ApiPropertyOptional({ example: '2026-11-23T15:00:00Z' })
  @IsOptionalButNotNull()
  @Type(() => Date)
  @IsDate({ message: 'endsAt must be an ISO 8601 date-time' })
  @MaxDate(LATEST_DATE)
  endsAt?: Date;
}

/** A period's end after its start, and no longer than a duty period may last. */
export const periodLengthIsValid = (startsAt: Date, endsAt: Date): boolean => {
  const length = endsAt.getTime() - startsAt.getTime();
  return length > 0 && length <= MAX_PERIOD_MS;
};
export const PERIOD_LENGTH_MESSAGE = 'endsAt must be after startsAt, and a duty period lasts at most 31 days';

export class DutyRosterQuery {
  @OptionalDateTimeQuery('from', 'Start of the window; default now')
  from?: Date;

  @OptionalDateTimeQuery('to', 'End of the window; default a week after from')
  to?: Date;
}
