import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SourceRows } from '../monthly/compute-monthly-figures';
import type { MonthlyFigures } from '../monthly/monthly-figures';

export const SNAPSHOT_TRIGGERS = ['schedule', 'on-demand'] as const;
export type SnapshotTrigger = (typeof SNAPSHOT_TRIGGERS)[number];

/**
 * One computation of a jobcentre's figures for a month, kept as it was computed: never updated nor deleted (a
 * database trigger refuses both). A recompute adds a new snapshot; the latest of a month is the month's figures.
 */
@Entity({ name: 'monthly_figure_snapshots' })
export class MonthlySnapshot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  /** YYYY-MM. */
  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'jsonb' })
  figures: MonthlyFigures;

  /** The version of the figures' definitions (COMPUTATION_VERSION) they were computed under. */
  @Column({ name: 'computation_version', type: 'integer' })
  computationVersion: number;

  /** How many rows each part read. */
  @Column({ name: 'source_rows', type: 'jsonb' })
  sourceRows: SourceRows;

  /** The database time of the data read: every part read the database as it stood then. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  @Column({ type: 'text' })
  trigger: SnapshotTrigger;

  /** Who asked for an on-demand recompute (null for the schedule). */
  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  @Column({ name: 'requested_by_name', type: 'text', nullable: true })
  requestedByName: string | null;
}
