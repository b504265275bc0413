import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const INTAKE_EVENT_TYPES = [
  'received',
  'assigned',
  'unassigned',
  'claimed',
  'reassigned',
  'contact-attempted',
  'reminder-sent',
  'deadline-breached',
  'closed',
  'shortlist-sent',
  'shortlist-answered',
] as const;
export type IntakeEventType = (typeof INTAKE_EVENT_TYPES)[number];

/** Flat on purpose: history entries are read by people and by reports, not navigated. */
export type EventDetails = Record<string, string | number | boolean | null>;

/** One entry of an intake's history: who did what, when. Never updated or deleted. */
@Entity({ name: 'intake_events' })
@Index('ix_intake_events_intake', ['intakeId', 'id'])
export class IntakeEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'intake_id', type: 'uuid' })
  intakeId: string;

  @Column({ type: 'text' })
  type: IntakeEventType;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** Null when the system acted (assignment at receipt, reminders, escalation). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details: EventDetails;
}
