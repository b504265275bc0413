import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { assertHandlersCover, dispatch, type CatalogueJob, type JobHandlers } from '@jobbro/platform';
import { ActivityScheduler } from './activity-scheduler.service';
import { ACTIVITY_JOB_NAMES, ACTIVITY_QUEUE, type ActivityJobs } from './activity.queue';

/** Runs the daily recomputation; one at a time per worker, and one job a day across all workers. */
@Processor(ACTIVITY_QUEUE, { concurrency: 1 })
export class ActivityProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly handlers: JobHandlers<ActivityJobs> = {
    recompute: (job) => this.scheduler.recomputeAll(job.data.trigger ?? 'schedule'),
  };

  constructor(private readonly scheduler: ActivityScheduler) {
    super();
  }

  onModuleInit(): void {
    assertHandlersCover(ACTIVITY_QUEUE, ACTIVITY_JOB_NAMES, this.handlers);
  }

  /** A run under way finishes while the queue and the database it uses are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: CatalogueJob<ActivityJobs>) {
    return dispatch(ACTIVITY_QUEUE, this.handlers, job);
  }
}
