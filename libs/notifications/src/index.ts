export * from './notification-events';
export * from './notifications.module';
export {
  NotificationOutbox,
  NOTIFICATION_DRAFT_COLUMNS,
  notificationDraftRow,
  notificationWritingCtes,
} from './outbox/notification-outbox';
export { Notification } from './outbox/notification.entity';
export {
  NotificationDelivery,
  type DeliveryStatus,
  type DeliveryTransport,
} from './outbox/notification-delivery.entity';
export { NotificationPreference } from './preferences/notification-preference.entity';
export { notifyWithin } from './outbox/notify-within';
export { onePerAddress, type AddressedRecipient } from './outbox/one-per-address';
export * from './templates/render-notification';
export { escapeHtml } from './templates/format';
export * from './notifications-worker.module';
export * from './delivery/delivery.queue';
export { DeliveryDispatcher } from './delivery/delivery-dispatcher.service';
export { DeliverySender, SEND_LEASE_MS } from './delivery/delivery-sender.service';
export { SMTP_MAX_CONNECTIONS, SMTP_TIMEOUTS } from './delivery/send-lease';
export { afterFailure, MAX_RETRY_WAIT_MS } from './delivery/retry-schedule';
