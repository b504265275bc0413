import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACTIVITY_RUN_TRIGGERS = ['schedule', 'manual', 'startup'] as const;
export type ActivityRunTrigger = (typeof ACTIVITY_RUN_TRIGGERS)[number];

/** What one recomputation of the members' activity found, across every jobcentre it covered (for /health too). */
@Entity({ name: 'code_of_care_activity_runs' })
export class ActivityRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
