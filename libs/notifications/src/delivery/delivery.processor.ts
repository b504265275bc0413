import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { assertHandlersCover, dispatch, type CatalogueJob, type JobHandlers } from '@jobbro/platform';
import { DeliverySender } from './delivery-sender.service';
import { DELIVERY_JOB_CONCURRENCY, DELIVERY_JOB_NAMES, DELIVERY_QUEUE, type DeliveryJobs } from './delivery.queue';

/** Sends e-mails, several at once; each job claims its deliveries at their attempts first, so a repeat is harmless. */
@Processor(DELIVERY_QUEUE, { concurrency: DELIVERY_JOB_CONCURRENCY })
export class DeliveryProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly handlers: JobHandlers<DeliveryJobs> = {
    deliver: (job) => this.sender.deliverAll(job.data.deliveries),
  };

  constructor(private readonly sender: DeliverySender) {
    super();
  }

  onModuleInit(): void {
    assertHandlersCover(DELIVERY_QUEUE, DELIVERY_JOB_NAMES, this.handlers);
  }

  /** Sends under way finish while the database and the mail transport are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: CatalogueJob<DeliveryJobs>) {
    return dispatch(DELIVERY_QUEUE, this.handlers, job);
  }
}
