import { ApiProperty } from '@nestjs/swagger';
import { LimitPageResponse } from '../common/limit-page';
import { CompanyRef } from '../common/refs.response';
import { ACTIVITY_RUN_TRIGGERS, type ActivityRunTrigger } from './activity-run.entity';
import { ACTIVITY_WARNING_KINDS, type ActivityWarningKind } from './activity-warning.entity';

/** What one recomputation of the jobcentre's members found. */
export class ActivityRunResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-11-24', description: 'The day the activity was computed for' })
  asOf: string;

  @ApiProperty({ enum: ACTIVITY_RUN_TRIGGERS, description: 'schedule: the daily job; manual: a coordinator' })
  trigger: ActivityRunTrigger;

  @ApiProperty({ type: 'integer', example: 1, description: 'Jobcentres the run covered: always 1, your own' })
  jobcentres: number;

  @ApiProperty({ type: 'integer', example: 48, description: 'Members (status member) looked at' })
  members: number;

  @ApiProperty({ type: 'integer', example: 41, description: 'Of them, active on asOf' })
  active: number;

  @ApiProperty({ type: 'integer', example: 1 })
  turnedActive: number;

  @ApiProperty({ type: 'integer', example: 2 })
  turnedInactive: number;

  @ApiProperty({ type: 'integer', example: 3, description: 'Warnings raised by this run (none twice)' })
  warningsRaised: number;

  @ApiProperty({ type: 'integer', example: 40 })
  durationMs: number;

  @ApiProperty()
  finishedAt: Date;
}

/** A warning for the coordinator: a member about to turn inactive, or one that did. */
export class WarningResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  membershipId: string;

  @ApiProperty({ type: CompanyRef })
  company: CompanyRef;

  @ApiProperty({
    enum: ACTIVITY_WARNING_KINDS,
    description: 'inactive-soon: turns inactive within the warning days unless it does something; turned-inactive',
  })
  kind: ActivityWarningKind;

  @ApiProperty({ example: '2026-12-24', description: 'The first day the member is (or will be) inactive' })
  inactiveOn: string;

  @ApiProperty()
  raisedAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  acknowledgedAt: Date | null;

  @ApiProperty({ type: String, nullable: true, example: 'Nina Netværk' })
  acknowledgedByName: string | null;
}

export class WarningPageResponse extends LimitPageResponse(WarningResponse, 'WarningPageResponse') {}
