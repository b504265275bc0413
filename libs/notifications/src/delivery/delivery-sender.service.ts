import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import type { NotificationEventType, NotificationLanguage } from '../notification-events';
import { renderNotification, type RenderedNotification } from '../templates/render-notification';
import { DELIVERY_CONCURRENCY, type DeliveryOutcome } from './delivery.queue';
import { MailTransport } from './mail-transport';
import {
  attemptRecord,
  SEND_LEASE_MARGIN_MS,
  sendLeaseMs,
  SMTP_MAX_CONNECTIONS,
  SMTP_TIMEOUTS,
  type AttemptRecord,
} from './send-lease';

/** How long a claimed delivery is the claiming worker's: longer than the transport's timeouts allow a send to take. */
export const SEND_LEASE_MS = sendLeaseMs(SMTP_TIMEOUTS, {
  maxConnections: SMTP_MAX_CONNECTIONS,
  concurrency: DELIVERY_CONCURRENCY,
  marginMs: SEND_LEASE_MARGIN_MS,
});

interface ClaimedDelivery {
  id: string;
  jobcentre_id: string;
  /** The attempts with this one counted: the claim's mark, which the outcome's write checks. */
  attempts: number;
  to_address: string;
  message_id: string;
  event_type: NotificationEventType;
  data: never;
  language: NotificationLanguage;
  recipient_name: string | null;
}

/**
 * Sends one delivery, holding no database connection while the mail server has it. A job first claims its delivery
 * in one statement: only while pending at the job's attempt, it counts the attempt and leases the row for
 * SEND_LEASE_MS (its next_attempt_at), so a second job for the same attempt (a repeat, a sweep racing a nudge, two
 * workers) finds nothing to do, and sweeps leave the row alone. It sends outside any transaction and records the
 * outcome in one statement that holds only if the claim still does. A worker that dies mid-send leaves the row
 * pending with its lease: once the lease runs out a sweep queues the next attempt, which sends again with the
 * Message-ID written with the delivery, so a message the server had already accepted comes twice, recognisably.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
    private readonly transport: MailTransport,
  ) {}

  /** Sends the delivery if it is still pending at the attempt the job was queued for; otherwise does nothing. */
  async deliver(deliveryId: string, attempt: number): Promise<DeliveryOutcome> {
    const row = await this.claim(deliveryId, attempt);
    // A job of an earlier attempt (its delivery was claimed since, or sent, or failed) does nothing.
    if (!row) return 'skipped';

    let rendered: RenderedNotification | null = null;
    let failure: { error: unknown } | null = null;
    try {
      rendered = renderNotification(row.event_type, row.data, row.language, {
        webUrl: this.runtime.config.mail.publicUrl,
        recipientName: row.recipient_name,
      });
      await this.transport.send({
        to: row.recipient_name ? { name: row.recipient_name, address: row.to_address } : row.to_address,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: row.message_id,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      failure = { error };
    }

    const record = attemptRecord(failure, row.attempts, new Date(), this.runtime.config.mail);
    const recorded = await this.record(row, record, rendered);
    const context = { deliveryId: row.id, jobcentreId: row.jobcentre_id, attempts: row.attempts };
    if (!recorded) {
      this.logger.warn(
        { ...context, outcome: record.outcome },
        'An e-mail attempt outlasted its lease; its outcome is left to the attempt that took the delivery over',
      );
    }
    if (record.outcome !== 'sent') {
      this.logger.warn(
        { ...context, status: record.outcome === 'failed' ? 'failed' : 'pending', error: record.lastError },
        record.outcome === 'failed'
          ? 'An e-mail failed for good; admins can send it again'
          : 'An e-mail will be retried',
      );
    }
    return record.outcome;
  }

  /** Counts the attempt and leases the row, if it is pending at `attempt`; reads what the mail needs alongside. */
  private async claim(deliveryId: string, attempt: number): Promise<ClaimedDelivery | null> {
    const [row]: ClaimedDelivery[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE notification_deliveries
            SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $3 / 1000.0),
                updated_at = now()
          WHERE id = $1 AND status = 'pending' AND attempts = $2
         RETURNING id, notification_id, jobcentre_id, attempts, to_address, message_id
       )
       SELECT c.id, c.jobcentre_id, c.attempts, c.to_address, c.message_id,
              n.event_type, n.data, n.language, n.recipient_name
         FROM claimed c JOIN notifications n ON n.id = c.notification_id`,
      [deliveryId, attempt, SEND_LEASE_MS],
    );
    return row ?? null;
  }

  /**
   * Writes the attempt's outcome, if the claim still holds (pending at the claimed attempts: no later attempt took
   * the delivery over after the lease). Only a retry leaves `status` out, so the due-trigger stays quiet for it.
   */
  private async record(
    row: ClaimedDelivery,
    record: AttemptRecord,
    rendered: RenderedNotification | null,
  ): Promise<boolean> {
    const guard = `WHERE id = $1 AND attempts = $2 AND status = 'pending'`;
    const common = [
      row.id,
      row.attempts,
      this.transport.kind,
      rendered?.subject ?? null,
      rendered?.text ?? null,
      rendered?.html ?? null,
    ];
    const keep = `transport = $3, subject = coalesce($4, subject), text_body = coalesce($5, text_body),
                  html_body = coalesce($6, html_body), updated_at = now()`;
    const [, affected]: [unknown, number] =
      record.outcome === 'sent'
        ? await this.dataSource.query(
            `UPDATE notification_deliveries SET status = 'sent', sent_at = now(), ${keep} ${guard}`,
            common,
          )
        : record.outcome === 'retrying'
          ? await this.dataSource.query(
              `UPDATE notification_deliveries SET last_error = $7, next_attempt_at = $8, ${keep} ${guard}`,
              [...common, record.lastError, record.nextAttemptAt],
            )
          : await this.dataSource.query(
              `UPDATE notification_deliveries SET status = 'failed', last_error = $7, ${keep} ${guard}`,
              [...common, record.lastError],
            );
    return affected > 0;
  }
}
