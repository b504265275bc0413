import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import {
  DELIVERIES_PER_JOB,
  DELIVERY_QUEUE,
  DELIVERY_SWEEP_QUEUE,
  DELIVERY_SWEEP_SCHEDULER_ID,
  deliveryJobId,
  type DeliveryJobData,
  type DeliveryJobResult,
  type DeliverySweepResult,
} from './delivery.queue';

/** The channel the notification_deliveries trigger notifies on (migration 1765065700000). */
export const DELIVERIES_DUE_CHANNEL = 'notification_deliveries_due';

const BATCH_SIZE = 1_000;
/**
 * How long a queued delivery is left to its job before a sweep queues it again (under the same id: a job the queue
 * still has is not doubled). Only a lost job, or a queue far behind, makes a sweep take it again.
 */
export const QUEUED_LEASE_MS = 60_000;
/** After a lost LISTEN connection, the wait before the next; the scheduled sweep covers the gap. */
const RELISTEN_MS = 5_000;

/**
 * Turns committed deliveries into queue jobs. The table is the truth: a sweep takes every pending delivery that is
 * due (skipping rows another sweep holds) and queues them, DELIVERIES_PER_JOB to a job, under a deterministic id, so a
 * job the queue lost (a Redis restarted empty, a crash between commit and enqueue) is made again and one it still
 * has is not doubled. Sweeps run on a schedule shared by the workers (MAIL_SWEEP_INTERVAL) and, in each worker, as
 * soon as PostgreSQL announces a delivery that became pending (a commit of the outbox or an admin's retry).
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryDispatcher.name);
  private watchdog?: NodeJS.Timeout;
  private listener: Client | null = null;
  private relisten?: NodeJS.Timeout;
  private closed = false;
  private running: Promise<DeliverySweepResult> | null = null;
  private again = false;
  private readonly dead = new WeakSet<Client>();

  constructor(
    @InjectQueue(DELIVERY_QUEUE) private readonly queue: Queue<DeliveryJobData, DeliveryJobResult>,
    @InjectQueue(DELIVERY_SWEEP_QUEUE) private readonly sweepQueue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.nudge();
    await this.ensureSchedule();
    this.watchdog = setInterval(() => void this.ensureSchedule(), Math.max(this.interval, 60_000));
    this.watchdog.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    clearTimeout(this.relisten);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  private get interval(): number {
    return this.runtime.config.mail.sweepIntervalMs;
  }

  /** Creates the repeatable sweep unless the queue has it at this interval; safe from every worker, at any time. */
  async ensureSchedule(): Promise<void> {
    try {
      const current = await this.sweepQueue.getJobScheduler(DELIVERY_SWEEP_SCHEDULER_ID);
      if (current && Number(current.every) === this.interval) return;
      await this.sweepQueue.upsertJobScheduler(
        DELIVERY_SWEEP_SCHEDULER_ID,
        { every: this.interval },
        { name: 'sweep', data: {}, opts: { removeOnComplete: true, removeOnFail: 50 } },
      );
      this.logger.log({ everyMs: this.interval }, 'Scheduled the notification e-mail sweep');
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not check the notification e-mail sweep schedule; trying again later');
    }
  }

  /** A sweep soon, in the background; nudges while one runs make one more after it. */
  nudge(): void {
    if (this.closed) return;
    this.sweep().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'Sweeping notification e-mails failed; the scheduled sweep will retry'),
    );
  }

  /** Queues every due pending delivery; one sweep at a time per process, a request during it runs one more after. */
  sweep(): Promise<DeliverySweepResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      let result: DeliverySweepResult;
      do {
        this.again = false;
        result = await this.sweepOnce();
      } while (this.again && !this.closed);
      return result;
    })();
    this.running = run;
    void run.finally(() => (this.running = null)).catch(() => undefined);
    return run;
  }

  private async sweepOnce(): Promise<DeliverySweepResult> {
    const started = Date.now();
    let queued = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      // Deliveries of every jobcentre: each job carries its delivery's id, and the sender claims the row itself. Rows
      // another sweep holds are skipped; those taken are claimed for QUEUED_LEASE_MS (their next_attempt_at moves
      // on), so the next sweeps leave them to their job, and take them again only if the queue lost it. A sender's
      // claim leases the row in turn (SEND_LEASE_MS), so a delivery being sent is not due either.
      const batch: { id: string; attempts: number }[] = await this.dataSource.query(
        `WITH due AS (
           SELECT id FROM notification_deliveries
            WHERE status = 'pending' AND next_attempt_at <= now() AND id > $1
            ORDER BY id LIMIT $2
              FOR UPDATE SKIP LOCKED
         ), claimed AS (
           UPDATE notification_deliveries d
              SET next_attempt_at = now() + make_interval(secs => $3 / 1000.0)
             FROM due WHERE d.id = due.id
           RETURNING d.id, d.attempts
         )
         -- A SELECT, so the driver returns the rows (a bare UPDATE answers with its rows and a count).
         SELECT id, attempts FROM claimed ORDER BY id`,
        [afterId, BATCH_SIZE, QUEUED_LEASE_MS],
      );
      if (batch.length > 0) {
        const chunks = Array.from({ length: Math.ceil(batch.length / DELIVERIES_PER_JOB) }, (_, index) =>
          batch
            .slice(index * DELIVERIES_PER_JOB, (index + 1) * DELIVERIES_PER_JOB)
            .map(({ id, attempts }) => ({ deliveryId: id, attempt: attempts })),
        );
        await this.queue.addBulk(
          chunks.map((deliveries) => ({
            name: 'deliver',
            data: { deliveries },
            opts: {
              jobId: deliveryJobId(deliveries),
              // A job that cannot reach the database is tried again soon; one that gives up is removed, so a later
              // sweep can queue its deliveries again.
              attempts: 3,
              backoff: { type: 'exponential', delay: 1_000 },
              removeOnComplete: true,
              removeOnFail: true,
            },
          })),
        );
      }
      queued += batch.length;
      if (batch.length < BATCH_SIZE) break;
      afterId = batch[batch.length - 1].id;
    }
    const result = { queued, durationMs: Date.now() - started };
    if (queued > 0) this.logger.debug(result, 'Queued notification e-mails');
    return result;
  }

  /** LISTENs for deliveries that became pending; a lost connection is opened again after a while. */
  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: this.runtime.databaseUrl, application_name: 'jobbro-mail' });
    client.on('notification', () => this.nudge());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${DELIVERIES_DUE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private lost(client: Client, error: Error): void {
    if (this.closed || this.dead.has(client) || (this.listener !== null && this.listener !== client)) return;
    this.dead.add(client);
    this.listener = null;
    client.end().catch(() => undefined);
    this.logger.warn(`Not listening for new notification e-mails (${error.message}); the sweep still finds them`);
    clearTimeout(this.relisten);
    this.relisten = setTimeout(() => {
      // Whatever became due meanwhile is found by this sweep, not only the next scheduled one.
      void this.listen().then(() => this.nudge());
    }, RELISTEN_MS);
    this.relisten.unref();
  }
}
