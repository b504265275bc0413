import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A change of the consultant responsible for a candidate: few changes per candidate is a goal the lead reports on. */
@Entity({ name: 'candidate_consultant_changes' })
export class CandidateConsultantChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'from_consultant_id', type: 'uuid', nullable: true })
  fromConsultantId: string | null;

  @Column({ name: 'to_consultant_id', type: 'uuid', nullable: true })
  toConsultantId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;
}
