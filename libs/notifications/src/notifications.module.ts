import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveriesService } from './deliveries/deliveries.service';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { NotificationDelivery } from './outbox/notification-delivery.entity';
import { NotificationOutbox } from './outbox/notification-outbox';
import { Notification } from './outbox/notification.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';

/** Every table of the notifications library, for this module and its worker module. */
export const NOTIFICATION_ENTITIES = [Notification, NotificationDelivery, NotificationPreference];

/**
 * Telling people what needs them: the outbox other libraries write notifications to, in their own transactions; the
 * in-app inbox; each user's channel choices; and the admins' view of the e-mails and their deliveries.
 */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  controllers: [InboxController, DeliveriesController],
  providers: [NotificationOutbox, InboxService, DeliveriesService],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}
