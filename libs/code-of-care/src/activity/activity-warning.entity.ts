import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** `inactive-soon`: the member turns inactive within the warning days unless it does something; `turned-inactive`. */
export const ACTIVITY_WARNING_KINDS = ['inactive-soon', 'turned-inactive'] as const;
export type ActivityWarningKind = (typeof ACTIVITY_WARNING_KINDS)[number];

/** A warning the activity job raised for the coordinator, once per member, kind and day of lapse. */
@Entity({ name: 'code_of_care_warnings' })
@Unique('uq_code_of_care_warnings', ['membershipId', 'kind', 'inactiveOn'])
export class ActivityWarning {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @Column({ type: 'text' })
  kind: ActivityWarningKind;

  /** The first day the member is (or will be) inactive. */
  @Column({ name: 'inactive_on', type: 'date' })
  inactiveOn: string;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by_name', type: 'text', nullable: true })
  acknowledgedByName: string | null;
}
