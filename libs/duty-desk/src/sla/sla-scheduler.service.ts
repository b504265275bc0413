import { InjectQueue } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { GroupCommit, isServiceUnavailable } from '@jobbro/platform';
import type { Intake } from '../intakes/intake.entity';
import { SLA_QUEUE, slaJobId, type SlaJobData, type SlaJobName } from './sla.queue';

export type SlaTimerState = Pick<Intake, 'id' | 'jobcentreId' | 'status' | 'reminderAt' | 'deadlineAt' | 'reminderSentAt' | 'breachedAt'>;

type SlaTimerJob = { name: SlaJobName; data: SlaJobData; opts: JobsOptions };

const MAX_INTAKES_PER_ADD = 250;

const JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  // Finished timers are removed so the deterministic id can never shadow a timer that must be re-created.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Turns committed intake state into the queue jobs it needs; safe to call again for the same intakes. */
@Injectable()
export class SlaSchedulerService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SlaSchedulerService.name);
  /** Background adds still under way, by intake. */
  private readonly inBackground = new Map<string, Promise<void>>();

  /**
   * Timers asked for while an add is under way wait and go together in the next addBulk: one round trip, and one
   * share of addBulk's fixed cost (a few milliseconds on the PostgreSQL backend), for many intakes.
   */
  private readonly batcher: GroupCommit<SlaTimerJob[]>;

  constructor(@InjectQueue(SLA_QUEUE) private readonly queue: Queue<SlaJobData, void, SlaJobName>) {
    this.batcher = new GroupCommit<SlaTimerJob[]>(async (jobsPerIntake) => {
      await this.queue.addBulk(jobsPerIntake.flat());
      return jobsPerIntake.map((): void => undefined);
    }, { maxBatch: MAX_INTAKES_PER_ADD, mayBeCausedByAnItem: (error) => !isServiceUnavailable(error) });
  }

  /** Adds the timers the intakes still need. Returns how many were asked for (existing ids are kept as they are). */
  async schedule(intakes: SlaTimerState[], now = Date.now()): Promise<number> {
    const perIntake = intakes.map((intake) => timersFor(intake, now)).filter((jobs) => jobs.length > 0);
    await Promise.all(perIntake.map((jobs) => this.batcher.submit(jobs)));
    return perIntake.reduce((count, jobs) => count + jobs.length, 0);
  }

  /**
   * Adds a committed intake's timers without making its request wait for the queue. The intake row is what counts:
   * if the process dies before the add, the reconciler re-creates the timers at the next start, and a timer that
   * fires after the intake moved on does nothing. Failures are logged, not thrown, for the same reason.
   */
  scheduleInBackground(intake: SlaTimerState): void {
    const added = this.schedule([intake]).then(
      () => undefined,
      (error: unknown) => {
        this.logger.error({ err: error, intakeId: intake.id }, 'Could not schedule duty-desk timers; the reconciler will retry');
      },
    );
    this.inBackground.set(intake.id, added);
    void added.finally(() => this.inBackground.delete(intake.id));
  }

  /** Timers still on their way go into the queue before it closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.inBackground.values());
  }

  /** Removes an intake's pending timers once the company has been reached. */
  async cancel(intakeId: string): Promise<void> {
    // Otherwise an add still on its way would land after the removal and leave the timers behind.
    await this.inBackground.get(intakeId);
    try {
      await Promise.all([this.queue.remove(slaJobId('reminder', intakeId)), this.queue.remove(slaJobId('escalation', intakeId))]);
    } catch (error) {
      // A timer left behind is harmless: its processor sees the intake was contacted and does nothing.
      this.logger.warn({ err: error, intakeId }, 'Could not remove duty-desk timers');
    }
  }
}

function timersFor(intake: SlaTimerState, now: number): SlaTimerJob[] {
  if (intake.status !== 'awaiting-contact') {
    return [];
  }
  const timers: { name: SlaJobName; dueAt: Date }[] = [];
  if (!intake.reminderSentAt && intake.reminderAt.getTime() < intake.deadlineAt.getTime()) {
    timers.push({ name: 'reminder', dueAt: intake.reminderAt });
  }
  if (!intake.breachedAt) {
    timers.push({ name: 'escalation', dueAt: intake.deadlineAt });
  }
  return timers.map(({ name, dueAt }) => ({
    name,
    data: { intakeId: intake.id, jobcentreId: intake.jobcentreId, dueAt: dueAt.toISOString() },
    opts: { ...JOB_OPTIONS, jobId: slaJobId(name, intake.id), delay: Math.max(0, dueAt.getTime() - now) },
  }));
}
