import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import type { DeliveryTransport } from '../outbox/notification-delivery.entity';
import { SMTP_MAX_CONNECTIONS, SMTP_TIMEOUTS } from './send-lease';

/**
 * Where e-mails go: one pooled SMTP transport per worker process for SMTP_URL, or, without it (the embedded
 * default), nowhere: the delivery keeps the rendered message as the outbox admins read. The timeouts (SMTP_TIMEOUTS)
 * bound how long a send takes when a mail server does not answer; a delivery's lease (SEND_LEASE_MS) is derived from
 * them, so it outlasts any send but one whose worker died.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter | null;
  readonly kind: DeliveryTransport;
  readonly from: string;

  constructor(@Inject(JOBBRO_RUNTIME) runtime: JobbroRuntime) {
    const { smtpUrl, from } = runtime.config.mail;
    this.from = from;
    this.kind = smtpUrl ? 'smtp' : 'outbox';
    this.transporter = smtpUrl
      ? createTransport({
          url: smtpUrl,
          pool: true,
          maxConnections: SMTP_MAX_CONNECTIONS,
          maxMessages: 500,
          ...SMTP_TIMEOUTS,
        })
      : null;
  }

  /** Hands the message to the mail server; resolves once the server accepted it. No-op for the outbox. */
  async send(message: SendMailOptions): Promise<void> {
    if (!this.transporter) return;
    await this.transporter.sendMail({ from: this.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
