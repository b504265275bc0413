import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import type { NotificationEventType, NotificationLanguage } from '../notification-events';
import { renderNotification, type RenderedNotification } from '../templates/render-notification';
import type { DeliveryOutcome } from './delivery.queue';
import { MailTransport } from './mail-transport';
import { afterFailure, describeError } from './retry-schedule';

interface LockedDelivery {
  id: string;
  jobcentre_id: string;
  status: string;
  attempts: number;
  to_address: string;
  message_id: string;
  event_type: NotificationEventType;
  data: never;
  language: NotificationLanguage;
  recipient_name: string | null;
}

/**
 * Sends one delivery. The row is locked for the whole attempt, so two jobs for the same delivery (a repeat, a sweep
 * racing a nudge, two workers) never send it twice: the second waits, then finds it sent. A delivery is sent only
 * while pending, by a job of its current attempt. The Message-ID is the one written with the delivery, so if a
 * worker dies after the server accepted the message and before the commit, the attempt made again carries the same
 * id and can be recognised.
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
  deliver(deliveryId: string, attempt: number): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: LockedDelivery[] = await manager.query(
        `SELECT d.id, d.jobcentre_id, d.status, d.attempts, d.to_address,
                d.message_id, n.event_type, n.data, n.language, n.recipient_name
           FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE d.id = $1
            FOR UPDATE OF d`,
        [deliveryId],
      );
      // A job of an earlier attempt (its delivery has failed since, and waits for its retry) does nothing.
      if (!row || row.status !== 'pending' || row.attempts !== attempt) return 'skipped';

      const attempts = row.attempts + 1;
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
      } catch (error) {
        const next = afterFailure(attempts, new Date(), this.runtime.config.mail);
        const lastError = describeError(error);
        await manager.query(
          `UPDATE notification_deliveries
              SET attempts = $2, last_error = $3, status = $4, next_attempt_at = coalesce($5, next_attempt_at),
                  transport = $6, subject = coalesce($7, subject), text_body = coalesce($8, text_body),
                  html_body = coalesce($9, html_body), updated_at = now()
            WHERE id = $1`,
          [
            row.id,
            attempts,
            lastError,
            next.status,
            next.status === 'pending' ? next.nextAttemptAt : null,
            this.transport.kind,
            rendered?.subject ?? null,
            rendered?.text ?? null,
            rendered?.html ?? null,
          ],
        );
        this.logger.warn(
          { deliveryId: row.id, jobcentreId: row.jobcentre_id, attempts, status: next.status, error: lastError },
          next.status === 'failed'
            ? 'An e-mail failed for good; admins can send it again'
            : 'An e-mail will be retried',
        );
        return next.status === 'failed' ? 'failed' : 'retrying';
      }
      await manager.query(
        `UPDATE notification_deliveries
            SET status = 'sent', sent_at = now(), attempts = $2, transport = $3, subject = $4, text_body = $5,
                html_body = $6, updated_at = now()
          WHERE id = $1`,
        [row.id, attempts, this.transport.kind, rendered.subject, rendered.text, rendered.html],
      );
      return 'sent';
    });
  }
}
