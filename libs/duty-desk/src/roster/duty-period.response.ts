import { ApiProperty } from '@nestjs/swagger';
import { StaffReference } from '../intakes/intake.response';

/** A consultant's time on the duty desk (virksomhedsvagt). */
export class DutyPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: StaffReference })
  consultant: StaffReference;

  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' })
  startsAt: Date;

  @ApiProperty({ example: '2026-11-23T15:00:00.000Z' })
  endsAt: Date;
}
