import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { pageOf, TenantData, type TenantContext } from '@jobbro/platform';
import type { NotificationEventType } from '../notification-events';
import type { DeliveryStatus, DeliveryTransport } from '../outbox/notification-delivery.entity';
import type { FindDeliveriesQuery } from './deliveries.query';
import type { DeliveryPageResponse, DeliveryResponse, DeliverySummaryResponse } from './delivery.response';

interface DeliveryRow {
  id: string;
  event_type: NotificationEventType;
  to_address: string;
  subject: string | null;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  transport: DeliveryTransport | null;
  message_id: string;
  created_at: Date;
  next_attempt_at: Date;
  sent_at: Date | null;
  text_body?: string | null;
  html_body?: string | null;
}

const SUMMARY_COLUMNS = `d.id, n.event_type, d.to_address, d.subject, d.status, d.attempts, d.last_error, d.transport,
  d.message_id, d.created_at, d.next_attempt_at, d.sent_at`;

const toSummary = (row: DeliveryRow): DeliverySummaryResponse => ({
  id: row.id,
  eventType: row.event_type,
  to: row.to_address,
  subject: row.subject,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  transport: row.transport,
  messageId: row.message_id,
  createdAt: row.created_at,
  nextAttemptAt: row.next_attempt_at,
  sentAt: row.sent_at,
});

/** The admins' view of the jobcentre's notification e-mails: the outbox, each one's content, and sending again. */
@Injectable()
export class DeliveriesService {
  constructor(private readonly data: TenantData) {}

  async find(tenant: TenantContext, query: FindDeliveriesQuery): Promise<DeliveryPageResponse> {
    const scope = this.data.for(tenant);
    const params: unknown[] = [query.status ?? null, query.pageSize, (query.page - 1) * query.pageSize];
    const [rows, [{ total }]] = await Promise.all([
      scope.query<DeliveryRow>(
        `SELECT ${SUMMARY_COLUMNS}
           FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE d.jobcentre_id = $1 AND ($2::text IS NULL OR d.status = $2)
          ORDER BY d.created_at DESC, d.id DESC
          LIMIT $3 OFFSET $4`,
        params,
      ),
      scope.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM notification_deliveries d
          WHERE d.jobcentre_id = $1 AND ($2::text IS NULL OR d.status = $2)`,
        [query.status ?? null],
      ),
    ]);
    return pageOf(rows.map(toSummary), total, query);
  }

  async get(tenant: TenantContext, id: string): Promise<DeliveryResponse> {
    const [row] = await this.data.for(tenant).query<DeliveryRow>(
      `SELECT ${SUMMARY_COLUMNS}, d.text_body, d.html_body
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.jobcentre_id = $1 AND d.id = $2`,
      [id],
    );
    if (!row) throw new NotFoundException('No such e-mail in your jobcentre');
    return { ...toSummary(row), text: row.text_body ?? null, html: row.html_body ?? null };
  }

  /**
   * Sends a failed e-mail again: back to pending and due now, its attempts kept (it gets one more; failing again, it
   * is failed again). The database announces it on commit and a worker queues it at once.
   */
  async retry(tenant: TenantContext, id: string): Promise<DeliveryResponse> {
    const updated = await this.data.for(tenant).query<{ id: string }>(
      // A CTE, so the driver returns the rows (a bare UPDATE answers with its rows and a count).
      `WITH changed AS (
         UPDATE notification_deliveries SET status = 'pending', next_attempt_at = now(), updated_at = now()
          WHERE jobcentre_id = $1 AND id = $2 AND status = 'failed'
          RETURNING id)
       SELECT id FROM changed`,
      [id],
    );
    if (updated.length === 0) {
      const current = await this.get(tenant, id);
      throw new ConflictException(`Only a failed e-mail can be sent again; this one is ${current.status}`);
    }
    return this.get(tenant, id);
  }
}
