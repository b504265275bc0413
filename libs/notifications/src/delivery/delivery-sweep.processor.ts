import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { assertHandlersCover, dispatch, type CatalogueJob, type JobHandlers } from '@jobbro/platform';
import { DeliveryDispatcher } from './delivery-dispatcher.service';
import { DELIVERY_SWEEP_JOB_NAMES, DELIVERY_SWEEP_QUEUE, type DeliverySweepJobs } from './delivery.queue';

/** Runs the scheduled sweep; one at a time per worker, and one job per interval across all workers. */
@Processor(DELIVERY_SWEEP_QUEUE, { concurrency: 1 })
export class DeliverySweepProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly handlers: JobHandlers<DeliverySweepJobs> = {
    sweep: () => this.dispatcher.sweep(),
  };

  constructor(private readonly dispatcher: DeliveryDispatcher) {
    super();
  }

  onModuleInit(): void {
    assertHandlersCover(DELIVERY_SWEEP_QUEUE, DELIVERY_SWEEP_JOB_NAMES, this.handlers);
  }

  /** A sweep under way finishes while the queues and the database it uses are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: CatalogueJob<DeliverySweepJobs>) {
    return dispatch(DELIVERY_SWEEP_QUEUE, this.handlers, job);
  }
}
