import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACTIVITY_RUN_TRIGGERS = ['schedule', 'manual', 'startup'] as const;
export type ActivityRunTrigger = (typeof ACTIVITY_RUN_TRIGGERS)[number];

/**
 * What one recomputation of a jobcentre's members found. The daily job covers every jobcentre and records one row
 * for each, so a jobcentre reads its own numbers and never another's.
 */
@Entity({ name: 'code_of_care_activity_runs' })
export class ActivityRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ type: 'text' })
  trigger: ActivityRunTrigger;

  @Column({ type: 'integer' })
  jobcentres: number;

  @Column({ type: 'integer' })
  members: number;

  @Column({ type: 'integer' })
  active: number;

  @Column({ name: 'turned_active', type: 'integer' })
  turnedActive: number;

  @Column({ name: 'turned_inactive', type: 'integer' })
  turnedInactive: number;

  @Column({ name: 'warnings_raised', type: 'integer' })
  warningsRaised: number;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  @Column({ name: 'finished_at', type: 'timestamptz', default: () => 'now()' })
  finishedAt: Date;
}
