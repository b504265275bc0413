import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export class OpeningHoursDto {
  @ApiProperty({ example: '08:00' })
  @Matches(CLOCK_TIME, { message: 'opensAt must be a time of day as HH:mm' })
  opensAt: string;

  @ApiProperty({ example: '15:00' })
  @Matches(CLOCK_TIME, { message: 'closesAt must be a time of day as HH:mm' })
  @ValidateBy({
    name: 'closesAfterOpening',
    validator: {
      validate: (closesAt: unknown, args) =>
        typeof closesAt !== 'string' || closesAt > (args?.object as OpeningHoursDto).opensAt,
      defaultMessage: () => 'closesAt must be later than opensAt',
    },
  })
  closesAt: string;
}

export class ClosedDaysDto {
  @ApiPropertyOptional({ description: 'Grundlovsdag, 5 June' })
  @IsOptional()
  @IsBoolean()
  constitutionDay?: boolean;

  @ApiPropertyOptional({ description: 'Juleaftensdag, 24 December' })
  @IsOptional()
  @IsBoolean()
  christmasEve?: boolean;

  @ApiPropertyOptional({ description: 'Nytårsaftensdag, 31 December' })
  @IsOptional()
  @IsBoolean()
  newYearsEve?: boolean;
}

export class FirstContactPolicyDto {
  @ApiProperty({ enum: ['calendar-hours', 'working-hours'] })
  @IsIn(['calendar-hours', 'working-hours'])
  mode: 'calendar-hours' | 'working-hours';

  @ApiProperty({ example: 24, minimum: 1, maximum: 168 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(168)
  hours: number;

  @ApiPropertyOptional({ example: 'Europe/Copenhagen', description: 'working-hours only' })
  @ValidateIf((policy: FirstContactPolicyDto) => policy.mode === 'working-hours' && policy.timeZone !== undefined)
  @IsString()
  @ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (zone: unknown) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: String(zone) });
          return true;
        } catch {
          return false;
        }
      },
      defaultMessage: () => 'timeZone must be an IANA time zone such as Europe/Copenhagen',
    },
  })
  timeZone?: string;

  @ApiPropertyOptional({ type: OpeningHoursDto, description: 'Monday to Friday; required for working-hours' })
  @ValidateIf((policy: FirstContactPolicyDto) => policy.mode === 'working-hours')
  @IsObject({ message: 'openingHours is required for working-hours, e.g. { "opensAt": "08:00", "closesAt": "15:00" }' })
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;

  @ApiPropertyOptional({ type: ClosedDaysDto, description: 'Days the jobcentre is closed besides public holidays' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClosedDaysDto)
  closedDays?: ClosedDaysDto;
}

export class UpdateDutyDeskSettingsDto {
  @ApiProperty({ type: FirstContactPolicyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => FirstContactPolicyDto)
  firstContactPolicy: FirstContactPolicyDto;
}
