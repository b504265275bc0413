import { ApiProperty } from '@nestjs/swagger';
import { SNAPSHOT_TRIGGERS, type SnapshotTrigger } from '../snapshots/monthly-snapshot.entity';

/* The OpenAPI description of MonthlyFigures and its snapshot; the shape itself is monthly/monthly-figures.ts. */

class Percentiles {
  @ApiProperty({ type: 'number', nullable: true, example: 3.5, description: 'Median, hours' })
  median: number | null;

  @ApiProperty({ type: 'number', nullable: true, example: 20.25, description: '90th percentile, hours' })
  p90: number | null;
}

class ConsultantCount {
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'Null: intakes assigned to no one' })
  staffMemberId: string | null;

  @ApiProperty({ example: 'Anna Mikkelsen' })
  name: string;

  @ApiProperty({ type: 'integer' })
  count: number;
}

class ChannelCount {
  @ApiProperty({ example: 'phone' })
  channel: string;

  @ApiProperty({ type: 'integer' })
  count: number;
}

class KindCount {
  @ApiProperty({ example: 'recruitment' })
  kind: string;

  @ApiProperty({ type: 'integer' })
  count: number;
}

class Breaches {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: [ConsultantCount] })
  byConsultant: ConsultantCount[];

  @ApiProperty({ type: [ChannelCount] })
  byChannel: ChannelCount[];

  @ApiProperty({ type: [KindCount] })
  byKind: KindCount[];
}

class IntakeFigures {
  @ApiProperty({ type: 'integer', description: 'Company requests received in the month' })
  received: number;

  @ApiProperty({ type: 'integer', description: 'Of them, first contacted no later than their deadline' })
  contactedWithinDeadline: number;

  @ApiProperty({ type: 'number', nullable: true, example: 0.8333, description: '0–1; null with nothing received' })
  withinDeadlineShare: number | null;

  @ApiProperty({ type: 'integer', description: 'Of them, neither contacted nor closed when computed' })
  awaitingContact: number;

  @ApiProperty({ type: Percentiles, description: 'Hours from received to first contact, of those contacted' })
  hoursToFirstContact: Percentiles;

  @ApiProperty({ type: Breaches, description: 'Received in the month and recorded as breached' })
  breaches: Breaches;
}

class PostingKindFigures {
  @ApiProperty({ example: 'småjob' })
  kind: string;

  @ApiProperty({ type: 'integer', description: 'Published in the month' })
  opened: number;

  @ApiProperty({ type: 'integer', description: 'Filled in the month (its last position)' })
  filled: number;

  @ApiProperty({ type: 'number', nullable: true, example: 12.5, description: 'Median days from published to filled' })
  medianDaysToFill: number | null;
}

class PostingFigures {
  @ApiProperty({ type: [PostingKindFigures], description: 'Every posting kind, in a fixed order' })
  byKind: PostingKindFigures[];
}

class SmaajobFigures {
  @ApiProperty({ type: 'integer', description: 'Småjob placements started in the month' })
  started: number;

  @ApiProperty({ type: 'number', example: 34.5, description: 'Their agreed hours a week, in total' })
  hoursPerWeek: number;
}

class TargetGroupCount {
  @ApiProperty({ example: 'kontanthjælp', description: "The candidate's target group; 'unknown' when not recorded" })
  targetGroup: string;

  @ApiProperty({ type: 'integer' })
  count: number;
}

class LadderMoves {
  @ApiProperty({ type: 'integer' })
  up: number;

  @ApiProperty({ type: 'integer' })
  down: number;
}

class PlacementFigures {
  @ApiProperty({ type: 'integer', description: 'Placements starting in the month' })
  started: number;

  @ApiProperty({ type: [TargetGroupCount] })
  byTargetGroup: TargetGroupCount[];

  @ApiProperty({ type: LadderMoves, description: 'Ladder steps recorded in the month, up and down' })
  ladderStepMoves: LadderMoves;
}

class ShortageFigures {
  @ApiProperty({ type: 'integer' })
  placementsIntoShortageSectors: number;

  @ApiProperty({ type: 'integer' })
  candidatesWhoChangedSector: number;
}

class GoalFigures {
  @ApiProperty({ type: 'integer' })
  target: number;

  @ApiProperty({ enum: ['members', 'active-members'] })
  counts: 'members' | 'active-members';

  @ApiProperty({ type: 'integer' })
  year: number;
}

class CodeOfCareFigures {
  @ApiProperty({ type: 'integer', description: "Members at the month's end" })
  members: number;

  @ApiProperty({ type: 'integer', description: "Of them, active at the month's end" })
  activeMembers: number;

