import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What the history of a membership records: a status change (prospect/member/left), an activity change found by the
 * activity job, a pipeline stage, a new owner, a contact with the company.
 */
export const MEMBERSHIP_EVENT_KINDS = ['status', 'activity', 'stage', 'owner', 'contact'] as const;
export type MembershipEventKind = (typeof MEMBERSHIP_EVENT_KINDS)[number];

/** One dated change of a membership; status events are what membership over time and joins/leaves are counted from. */
@Entity({ name: 'code_of_care_membership_events' })
export class MembershipEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @Column({ type: 'text' })
  kind: MembershipEventKind;

  @Column({ name: 'from_value', type: 'text', nullable: true })
  fromValue: string | null;

  @Column({ name: 'to_value', type: 'text' })
  toValue: string;

  /** The day the change took effect (a join dated when the pledge was signed), not when it was recorded. */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId: string | null;

  @Column({ name: 'by_name', type: 'text', nullable: true })
  byName: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
