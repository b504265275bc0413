import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '@jobbro/platform';
import { previousMonth } from '../monthly/month';
import { MonthlySnapshotsService } from './monthly-snapshots.service';
import {
  MONTHLY_FIGURES_QUEUE,
  MONTHLY_FIGURES_SCHEDULE,
  MONTHLY_FIGURES_SCHEDULER_ID,
  type MonthlyFiguresJobData,
  type MonthlyFiguresRunSummary,
} from './monthly-figures.queue';

/** How often each worker checks that the monthly schedule still exists (a wiped queue loses it). */
export const MONTHLY_FIGURES_WATCHDOG_MS = 5 * 60_000;

/**
 * The monthly figures' schedule and its run across every jobcentre. The schedule lives in the queue, so it survives
 * restarts and yields one job a month however many workers run; a 1st whose job came due while no worker ran is
 * still in the queue and runs when one starts. Each jobcentre's snapshot and its leads' notification are written in
 * one transaction, and a jobcentre whose scheduled snapshot of the month exists is skipped, so a retried job neither
 * computes nor notifies twice.
 */
@Injectable()
export class MonthlyFiguresScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MonthlyFiguresScheduler.name);
  private watchdog?: NodeJS.Timeout;

  constructor(
    @InjectQueue(MONTHLY_FIGURES_QUEUE) private readonly queue: Queue<MonthlyFiguresJobData, MonthlyFiguresRunSummary>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: MonthlySnapshotsService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedule();
    this.watchdog = setInterval(() => void this.ensureSchedule(), MONTHLY_FIGURES_WATCHDOG_MS);
    this.watchdog.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.watchdog);
  }

  /** Creates the monthly schedule unless the queue has it as it should be; safe from every worker, at any time. */
  async ensureSchedule(): Promise<void> {
    try {
      const current = await this.queue.getJobScheduler(MONTHLY_FIGURES_SCHEDULER_ID);
      if (current?.pattern === MONTHLY_FIGURES_SCHEDULE.pattern && current.tz === MONTHLY_FIGURES_SCHEDULE.tz) return;
      await this.queue.upsertJobScheduler(
        MONTHLY_FIGURES_SCHEDULER_ID,
        { ...MONTHLY_FIGURES_SCHEDULE },
        { name: 'compute-past-month', data: {}, opts: { removeOnComplete: 24, removeOnFail: 24 } },
      );
      this.logger.log(MONTHLY_FIGURES_SCHEDULE, "Scheduled the monthly computation of the jobcentres' figures");
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not check the monthly figures schedule; trying again later');
    }
  }

  /**
   * Computes `month` (by default the month before today, in Denmark) for every jobcentre, each in its own
   * transaction: one that fails is logged and the others still run (the job fails at the end, so BullMQ retries it and
   * the jobcentres already done are skipped).
   */
  async computeAll(month: string = previousMonth(this.clock.now())): Promise<MonthlyFiguresRunSummary> {
    const started = Date.now();
    // Listing the jobcentres is the one read across tenants; each jobcentre's work goes through its own scope.
    const jobcentres: { id: string }[] = await this.dataSource.query('SELECT id FROM jobcentres ORDER BY id');
    const summary: MonthlyFiguresRunSummary = {
      month,
      jobcentres: jobcentres.length,
      computed: 0,
      alreadyComputed: 0,
      failed: 0,
      durationMs: 0,
    };
    for (const { id: jobcentreId } of jobcentres) {
      try {
        const snapshot = await this.snapshots.computeScheduled(jobcentreId, month);
        if (snapshot) summary.computed++;
        else summary.alreadyComputed++;
      } catch (error) {
        summary.failed++;
        this.logger.error({ err: error, jobcentreId, month }, "Computing a jobcentre's monthly figures failed");
      }
    }
    summary.durationMs = Date.now() - started;
    this.logger.log(summary, "Computed the jobcentres' monthly figures");
    if (summary.failed > 0) {
      throw new Error(`Computing the monthly figures failed for ${summary.failed} jobcentre(s); see the log`);
    }
    return summary;
  }
}
