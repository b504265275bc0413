import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a candidate's way up (or down) beskæftigelsestrappen, with why it happened. */
@Entity({ name: 'candidate_ladder_steps' })
export class CandidateLadderStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ type: 'smallint' })
  step: number;

  /** Null for the step the candidate was registered with. */
  @Column({ name: 'previous_step', type: 'smallint', nullable: true })
  previousStep: number | null;

  @Column({ type: 'text' })
  reason: string;

  /** The placement that moved the candidate, when one did. */
  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;
}
