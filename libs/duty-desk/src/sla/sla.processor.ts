import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Inject,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Company } from '@jobbro/companies';
import { StaffMember } from '@jobbro/jobcentres';
import { NotificationOutbox } from '@jobbro/notifications';
import {
  assertHandlersCover,
  dispatch,
  JOBBRO_RUNTIME,
  type CatalogueJob,
  type JobbroRuntime,
  type JobHandlers,
} from '@jobbro/platform';
import { IntakeEvent } from '../intakes/intake-event.entity';
import { Intake } from '../intakes/intake.entity';
import { breachedNotifications, factsOf, reminderNotification } from '../notifications/intake-notifications';
import { SLA_JOB_NAMES, SLA_QUEUE, type SlaJobData, type SlaJobs } from './sla.queue';

/** Fires the duty desk's timers. Each run re-reads the intake under a row lock: a late or repeated job is harmless. */
@Processor(SLA_QUEUE)
export class SlaProcessor
  extends WorkerHost
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(SlaProcessor.name);
  private readonly handlers: JobHandlers<SlaJobs> = {
    reminder: (job) => this.remind(job.data),
    escalation: (job) => this.escalate(job.data),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
    private readonly outbox: NotificationOutbox,
  ) {
    super();
  }

  onModuleInit(): void {
    assertHandlersCover(SLA_QUEUE, SLA_JOB_NAMES, this.handlers);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.runtime.config.dutyDesk.workerConcurrency;
  }

  /** Timers under way finish while the database is still open; the queue connections close after. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: CatalogueJob<SlaJobs>, token?: string): Promise<void> {
    const dueAt = new Date(job.data.dueAt).getTime();
    if (Date.now() < dueAt) {
      // A timer must never act early (clock drift between processes): put it back until it is due.
      await job.moveToDelayed(dueAt, token);
      throw new DelayedError();
    }
    await dispatch(SLA_QUEUE, this.handlers, job);
  }

  private async remind({ intakeId, jobcentreId }: SlaJobData): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const intake = await manager.findOne(Intake, {
        where: { id: intakeId, jobcentreId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!intake || intake.status !== 'awaiting-contact' || intake.reminderSentAt) {
        return;
      }
      const now = new Date();
      await manager.update(Intake, { id: intake.id }, { reminderSentAt: now });
      await manager.insert(IntakeEvent, {
        jobcentreId,
        intakeId,
        type: 'reminder-sent',
        at: now,
        details: { to: intake.assigneeId, deadlineAt: intake.deadlineAt.toISOString() },
      });
      const company = await manager.findOneByOrFail(Company, { id: intake.companyId, jobcentreId });
      const assignee = intake.assigneeId
        ? await manager.findOneBy(StaffMember, { id: intake.assigneeId, jobcentreId })
        : null;
      await this.outbox.add(manager, reminderNotification(factsOf(intake, company), assignee));
      this.logger.log(
        { intakeId, assigneeId: intake.assigneeId, deadlineAt: intake.deadlineAt },
        'First-contact deadline approaching',
      );
    });
  }

  private async escalate({ intakeId, jobcentreId }: SlaJobData): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const intake = await manager.findOne(Intake, {
        where: { id: intakeId, jobcentreId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!intake || intake.status !== 'awaiting-contact' || intake.breachedAt) {
        return;
      }
      const leads = await manager.find(StaffMember, {
        where: { jobcentreId, role: 'lead', active: true },
        order: { createdAt: 'ASC' },
      });
      const lead = leads[0] ?? null;
      const now = new Date();
      await manager.update(Intake, { id: intake.id }, { breachedAt: now, escalatedToId: lead?.id ?? null });
      await manager.insert(IntakeEvent, {
        jobcentreId,
        intakeId,
        type: 'deadline-breached',
        at: now,
        details: {
          deadlineAt: intake.deadlineAt.toISOString(),
          lateByMs: now.getTime() - intake.deadlineAt.getTime(),
          escalatedToId: lead?.id ?? null,
          escalatedToName: lead?.name ?? null,
        },
      });
      const company = await manager.findOneByOrFail(Company, { id: intake.companyId, jobcentreId });
      const assignee = intake.assigneeId
        ? await manager.findOneBy(StaffMember, { id: intake.assigneeId, jobcentreId })
        : null;
      await this.outbox.add(
        manager,
        breachedNotifications(
          factsOf(intake, company),
          assignee,
          leads.map((each) => each.id),
          now,
        ),
      );
      this.logger.warn(
        { intakeId, assigneeId: intake.assigneeId, escalatedTo: lead?.id },
        'First-contact deadline breached; escalated to the lead',
      );
    });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<SlaJobData> | undefined, error: Error): void {
    this.logger.error({ err: error, jobId: job?.id, attemptsMade: job?.attemptsMade }, 'Duty-desk timer failed');
  }
}
