import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '@jobbro/platform';
import type { ActivityRunTrigger } from './activity-run.entity';
import { ActivityService } from './activity.service';
import {
  ACTIVITY_QUEUE,
  ACTIVITY_SCHEDULE,
  ACTIVITY_SCHEDULER_ID,
  type ActivityJobData,
  type ActivityRunSummary,
} from './activity.queue';

/** How often each worker checks that the daily schedule still exists (a wiped queue loses it). */
export const ACTIVITY_WATCHDOG_MS = 5 * 60_000;

/**
 * The daily activity job's schedule and its run across every jobcentre. The schedule lives in the queue, so it
 * survives restarts and yields one job a day however many workers run; a day whose job came due while no worker ran
 * is still in the queue and runs when one starts. Every worker ensures the schedule at start and then now and then,
 * like the duty desk's timer sweep.
 */
@Injectable()
export class ActivityScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActivityScheduler.name);
  private watchdog?: NodeJS.Timeout;

  constructor(
    @InjectQueue(ACTIVITY_QUEUE) private readonly queue: Queue<ActivityJobData, ActivityRunSummary>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activity: ActivityService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedule();
    this.watchdog = setInterval(() => void this.ensureSchedule(), ACTIVITY_WATCHDOG_MS);
    this.watchdog.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.watchdog);
  }

  /** Creates the daily schedule unless the queue has it as it should be; safe from every worker, at any time. */
  async ensureSchedule(): Promise<void> {
    try {
      const current = await this.queue.getJobScheduler(ACTIVITY_SCHEDULER_ID);
      if (current?.pattern === ACTIVITY_SCHEDULE.pattern && current.tz === ACTIVITY_SCHEDULE.tz) return;
      await this.queue.upsertJobScheduler(
        ACTIVITY_SCHEDULER_ID,
        { ...ACTIVITY_SCHEDULE },
        { name: 'recompute', data: { trigger: 'schedule' }, opts: { removeOnComplete: 30, removeOnFail: 30 } },
      );
      this.logger.log(ACTIVITY_SCHEDULE, "Scheduled the daily recomputation of the Code of Care members' activity");
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not check the Code of Care activity schedule; trying again later');
    }
  }

  /**
   * Recomputes every jobcentre with a network, each in its own transaction with its own run row: one jobcentre that
   * fails is logged and the others still run (the job fails at the end, so BullMQ keeps it for a look).
   */
  async recomputeAll(trigger: Exclude<ActivityRunTrigger, 'manual'>): Promise<ActivityRunSummary> {
    const started = Date.now();
    const asOf = this.clock.today();
    // Listing the jobcentres is the one read across tenants; each jobcentre's work goes through its own scope.
    const jobcentres: { jobcentre_id: string }[] = await this.dataSource.query(
      `SELECT jobcentre_id FROM code_of_care_networks
        UNION SELECT jobcentre_id FROM code_of_care_memberships
        ORDER BY jobcentre_id`,
    );
    const summary: ActivityRunSummary = {
      asOf,
      jobcentres: 0,
      failedJobcentres: 0,
      members: 0,
      active: 0,
      turnedActive: 0,
      turnedInactive: 0,
      warningsRaised: 0,
      durationMs: 0,
    };
    for (const { jobcentre_id: jobcentreId } of jobcentres) {
      try {
        const run = await this.activity.recompute(jobcentreId, trigger, asOf);
        summary.jobcentres++;
        summary.members += run.members;
        summary.active += run.active;
        summary.turnedActive += run.turnedActive;
        summary.turnedInactive += run.turnedInactive;
        summary.warningsRaised += run.warningsRaised;
      } catch (error) {
        summary.failedJobcentres++;
        this.logger.error({ err: error, jobcentreId }, "Recomputing a jobcentre's Code of Care activity failed");
      }
    }
    summary.durationMs = Date.now() - started;
    this.logger.log(summary, "Recomputed the Code of Care members' activity");
    if (summary.failedJobcentres > 0) {
      throw new Error(`Recomputing the activity failed for ${summary.failedJobcentres} jobcentre(s); see the log`);
    }
    return summary;
  }
}
