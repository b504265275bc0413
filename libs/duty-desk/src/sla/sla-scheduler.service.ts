import { InjectQueue } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { GroupCommit, isServiceUnavailable, withTimeout } from '@jobbro/platform';
import { SLA_QUEUE, slaJobId, type SlaJobData, type SlaJobName } from './sla.queue';
import { timersFor, type SlaTimerJob, type SlaTimerState } from './sla-timers';

const MAX_INTAKES_PER_ADD = 250;
/** How long a consultant's request waits for the queue to remove timers that are no longer needed. */
const CANCEL_WAIT_MS = 1_000;

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
    this.batcher = new GroupCommit<SlaTimerJob[]>(
      async (jobsPerIntake) => {
        await this.queue.addBulk(jobsPerIntake.flat());
        return jobsPerIntake.map((): void => undefined);
      },
      { maxBatch: MAX_INTAKES_PER_ADD, mayBeCausedByAnItem: (error) => !isServiceUnavailable(error) },
    );
  }

  /** Adds the timers the intakes still need. Returns how many were asked for (existing ids are kept as they are). */
  async schedule(intakes: SlaTimerState[], now = Date.now()): Promise<number> {
    return this.add(intakes.map((intake) => timersFor(intake, now)));
  }

  /** Adds timer jobs, one list per intake, in shared addBulk calls; a job whose id the queue holds stays as it is. */
  async add(timersPerIntake: SlaTimerJob[][]): Promise<number> {
    const perIntake = timersPerIntake.filter((jobs) => jobs.length > 0);
    await Promise.all(perIntake.map((jobs) => this.batcher.submit(jobs)));
    return perIntake.reduce((count, jobs) => count + jobs.length, 0);
  }

  /**
   * Adds a committed intake's timers without making its request wait for the queue. The intake row is what counts:
   * if the process dies before the add, the workers' sweep re-creates the timers within its interval, and a timer
   * that fires after the intake moved on does nothing. Failures are logged, not thrown, for the same reason.
   */
  scheduleInBackground(intake: SlaTimerState): void {
    const added = this.schedule([intake]).then(
      () => undefined,
      (error: unknown) => {
        this.logger.error(
          { err: error, intakeId: intake.id },
          'Could not schedule duty-desk timers; the sweep will re-create them',
        );
      },
    );
    this.inBackground.set(intake.id, added);
    void added.finally(() => this.inBackground.delete(intake.id));
  }

  /** Timers still on their way go into the queue before it closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.inBackground.values());
  }

  /**
   * Removes an intake's pending timers once the company has been reached. A timer left behind is harmless (its
   * processor sees the intake was contacted and does nothing), so a queue that does not answer within a moment
   * never holds up the consultant's request.
   */
  async cancel(intakeId: string): Promise<void> {
    const removal = (async () => {
      // Otherwise an add still on its way would land after the removal and leave the timers behind.
      await this.inBackground.get(intakeId);
      await Promise.all([
        this.queue.remove(slaJobId('reminder', intakeId)),
        this.queue.remove(slaJobId('escalation', intakeId)),
      ]);
    })();
    try {
      await withTimeout(removal, CANCEL_WAIT_MS);
    } catch (error) {
      this.logger.warn({ err: error, intakeId }, 'Could not remove duty-desk timers; they will fire and do nothing');
    }
  }
}
