import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'jobbro';
export const SMTP_PASSWORD = 'smtp-hemmelighed';

/** A mail as the test server received it: parsed, with the envelope's recipients. */
export interface ReceivedMail {
  parsed: ParsedMail;
  envelopeTo: string[];
}

/**
 * A real SMTP server in the test process (smtp-server), with a user and password, that parses each message it
 * accepts (mailparser). It can be stopped and started again on the same port, and told to refuse a recipient.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** Recipients refused with 550, as a mailbox that does not exist would be. */
  readonly refused = new Set<string>();
  private server: SMTPServer | null = null;
  port = 0;
  /** While set, the server sits on each message's data (reads it, does not answer) until it resolves. */
  private held: Promise<void> | null = null;
  /** Messages the server sits on now. */
  holding = 0;

  get url(): string {
    return `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      closeTimeout: 50,
      logger: false,
      size: 10 * 1024 * 1024,
      onAuth: (auth, _session, callback) =>
        auth.username === SMTP_USER && auth.password === SMTP_PASSWORD
          ? callback(null, { user: auth.username })
          : callback(new Error('Invalid username or password')),
      onRcptTo: (address, _session, callback) =>
        this.refused.has(address.address.toLowerCase())
          ? callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }))
          : callback(),
      onData: (stream, session, callback) => {
        const held = this.held;
        if (held) this.holding += 1;
        simpleParser(stream).then(
          async (parsed) => {
            if (held) {
              await held;
              this.holding -= 1;
            }
            this.received.push({ parsed, envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Makes the server stall, as a slow mail server does: it sits on every message until the returned release. */
  hold(): () => void {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.held = held;
    return () => {
      if (this.held === held) this.held = null;
      release();
    };
  }

  /** Stops listening and drops the connections open to it. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The mails received with this Message-ID (angle brackets included). */
  withMessageId(messageId: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.parsed.messageId === messageId);
  }
}
