import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IntakeEvent } from './intakes/intake-event.entity';
import { Intake } from './intakes/intake.entity';
import { SlaReconcilerService } from './sla/sla-reconciler.service';
import { SlaSchedulerService } from './sla/sla-scheduler.service';
import { SlaProcessor } from './sla/sla.processor';
import { SLA_QUEUE } from './sla/sla.queue';

/** The duty desk's background half: fires reminders and escalations, and restores lost timers at start. */
@Module({
  imports: [TypeOrmModule.forFeature([Intake, IntakeEvent]), BullModule.registerQueue({ name: SLA_QUEUE })],
  providers: [SlaProcessor, SlaSchedulerService, SlaReconcilerService],
  exports: [SlaReconcilerService],
})
export class DutyDeskWorkerModule {}
