import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { FIRST_MONTH, MONTH_PATTERN } from '../monthly/month';

/** A month no earlier than FIRST_MONTH (the future is refused by the service, which knows today). */
const NotBeforeFirstMonth = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'notBeforeFirstMonth',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !MONTH_PATTERN.test(value) || value >= FIRST_MONTH,
        defaultMessage: () => `$property must be ${FIRST_MONTH} or later`,
      },
    },
    options,
  );

const MonthRules = (): PropertyDecorator[] => [
  IsString(),
  Matches(MONTH_PATTERN, { message: '$property must be a month as YYYY-MM (e.g. 2026-10)' }),
  NotBeforeFirstMonth(),
];

function apply(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** The month asked for, YYYY-MM, a Danish calendar month. */
export class MonthQuery {
  @ApiProperty({
    example: '2026-10',
    pattern: MONTH_PATTERN.source,
    description: 'A month, YYYY-MM; not in the future',
  })
  @apply(MonthRules())
  month: string;
}

/** A recompute: the month, YYYY-MM. */
export class RecomputeMonthBody {
  @ApiProperty({
    example: '2026-10',
    pattern: MONTH_PATTERN.source,
    description: 'A month, YYYY-MM; not in the future',
  })
  @apply(MonthRules())
  month: string;
}

/** The series' last month; the last whole month by default. */
export class SeriesQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    pattern: MONTH_PATTERN.source,
    description: 'The last of the 12 months, YYYY-MM (default: the month before this one); not in the future',
  })
  @IsOptional()
  @apply(MonthRules())
  to?: string;
}
