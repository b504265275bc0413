import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** What a goal counts: every member, or only the active ones. */
export const GOAL_COUNTS = ['members', 'active-members'] as const;
export type GoalCount = (typeof GOAL_COUNTS)[number];

/**
 * A jobcentre's goal for a year (Hedensted 2021: 55 members by 2021-12-31, from 48 at 2020-12-31). The baseline is
 * the count on `baselineOn` as the jobcentre stated it; progress adds the joins and subtracts the leaves recorded
 * since.
 */
@Entity({ name: 'code_of_care_goals' })
@Unique('uq_code_of_care_goals_year', ['jobcentreId', 'year'])
export class Goal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'integer' })
  target: number;

  @Column({ type: 'integer' })
  baseline: number;

  @Column({ name: 'baseline_on', type: 'date' })
  baselineOn: string;

  @Column({ name: 'deadline_on', type: 'date' })
  deadlineOn: string;

  @Column({ type: 'text', default: 'members' })
  counts: GoalCount;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
