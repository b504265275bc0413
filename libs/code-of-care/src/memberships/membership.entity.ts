import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Company } from '@jobbro/companies';
import type { ActivityKind, ActivityStatus } from '../activity/activity-rule';

/** prospect → member (pledge signed) → left; a company that left may become a prospect or a member again. */
export const MEMBERSHIP_STATUSES = ['prospect', 'member', 'left'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Where a prospect stands in the pipeline; `declined` keeps a company that said no from being asked again soon. */
export const PROSPECT_STAGES = ['new', 'contacted', 'meeting', 'deciding', 'declined'] as const;
export type ProspectStage = (typeof PROSPECT_STAGES)[number];

/** How the company came into the network's books: an intake of kind code-of-care-interest, or a coordinator. */
export const MEMBERSHIP_SOURCES = ['intake', 'manual', 'import'] as const;
export type MembershipSource = (typeof MEMBERSHIP_SOURCES)[number];

/**
 * A company's place in its jobcentre's network. The activity columns are written by the activity job only: they are
 * computed from postings, placements, mentor courses and events, never typed.
 */
@Entity({ name: 'code_of_care_memberships' })
@Unique('uq_code_of_care_memberships_company', ['jobcentreId', 'companyId'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'text' })
  status: MembershipStatus;

  @Column({ name: 'prospect_stage', type: 'text', default: 'new' })
  prospectStage: ProspectStage;

  @Column({ type: 'text' })
  source: MembershipSource;

  @Column({ name: 'source_intake_id', type: 'uuid', nullable: true })
  sourceIntakeId: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt: Date | null;

  @Column({ name: 'pledge_signed_on', type: 'date', nullable: true })
  pledgeSignedOn: string | null;

  /** The person who signed the pledge for the company. */
  @Column({ name: 'pledge_signatory', type: 'text', nullable: true })
  pledgeSignatory: string | null;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  @Column({ name: 'left_reason', type: 'text', nullable: true })
  leftReason: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'activity_status', type: 'text', nullable: true })
  activityStatus: ActivityStatus | null;

  @Column({ name: 'last_activity_on', type: 'date', nullable: true })
  lastActivityOn: string | null;

  @Column({ name: 'last_activity_kind', type: 'text', nullable: true })
  lastActivityKind: ActivityKind | null;

  /** The last day the member counts as active without doing anything more. */
  @Column({ name: 'active_until', type: 'date', nullable: true })
  activeUntil: string | null;

  @Column({ name: 'activity_computed_at', type: 'timestamptz', nullable: true })
  activityComputedAt: Date | null;

  /** The `active_until` the coordinator was last warned about, so each lapse is warned about once. */
  @Column({ name: 'inactive_warning_for', type: 'date', nullable: true })
  inactiveWarningFor: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
