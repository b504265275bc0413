import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { Intake } from '../intakes/intake.entity';
import { SlaSchedulerService } from './sla-scheduler.service';

const BATCH_SIZE = 1_000;

/**
 * The database is the source of truth for timers: at worker start every intake still awaiting contact gets its
 * reminder and escalation jobs back if the queue lost them (a crash between commit and enqueue, a wiped Redis).
 */
@Injectable()
export class SlaReconcilerService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SlaReconcilerService.name);

  constructor(
    @InjectRepository(Intake) private readonly intakes: Repository<Intake>,
    private readonly scheduler: SlaSchedulerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.reconcile();
    } catch (error) {
      this.logger.error({ err: error }, 'Reconciling duty-desk timers failed');
    }
  }

  /** Re-creates missing timers for every open intake, in id order; returns how many intakes were checked. */
  async reconcile(): Promise<number> {
    let checked = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.intakes.find({
        select: { id: true, jobcentreId: true, status: true, reminderAt: true, deadlineAt: true, reminderSentAt: true, breachedAt: true },
        where: { status: 'awaiting-contact', id: MoreThan(afterId) },
        order: { id: 'ASC' },
        take: BATCH_SIZE,
      });
      if (batch.length === 0) break;
      await this.scheduler.schedule(batch);
      checked += batch.length;
      afterId = batch[batch.length - 1].id;
    }
    this.logger.log({ openIntakes: checked }, 'Duty-desk timers reconciled');
    return checked;
  }
}
