import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { INTAKE_CHANNELS, INTAKE_KINDS, INTAKE_OUTCOMES, INTAKE_STATUSES } from './intake.entity';
import { INTAKE_EVENT_TYPES } from './intake-event.entity';

const UUID = { format: 'uuid', example: '0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11' } as const;

/** A staff member as an intake names one. */
export class StaffReference {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ example: 'Anna Mikkelsen' })
  name: string;
}

export class IntakeCompanyReference {
  @ApiProperty(UUID)
  id: string;

  @ApiPropertyOptional({ example: '29189609', description: 'Left out only when the company could not be read' })
  cvrNumber?: string;

  @ApiPropertyOptional({ example: 'Tømrerfirmaet Hansen ApS' })
  name?: string;
}

export class IntakeContactPersonResponse {
  @ApiProperty({ example: 'Mette Jensen' })
  name: string;

  @ApiPropertyOptional({ example: '+45 75 12 34 56' })
  phone?: string;

  @ApiPropertyOptional({ example: 'mette@example.dk' })
  email?: string;
}

/** An intake (virksomhedshenvendelse) as the duty desk works it. */
export class IntakeResponse {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: INTAKE_KINDS })
  kind: (typeof INTAKE_KINDS)[number];

  @ApiProperty({ enum: INTAKE_CHANNELS })
  channel: (typeof INTAKE_CHANNELS)[number];

  @ApiProperty({ enum: INTAKE_STATUSES })
  status: (typeof INTAKE_STATUSES)[number];

  @ApiProperty({ example: '10 timer om ugen på lageret' })
  description: string;

  @ApiProperty({ type: IntakeCompanyReference })
  company: IntakeCompanyReference;

  @ApiProperty({ type: IntakeContactPersonResponse })
  contactPerson: IntakeContactPersonResponse;

  @ApiProperty({ type: StaffReference, nullable: true, description: 'null when nobody was on the duty roster' })
  assignee: StaffReference | null;

  @ApiProperty()
  receivedAt: Date;

  @ApiProperty({ description: 'When the first contact is due (the 24-hour promise, or the jobcentre’s policy)' })
  deadlineAt: Date;

  @ApiProperty({ description: 'When the assignee is reminded, if the company has not been reached by then' })
  reminderAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  reminderSentAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  firstContactAt: Date | null;

  @ApiProperty({ description: 'The deadline passed before the company was reached' })
  breached: boolean;

  @ApiProperty({ nullable: true, type: Date })
  breachedAt: Date | null;

  @ApiProperty({ type: StaffReference, nullable: true, description: 'The lead the breach was escalated to' })
  escalatedTo: StaffReference | null;

  @ApiProperty({ enum: INTAKE_OUTCOMES, nullable: true })
  outcome: (typeof INTAKE_OUTCOMES)[number] | null;

  @ApiProperty({ nullable: true, type: String })
  outcomeNote: string | null;

  @ApiProperty({ nullable: true, type: Date })
  closedAt: Date | null;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;
}

export class IntakePageResponse extends PageResponse(IntakeResponse, 'IntakePageResponse') {}

export class HistoryActorResponse {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Staff only; employers and integrations are named',
  })
  id: string | null;

  @ApiProperty({ example: 'Anna Mikkelsen' })
  name: string;
}

/** One entry of an intake's history, oldest first. */
export class IntakeHistoryEntryResponse {
  @ApiProperty({ enum: INTAKE_EVENT_TYPES })
  type: (typeof INTAKE_EVENT_TYPES)[number];

  @ApiProperty()
  at: Date;

  @ApiProperty({ type: HistoryActorResponse, nullable: true, description: 'null when the system acted' })
  actor: HistoryActorResponse | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    example: { reached: true, note: 'Talte med Mette', withinDeadline: true },
  })
  details: Record<string, string | number | boolean | null>;
}
