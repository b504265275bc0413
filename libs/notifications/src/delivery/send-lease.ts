import { afterFailure, describeError } from './retry-schedule';

/** nodemailer's own limits on a mail server that does not answer (mail-transport.ts sets them). */
export interface SmtpTimeouts {
  /** To open the TCP (or TLS) connection. */
  connectionTimeout: number;
  /** For the server's greeting once connected. */
  greetingTimeout: number;
  /** Of silence on an open connection, e.g. while the server sits on a message's DATA. */
  socketTimeout: number;
}

export const SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
};

/** Connections in the transport's pool; sends beyond them wait in nodemailer's queue for one to come free. */
export const SMTP_MAX_CONNECTIONS = 8;

/**
 * Added to the lease for what the timeouts do not cover: rendering, the two statements around the send, a loaded
 * event loop, clocks (the lease is counted by PostgreSQL's now(), the timeouts by the worker's timers).
 */
export const SEND_LEASE_MARGIN_MS = 20_000;

/**
 * How long a claimed delivery is left to the worker that claimed it before a sweep may queue it again. A send ends
 * (accepted, or failed by a timeout) within one connection, greeting and silence timeout; with more sends under way
 * at once than the pool has connections, a send may first wait for one earlier send on each connection to end. The
 * lease outlasts that, so only a worker that died (or a server that keeps answering just before each timeout) lets a
 * sweep take the delivery again: a second send with the same Message-ID, never a lost one.
 */
export function sendLeaseMs(
  timeouts: SmtpTimeouts,
  { maxConnections, concurrency, marginMs }: { maxConnections: number; concurrency: number; marginMs: number },
): number {
  const oneSend = timeouts.connectionTimeout + timeouts.greetingTimeout + timeouts.socketTimeout;
  return Math.ceil(concurrency / maxConnections) * oneSend + marginMs;
}

/** What an attempt writes to its delivery, and what the job reports. */
export type AttemptRecord =
  | { outcome: 'sent' }
  | { outcome: 'retrying'; lastError: string; nextAttemptAt: Date }
  | { outcome: 'failed'; lastError: string };

/**
 * The outcome of a claimed attempt (`attempts` counts it): sent when nothing failed; otherwise pending again after the
 * backoff, or failed for good after the maximum number of attempts.
 */
export function attemptRecord(
  failure: { error: unknown } | null,
  attempts: number,
  now: Date,
  policy: { maxAttempts: number; retryAfterMs: number },
): AttemptRecord {
  if (!failure) return { outcome: 'sent' };
  const lastError = describeError(failure.error);
  const next = afterFailure(attempts, now, policy);
  return next.status === 'failed'
    ? { outcome: 'failed', lastError }
    : { outcome: 'retrying', lastError, nextAttemptAt: next.nextAttemptAt };
}
