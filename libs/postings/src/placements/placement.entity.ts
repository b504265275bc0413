import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { PlacementEndReason, PostingKind } from '../rules/posting-kinds';
import { NUMERIC } from '../postings/numeric-transformer';

/** A candidate placed in a posting: from its start until it ends, with why. */
@Entity({ name: 'placements' })
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'posting_id', type: 'uuid' })
  postingId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  /** The posting's kind when the candidate was placed. */
  @Column({ type: 'text' })
  kind: PostingKind;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'hours_per_week', type: 'numeric', precision: 4, scale: 1, transformer: NUMERIC })
  hoursPerWeek: number;

  /** Beskæftigelsestrappen before and after the placement (null: the step did not move with it). */
  @Column({ name: 'ladder_step_before', type: 'smallint', nullable: true })
  ladderStepBefore: number | null;

  @Column({ name: 'ladder_step_after', type: 'smallint', nullable: true })
  ladderStepAfter: number | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: PlacementEndReason | null;

  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
