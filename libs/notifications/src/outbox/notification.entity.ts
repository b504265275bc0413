import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationEventType, NotificationLanguage, NotificationSubjectType } from '../notification-events';

/** One event told to one recipient: the in-app inbox entry, and the source of its e-mail delivery. */
@Entity({ name: 'notifications' })
@Unique('uq_notifications_message_key', ['messageKey'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: NotificationEventType;

  /** The event's key and the recipient: the same key is the same notification, written once. */
  @Column({ name: 'message_key', type: 'text' })
  messageKey: string;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ name: 'recipient_email', type: 'text', nullable: true })
  recipientEmail: string | null;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ type: 'text' })
  language: NotificationLanguage;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: NotificationSubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /** Shown in the recipient's inbox (users only, unless they chose e-mail only for this event type). */
  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
