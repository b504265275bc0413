import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type ActivityKind, type ActivityStatus } from '../activity/activity-rule';
import { LimitPageResponse } from '../common/limit-page';
import { CompanyRef, StaffRef } from '../common/refs.response';
import { MEMBERSHIP_EVENT_KINDS, type MembershipEventKind } from './membership-event.entity';
import {
  MEMBERSHIP_SOURCES,
  MEMBERSHIP_STATUSES,
  PROSPECT_STAGES,
  type MembershipSource,
  type MembershipStatus,
  type ProspectStage,
} from './membership.entity';

/** A member's activity today, computed from its postings, placements, courses and events on every read. */
export class MemberActivityResponse {
  @ApiProperty({ enum: ACTIVITY_STATUSES })
  status: ActivityStatus;

  @ApiProperty({ type: String, nullable: true, example: '2026-05-04' })
  lastActivityOn: string | null;

  @ApiProperty({ enum: ACTIVITY_KINDS, nullable: true })
  lastActivityKind: ActivityKind | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2027-05-03',
    description: 'The last day the member counts as active without doing more; null with no activity at all',
  })
  activeUntil: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Days until the first inactive day; null if inactive' })
  daysUntilInactive: number | null;

  @ApiProperty({ description: "Active, but inactive within the network's warning days" })
  lapsingSoon: boolean;
}

export class MembershipResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: CompanyRef })
  company: CompanyRef;

  @ApiProperty({ enum: MEMBERSHIP_STATUSES })
  status: MembershipStatus;

  @ApiProperty({ enum: PROSPECT_STAGES, description: 'Where the company stands in the pipeline (for prospects)' })
  prospectStage: ProspectStage;

  @ApiProperty({ enum: MEMBERSHIP_SOURCES, description: 'intake: from an intake of kind code-of-care-interest' })
  source: MembershipSource;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sourceIntakeId: string | null;

  @ApiProperty({ type: StaffRef, nullable: true })
  owner: StaffRef | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastContactAt: Date | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-20' })
  pledgeSignedOn: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Mette Jensen, direktør' })
  pledgeSignatory: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-20' })
  joinedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  leftOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  leftReason: string | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: MemberActivityResponse, nullable: true, description: 'For members only' })
  activity: MemberActivityResponse | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;
}

/** One dated change of a membership. */
export class HistoryEntryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: MEMBERSHIP_EVENT_KINDS })
  kind: MembershipEventKind;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The value before: a status, a stage, the owner's name, an activity status; null at the start",
  })
  fromValue: string | null;

  @ApiProperty({
    description: "The value after; the owner's name or 'none' for an owner, the contact's time for a contact",
  })
  toValue: string;

  @ApiProperty({ example: '2026-11-20', description: 'The day the change took effect' })
  effectiveOn: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who recorded it; null for the system' })
  byName: string | null;

  @ApiProperty()
  recordedAt: Date;
}

export class MembershipDetailResponse extends MembershipResponse {
  @ApiProperty({ type: [HistoryEntryResponse], description: 'In the order recorded, oldest first' })
  history: HistoryEntryResponse[];
}

export class MembershipPageResponse extends LimitPageResponse(MembershipResponse, 'MembershipPageResponse') {}
