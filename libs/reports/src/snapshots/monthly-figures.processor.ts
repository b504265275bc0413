import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { assertHandlersCover, dispatch, type CatalogueJob, type JobHandlers } from '@jobbro/platform';
import { MonthlyFiguresScheduler } from './monthly-figures-scheduler.service';
import { MONTHLY_FIGURES_JOB_NAMES, MONTHLY_FIGURES_QUEUE, type MonthlyFiguresJobs } from './monthly-figures.queue';

/** Runs the monthly computation; one at a time per worker, and one job a month across all workers. */
@Processor(MONTHLY_FIGURES_QUEUE, { concurrency: 1 })
export class MonthlyFiguresProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly handlers: JobHandlers<MonthlyFiguresJobs> = {
    'compute-past-month': (job) => this.scheduler.computeAll(job.data.month),
  };

  constructor(private readonly scheduler: MonthlyFiguresScheduler) {
    super();
  }

  onModuleInit(): void {
    assertHandlersCover(MONTHLY_FIGURES_QUEUE, MONTHLY_FIGURES_JOB_NAMES, this.handlers);
  }

  /** A run under way finishes while the queue and the database it uses are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: CatalogueJob<MonthlyFiguresJobs>) {
    return dispatch(MONTHLY_FIGURES_QUEUE, this.handlers, job);
  }
}
