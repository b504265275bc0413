import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** smtp: handed to the SMTP server of SMTP_URL; outbox: kept for admins to read (no SMTP_URL, the embedded default). */
export const DELIVERY_TRANSPORTS = ['smtp', 'outbox'] as const;
export type DeliveryTransport = (typeof DELIVERY_TRANSPORTS)[number];

/**
 * A notification's e-mail, from the outbox to the recipient's mailbox. Written with its notification, in the same
 * transaction as the event; the delivery job takes it while it is pending and due, and retries with backoff until it
 * is sent or has failed for good (then admins see it and may send it again). Its Message-ID is fixed when it is
 * written, so a repeated attempt carries the same one.
 */
@Entity({ name: 'notification_deliveries' })
@Unique('uq_notification_deliveries_notification', ['notificationId', 'channel'])
@Unique('uq_notification_deliveries_message_id', ['messageId'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @Column({ type: 'text', default: 'email' })
  channel: 'email';

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  /** RFC 5322 Message-ID, angle brackets included. */
  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ type: 'text', default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'text', nullable: true })
  transport: DeliveryTransport | null;

  /** The message as rendered at the last attempt: what the recipient got, or would have. */
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ name: 'text_body', type: 'text', nullable: true })
  textBody: string | null;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
