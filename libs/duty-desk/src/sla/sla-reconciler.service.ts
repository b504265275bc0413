import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JobType, Queue } from 'bullmq';
import { MoreThan, Repository } from 'typeorm';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import { Intake } from '../intakes/intake.entity';
import { SlaSchedulerService } from './sla-scheduler.service';
import { SLA_QUEUE, type SlaJobData, type SlaJobName } from './sla.queue';
import { planTimerRepairs } from './sla-timers';
import { TimerSweep } from './timer-sweep.entity';
import {
  TIMER_SWEEP_QUEUE,
  TIMER_SWEEP_SCHEDULER_ID,
  type TimerSweepJobData,
  type TimerSweepResult,
} from './timer-sweep.queue';

const BATCH_SIZE = 1_000;
/** States in which a timer job will still fire. */
const PENDING: JobType[] = ['delayed', 'waiting', 'prioritized', 'active', 'waiting-children'];
/** An intake's timers are added right after its response; a sweep does not count one received this recently. */
const GRACE_MS = 10_000;

/**
 * The database is the source of truth for timers. At worker start, and then every DUTY_DESK_TIMER_SWEEP_INTERVAL
 * through a repeatable job, the sweep compares the open intakes with the queue and re-creates every timer the queue
 * lost (a crash between commit and enqueue, an API killed mid-request, a Redis restarted empty), then records what
 * it found for /health. Each worker also checks that the schedule itself exists, since a wiped queue loses it too.
 */
@Injectable()
export class SlaReconcilerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SlaReconcilerService.name);
  private watchdog?: NodeJS.Timeout;

  constructor(
    @InjectRepository(Intake) private readonly intakes: Repository<Intake>,
    @InjectRepository(TimerSweep) private readonly sweeps: Repository<TimerSweep>,
    @InjectQueue(SLA_QUEUE) private readonly slaQueue: Queue<SlaJobData, void, SlaJobName>,
    @InjectQueue(TIMER_SWEEP_QUEUE) private readonly sweepQueue: Queue<TimerSweepJobData, TimerSweepResult>,
    private readonly scheduler: SlaSchedulerService,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.sweep();
    } catch (error) {
      this.logger.error({ err: error }, 'Sweeping duty-desk timers at start failed; the scheduled sweep will retry');
    }
    await this.ensureSchedule();
    const interval = this.runtime.config.dutyDesk.timerSweepIntervalMs;
    this.watchdog = setInterval(() => void this.ensureSchedule(), interval);
    this.watchdog.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.watchdog);
  }

  /** Creates the repeatable sweep unless the queue has it; safe to call from every worker, as often as it likes. */
  async ensureSchedule(): Promise<void> {
    try {
      if (await this.sweepQueue.getJobScheduler(TIMER_SWEEP_SCHEDULER_ID)) return;
      await this.sweepQueue.upsertJobScheduler(
        TIMER_SWEEP_SCHEDULER_ID,
        { every: this.runtime.config.dutyDesk.timerSweepIntervalMs },
        { name: 'sweep', data: {}, opts: { removeOnComplete: true, removeOnFail: 50 } },
      );
      this.logger.log(
        { everyMs: this.runtime.config.dutyDesk.timerSweepIntervalMs },
        'Scheduled the duty-desk timer sweep',
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not check the duty-desk timer sweep schedule; trying again later');
    }
  }

  /** Re-creates the missing timers of every open intake, in id order, and records what it found. */
  async sweep(now = Date.now()): Promise<TimerSweepResult> {
    const started = Date.now();
    // The queue first: a timer that fires after this read left state the database read below already shows.
    const [pending, failed] = await Promise.all([
      this.slaQueue.getRanges(PENDING, 0, -1),
      this.slaQueue.getRanges(['failed'], 0, -1),
    ]);
    const pendingIds = new Set(pending);
    const failedIds = new Set(failed);
    const result: TimerSweepResult = {
      sweptAt: new Date(),
      openIntakes: 0,
      intakesWithoutTimers: 0,
      timersRecreated: 0,
      durationMs: 0,
    };
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.intakes.find({
        select: {
          id: true,
          jobcentreId: true,
          status: true,
          receivedAt: true,
          reminderAt: true,
          deadlineAt: true,
          reminderSentAt: true,
          breachedAt: true,
        },
        where: { status: 'awaiting-contact', id: MoreThan(afterId) },
        order: { id: 'ASC' },
        take: BATCH_SIZE,
      });
      if (batch.length === 0) break;
      const repairs = planTimerRepairs(batch, pendingIds, failedIds, now, GRACE_MS);
      await Promise.all(repairs.failedToRemove.map((jobId) => this.slaQueue.remove(jobId)));
      result.timersRecreated += await this.scheduler.add(repairs.toAdd);
      result.intakesWithoutTimers += repairs.intakesWithoutTimers;
      result.openIntakes += batch.length;
      afterId = batch[batch.length - 1].id;
    }
    result.durationMs = Date.now() - started;
    await this.sweeps.upsert({ id: 1, ...result }, ['id']);
    if (result.intakesWithoutTimers > 0) {
      this.logger.warn(result, 'Open intakes had lost their duty-desk timers; the sweep re-created them');
    } else {
      this.logger.debug(result, 'Duty-desk timers swept');
    }
    return result;
  }
}
