import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Company } from '@jobbro/companies';
import { StaffMember } from '@jobbro/jobcentres';

export const INTAKE_KINDS = [
  'recruitment',
  'småjob',
  'voksenlærling',
  'praktik-løntilskud',
  'retention',
  'mentor-course',
  'code-of-care-interest',
] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

export const INTAKE_CHANNELS = ['phone', 'e-mail', 'web', 'visit'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/** awaiting-contact: the 24-hour clock runs; contacted: the company was reached; closed: an outcome is recorded. */
export const INTAKE_STATUSES = ['awaiting-contact', 'contacted', 'closed'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export const INTAKE_OUTCOMES = ['posting-created', 'shortlist-sent', 'referred', 'no-need'] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

export interface IntakeContactPerson {
  name: string;
  phone?: string;
  email?: string;
}

/** A company's request to the jobcentre (virksomhedshenvendelse), worked through the duty desk. */
@Entity({ name: 'intakes' })
@Index('uq_intakes_idempotency_key', ['jobcentreId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
export class Intake {
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
  kind: IntakeKind;

  @Column({ type: 'text' })
  channel: IntakeChannel;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'contact_person', type: 'jsonb' })
  contactPerson: IntakeContactPerson;

  @Column({ type: 'text' })
  status: IntakeStatus;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => StaffMember, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: StaffMember | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'reminder_at', type: 'timestamptz' })
  reminderAt: Date;

  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Column({ name: 'first_contact_at', type: 'timestamptz', nullable: true })
  firstContactAt: Date | null;

  @Column({ name: 'breached_at', type: 'timestamptz', nullable: true })
  breachedAt: Date | null;

  @Column({ name: 'escalated_to_id', type: 'uuid', nullable: true })
  escalatedToId: string | null;

  @ManyToOne(() => StaffMember, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'escalated_to_id' })
  escalatedTo?: StaffMember | null;

  @Column({ type: 'text', nullable: true })
  outcome: IntakeOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true, select: false })
  idempotencyKey: string | null;

  /** SHA-256 of the request that used the idempotency key, to refuse the same key with another request. */
  @Column({ name: 'request_fingerprint', type: 'text', nullable: true, select: false })
  requestFingerprint: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
