import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The default number of months within which a member must have done something to count as active. */
export const DEFAULT_ACTIVITY_WINDOW_MONTHS = 12;
/** How many days before a member would turn inactive the coordinator is warned, by default. */
export const DEFAULT_WARNING_DAYS = 30;

/**
 * A jobcentre's network of socially responsible companies (Hedensted's Code of Care, Horsens' Jobtaskforce): its
 * name and the settings of its activity rule. One per jobcentre, created on first use.
 */
@Entity({ name: 'code_of_care_networks' })
export class CodeOfCareNetwork {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid', unique: true })
  jobcentreId: string;

  @Column({ type: 'text', default: 'Code of Care' })
  name: string;

  @Column({ name: 'activity_window_months', type: 'smallint', default: DEFAULT_ACTIVITY_WINDOW_MONTHS })
  activityWindowMonths: number;

  @Column({ name: 'warning_days', type: 'smallint', default: DEFAULT_WARNING_DAYS })
  warningDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
