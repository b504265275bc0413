/** E-mail deliveries on their way from the outbox table to the mail server, DELIVERIES_PER_JOB to a job. */
export const DELIVERY_QUEUE = 'notification-delivery';

/** The sweep that takes due deliveries from the table to the queue (and so re-creates any job the queue lost). */
export const DELIVERY_SWEEP_QUEUE = 'notification-delivery-sweep';

/** One schedule shared by every worker: each interval yields one sweep job, run by whichever worker takes it. */
export const DELIVERY_SWEEP_SCHEDULER_ID = 'notification-delivery-sweep';

/**
 * Deliveries one worker sends at once. None holds a database connection while it sends (a job takes one for its
 * claim and one for its outcomes, a statement each), so the pool of 20 stays the API's.
 */
export const DELIVERY_CONCURRENCY = 16;

/**
 * Deliveries per job. One job claims its deliveries in one statement and writes their outcomes in one, so a burst of
 * e-mails costs the database (and the PostgreSQL queue backend) a few statements per eight messages instead of several
 * per message: with one job per delivery, 10,000 intakes' notifications cut intake throughput from 960 to 360 a
 * second while they were delivered beside it (bench:intake, 2 cores).
 */
export const DELIVERIES_PER_JOB = 8;

/** Jobs one worker runs at once: DELIVERY_CONCURRENCY sends in all. */
export const DELIVERY_JOB_CONCURRENCY = DELIVERY_CONCURRENCY / DELIVERIES_PER_JOB;

export const DELIVERY_JOB_NAMES = ['deliver'] as const;
export const DELIVERY_SWEEP_JOB_NAMES = ['sweep'] as const;

/** A delivery at the attempt it was queued for. */
export interface QueuedDelivery {
  deliveryId: string;
  /** The attempts made when the job was queued: a job of an older attempt finds its delivery taken and does nothing. */
  attempt: number;
}

/** The job carries ids only: the processor claims its deliveries, and reads them, when it runs. */
export interface DeliveryJobData {
  deliveries: QueuedDelivery[];
}

/** What one delivery's attempt did: sent (by SMTP or to the outbox), failed (retried or for good), or nothing. */
export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'skipped';

/** How many of the job's deliveries came to each outcome. */
export type DeliveryJobResult = Record<DeliveryOutcome, number>;

export interface DeliverySweepResult {
  queued: number;
  durationMs: number;
}

/** Deterministic: queueing the same deliveries at the same attempts twice keeps one job. */
export function deliveryJobId(deliveries: readonly QueuedDelivery[]): string {
  const [first] = deliveries;
  return `${first.deliveryId}-${first.attempt}-${deliveries.length}`;
}

export type DeliveryJobs = {
  deliver: { data: DeliveryJobData; result: DeliveryJobResult };
};

export type DeliverySweepJobs = {
  sweep: { data: Record<string, never>; result: DeliverySweepResult };
};