  @ApiProperty({ type: GoalFigures, nullable: true, description: "The goal of the month's year, if set" })
  goal: GoalFigures | null;
}

class CooperationFigures {
  @ApiProperty({ type: 'integer', description: "Companies registered by the month's end" })
  knownCompanies: number;

  @ApiProperty({ type: 'integer', description: 'Of them, with an intake, an opened posting or a started placement' })
  cooperatingCompanies: number;

  @ApiProperty({ type: 'number', nullable: true, example: 0.1234, description: 'Samarbejdsgrad, 0–1' })
  share: number | null;
}

class ConsultantChangeFigures {
  @ApiProperty({ type: 'integer', description: 'Changes from one consultant to another (first assignments apart)' })
  changes: number;

  @ApiProperty({ type: 'integer' })
  candidatesAffected: number;

  @ApiProperty({ type: 'number', nullable: true, example: 1.25, description: 'changes / candidatesAffected' })
  perCandidate: number | null;
}

/** One jobcentre's figures for a month (definitions: libs/reports/src/monthly/compute-monthly-figures.ts). */
export class MonthlyFiguresResponse {
  @ApiProperty({ format: 'uuid' })
  jobcentreId: string;

  @ApiProperty({ example: '2026-10' })
  month: string;

  @ApiProperty({ type: IntakeFigures })
  intakes: IntakeFigures;

  @ApiProperty({ type: PostingFigures })
  postings: PostingFigures;

  @ApiProperty({ type: SmaajobFigures })
  smaajobs: SmaajobFigures;

  @ApiProperty({ type: 'integer', description: 'Voksenlærling placements started in the month' })
  voksenlaerlingStarts: number;

  @ApiProperty({ type: PlacementFigures })
  placements: PlacementFigures;

  @ApiProperty({ type: ShortageFigures })
  shortageSectors: ShortageFigures;

  @ApiProperty({ type: CodeOfCareFigures })
  codeOfCare: CodeOfCareFigures;

  @ApiProperty({ type: CooperationFigures })
  cooperation: CooperationFigures;

  @ApiProperty({ type: ConsultantChangeFigures })
  consultantChanges: ConsultantChangeFigures;
}

class SourceRowsResponse {
  @ApiProperty({ type: 'integer' }) intakes: number;
  @ApiProperty({ type: 'integer' }) breachedIntakes: number;
  @ApiProperty({ type: 'integer' }) postingsOpened: number;
  @ApiProperty({ type: 'integer' }) postingsFilled: number;
  @ApiProperty({ type: 'integer' }) placementsStarted: number;
  @ApiProperty({ type: 'integer' }) ladderSteps: number;
  @ApiProperty({ type: 'integer' }) consultantChanges: number;
  @ApiProperty({ type: 'integer' }) memberships: number;
  @ApiProperty({ type: 'integer' }) companies: number;
}

class ComputedFrom {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version of the definitions the figures follow' })
  computationVersion: number;

  @ApiProperty({ description: 'The database as it stood at this instant' })
  asOf: Date;

  @ApiProperty({ type: SourceRowsResponse, description: 'How many rows each part read' })
  rows: SourceRowsResponse;

  @ApiProperty({ type: 'integer', example: 35 })
  durationMs: number;
}

class RequestedBy {
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  id: string | null;

  @ApiProperty({ example: 'Lene Holm' })
  name: string;
}

/** An immutable snapshot of a month's figures: when, why and from what it was computed. */
export class MonthlySnapshotResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-10' })
  month: string;

  @ApiProperty()
  computedAt: Date;

  @ApiProperty({ enum: SNAPSHOT_TRIGGERS, description: 'schedule: the job on the 1st; on-demand: a recompute' })
  trigger: SnapshotTrigger;

  @ApiProperty({ type: RequestedBy, nullable: true, description: 'Who asked (null for the schedule)' })
  requestedBy: RequestedBy | null;

  @ApiProperty({ type: ComputedFrom })
  computedFrom: ComputedFrom;

  @ApiProperty({ type: MonthlyFiguresResponse })
  figures: MonthlyFiguresResponse;
}

export class MonthlySnapshotListResponse {
  @ApiProperty({ type: [MonthlySnapshotResponse], description: 'Every snapshot of the month, the latest first' })
  items: MonthlySnapshotResponse[];
}

class SeriesMonth {
  @ApiProperty({ example: '2026-10' })
  month: string;

  @ApiProperty({ type: MonthlySnapshotResponse, nullable: true, description: 'Its latest snapshot; null if none' })
  snapshot: MonthlySnapshotResponse | null;
}

export class MonthlySeriesResponse {
  @ApiProperty({ type: [SeriesMonth], description: 'Twelve months, oldest first' })
  months: SeriesMonth[];
}
