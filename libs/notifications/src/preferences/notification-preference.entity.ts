import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationChannelChoice, NotificationEventType } from '../notification-events';

/** A user's choice of channels for one event type; without a row, the default (e-mail and in the app). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'event_type', type: 'text' })
  eventType: NotificationEventType;

  @Column({ type: 'text' })
  channels: NotificationChannelChoice;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
