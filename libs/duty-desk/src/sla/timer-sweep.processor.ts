import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { assertHandlersCover, dispatch, type CatalogueJob, type JobHandlers } from '@jobbro/platform';
import { SlaReconcilerService } from './sla-reconciler.service';
import { TIMER_SWEEP_JOB_NAMES, TIMER_SWEEP_QUEUE, type TimerSweepJobs } from './timer-sweep.queue';

/** Runs the scheduled sweep; one at a time per worker, and one job per interval across all workers. */
@Processor(TIMER_SWEEP_QUEUE, { concurrency: 1 })
export class TimerSweepProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly handlers: JobHandlers<TimerSweepJobs> = {
    sweep: () => this.reconciler.sweep(),
  };

  constructor(private readonly reconciler: SlaReconcilerService) {
    super();
  }

  onModuleInit(): void {
    assertHandlersCover(TIMER_SWEEP_QUEUE, TIMER_SWEEP_JOB_NAMES, this.handlers);
  }

  /** A sweep under way finishes while the queues and the database it uses are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: CatalogueJob<TimerSweepJobs>) {
    return dispatch(TIMER_SWEEP_QUEUE, this.handlers, job);
  }
}
