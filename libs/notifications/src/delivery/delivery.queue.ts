/** E-mail deliveries on their way from the outbox table to the mail server: one job per delivery and attempt. */
export const DELIVERY_QUEUE = 'notification-delivery';

/** The sweep that takes due deliveries from the table to the queue (and so re-creates any job the queue lost). */
export const DELIVERY_SWEEP_QUEUE = 'notification-delivery-sweep';

/** One schedule shared by every worker: each interval yields one sweep job, run by whichever worker takes it. */
export const DELIVERY_SWEEP_SCHEDULER_ID = 'notification-delivery-sweep';

/**
 * Deliveries one worker sends at once. None holds a database connection while it sends (each takes one for its claim
 * and one for its outcome, a statement each), so the pool of 20 stays the API's. 16 measured 374 messages/s on the
 * PostgreSQL backend against 152 with 8 (bench:mail, 2 loaded cores, when a send still held its row's lock).
 */
export const DELIVERY_CONCURRENCY = 16;

export const DELIVERY_JOB_NAMES = ['deliver'] as const;
export const DELIVERY_SWEEP_JOB_NAMES = ['sweep'] as const;

/** The job carries ids only: the processor claims the delivery, and reads it, when it runs. */
export interface DeliveryJobData {
  deliveryId: string;
  /** The attempts made when the job was queued; part of its id, so a retry is a new job and a repeat is not. */
  attempt: number;
}

/** What one job did: sent (by SMTP or to the outbox), failed this time (retried later or for good), or nothing. */
export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'skipped';

export interface DeliverySweepResult {
  queued: number;
  durationMs: number;
}

/** Deterministic: queueing the same delivery and attempt twice keeps one job. */
export function deliveryJobId(deliveryId: string, attempt: number): string {
  return `${deliveryId}-${attempt}`;
}

export type DeliveryJobs = {
  deliver: { data: DeliveryJobData; result: DeliveryOutcome };
};

export type DeliverySweepJobs = {
  sweep: { data: Record<string, never>; result: DeliverySweepResult };
};
