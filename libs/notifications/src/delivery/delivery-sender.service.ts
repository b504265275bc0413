import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import type { NotificationEventType, NotificationLanguage } from '../notification-events';
import { renderNotification, type RenderedNotification } from '../templates/render-notification';
import { DELIVERY_CONCURRENCY, type DeliveryJobResult, type QueuedDelivery } from './delivery.queue';
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

  /**
   * Sends each delivery still pending at the attempt it was queued for, all at once (the transport's pool takes
   * them in turn); the others are skipped. One statement claims them all and one records every outcome.
   */
  async deliverAll(queued: readonly QueuedDelivery[]): Promise<DeliveryJobResult> {
    const result: DeliveryJobResult = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    const rows = await this.claim(queued);
    // Deliveries of an earlier attempt (claimed since, or sent, or failed) are left alone.
    result.skipped = queued.length - rows.length;
    if (rows.length === 0) return result;

    const attempts = await Promise.all(rows.map((row) => this.send(row)));
    const now = new Date();
    const outcomes = attempts.map(({ row, rendered, failure }) => ({
      row,
      rendered,
      record: attemptRecord(failure, row.attempts, now, this.runtime.config.mail),
    }));
    const recorded = new Set(await this.record(outcomes));
    for (const { row, record } of outcomes) {
      result[record.outcome] += 1;
      const context = { deliveryId: row.id, jobcentreId: row.jobcentre_id, attempts: row.attempts };
      if (!recorded.has(row.id)) {
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
    }
    return result;
  }

  /** Renders and sends one claimed delivery; a failure is returned, not thrown. */
  private async send(
    row: ClaimedDelivery,
  ): Promise<{ row: ClaimedDelivery; rendered: RenderedNotification | null; failure: { error: unknown } | null }> {
    let rendered: RenderedNotification | null = null;
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
      return { row, rendered, failure: null };
    } catch (error) {
      return { row, rendered, failure: { error } };
    }
  }

  /** Counts the attempt and leases each row pending at its queued attempt; reads what the mails need alongside. */
  private claim(queued: readonly QueuedDelivery[]): Promise<ClaimedDelivery[]> {
    return this.dataSource.query(
      `WITH queued AS (
         SELECT * FROM unnest($1::uuid[], $2::int[]) AS q(id, attempt)
       ), claimed AS (
         UPDATE notification_deliveries d
            SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $3 / 1000.0),
                updated_at = now()
           FROM queued q
          WHERE d.id = q.id AND d.status = 'pending' AND d.attempts = q.attempt
         RETURNING d.id, d.notification_id, d.jobcentre_id, d.attempts, d.to_address, d.message_id
       )
       SELECT c.id, c.jobcentre_id, c.attempts, c.to_address, c.message_id,
              n.event_type, n.data, n.language, n.recipient_name
         FROM claimed c JOIN notifications n ON n.id = c.notification_id
        ORDER BY c.id`,
      [queued.map((each) => each.deliveryId), queued.map((each) => each.attempt), SEND_LEASE_MS],
    );
  }

  /**
   * Writes every attempt's outcome whose claim still holds (pending at the claimed attempts: no later attempt took
   * the delivery over after the lease); returns the ids written. A retry leaves `status` as it is, so the
   * due-trigger stays quiet for it.
   */
  private async record(
    outcomes: { row: ClaimedDelivery; record: AttemptRecord; rendered: RenderedNotification | null }[],
  ): Promise<string[]> {
    const column = <T>(value: (outcome: (typeof outcomes)[number]) => T) => outcomes.map(value);
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH outcome AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::timestamptz[], $6::text[],
                              $7::text[], $8::text[])
                    AS o(id, attempts, outcome, last_error, next_attempt_at, subject, text_body, html_body)
       ), written AS (
         UPDATE notification_deliveries d
            SET status = CASE o.outcome WHEN 'sent' THEN 'sent' WHEN 'failed' THEN 'failed' ELSE d.status END,
                sent_at = CASE WHEN o.outcome = 'sent' THEN now() ELSE d.sent_at END,
                last_error = coalesce(o.last_error, d.last_error),
                next_attempt_at = coalesce(o.next_attempt_at, d.next_attempt_at),
                transport = $9, subject = coalesce(o.subject, d.subject),
                text_body = coalesce(o.text_body, d.text_body), html_body = coalesce(o.html_body, d.html_body),
                updated_at = now()
           FROM outcome o
          WHERE d.id = o.id AND d.attempts = o.attempts AND d.status = 'pending'
         RETURNING d.id
       )
       SELECT id FROM written`,
      [
        column(({ row }) => row.id),
        column(({ row }) => row.attempts),
        column(({ record }) => record.outcome),
        column(({ record }) => (record.outcome === 'sent' ? null : record.lastError)),
        column(({ record }) => (record.outcome === 'retrying' ? record.nextAttemptAt : null)),
        column(({ rendered }) => rendered?.subject ?? null),
        column(({ rendered }) => rendered?.text ?? null),
        column(({ rendered }) => rendered?.html ?? null),
        this.transport.kind,
      ],
    );
    return rows.map((row) => row.id);
  }
}
