import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DeliveryDispatcher } from './delivery/delivery-dispatcher.service';
import { DeliverySender } from './delivery/delivery-sender.service';
import { DeliverySweepProcessor } from './delivery/delivery-sweep.processor';
import { DELIVERY_QUEUE, DELIVERY_SWEEP_QUEUE } from './delivery/delivery.queue';
import { DeliveryProcessor } from './delivery/delivery.processor';
import { MailTransport } from './delivery/mail-transport';
import { NotificationsModule } from './notifications.module';

/** The notifications' background half: e-mail deliveries from the outbox to the mail server, with retries. */
@Module({
  imports: [NotificationsModule, BullModule.registerQueue({ name: DELIVERY_QUEUE }, { name: DELIVERY_SWEEP_QUEUE })],
  providers: [MailTransport, DeliverySender, DeliveryDispatcher, DeliveryProcessor, DeliverySweepProcessor],
  exports: [DeliveryDispatcher],
})
export class NotificationsWorkerModule {}
