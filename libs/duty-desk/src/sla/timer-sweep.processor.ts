import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { SlaReconcilerService, type TimerSweepResult } from './sla-reconciler.service';
import { TIMER_SWEEP_QUEUE, type TimerSweepJobData, type TimerSweepJobName } from './timer-sweep.queue';

/** Runs the scheduled sweep; one at a time per worker, and one job per interval across all workers. */
@Processor(TIMER_SWEEP_QUEUE, { concurrency: 1 })
export class TimerSweepProcessor extends WorkerHost implements BeforeApplicationShutdown {
  constructor(private readonly reconciler: SlaReconcilerService) {
    super();
  }

  /** A sweep under way finishes while the queues and the database it uses are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(_job: Job<TimerSweepJobData, TimerSweepResult, TimerSweepJobName>): Promise<TimerSweepResult> {
    return this.reconciler.sweep();
  }
}
