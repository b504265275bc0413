import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { NOTIFICATION_EVENT_TYPES, type NotificationEventType } from '../notification-events';
import {
  DELIVERY_STATUSES,
  DELIVERY_TRANSPORTS,
  type DeliveryStatus,
  type DeliveryTransport,
} from '../outbox/notification-delivery.entity';

/** One notification e-mail as the outbox lists it. */
export class DeliverySummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES })
  eventType: NotificationEventType;

  @ApiProperty({ example: 'konsulent@hedensted.dk' })
  to: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The subject as last rendered; null before the first attempt',
  })
  subject: string | null;

  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description: 'pending: on its way (or waiting to be tried again); sent; failed: given up, can be sent again',
  })
  status: DeliveryStatus;

  @ApiProperty({ type: 'integer', example: 1, description: 'Attempts made' })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, description: 'Why the latest failed attempt failed' })
  lastError: string | null;

  @ApiProperty({
    enum: DELIVERY_TRANSPORTS,
    nullable: true,
    description: 'smtp: handed to the mail server; outbox: kept here only (no SMTP_URL)',
  })
  transport: DeliveryTransport | null;

  @ApiProperty({ example: '<8a6f1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10@notifications.jobbro>' })
  messageId: string;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ description: 'While pending: when it is (tried again)' })
  nextAttemptAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  sentAt: Date | null;
}

/** One notification e-mail with its content, as it was (or would be) sent. */
export class DeliveryResponse extends DeliverySummaryResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The plain-text body; null before the first attempt' })
  text: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The HTML body; null before the first attempt' })
  html: string | null;
}

export class DeliveryPageResponse extends PageResponse(DeliverySummaryResponse, 'DeliveryPageResponse') {}
