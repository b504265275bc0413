import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Company } from '@jobbro/companies';
import { StaffMember } from '@jobbro/jobcentres';
import { NotificationsModule } from '@jobbro/notifications';
import { IntakeEvent } from './intakes/intake-event.entity';
import { Intake } from './intakes/intake.entity';
import { SlaReconcilerService } from './sla/sla-reconciler.service';
import { SlaSchedulerService } from './sla/sla-scheduler.service';
import { SlaProcessor } from './sla/sla.processor';
import { SLA_QUEUE } from './sla/sla.queue';
import { TimerSweep } from './sla/timer-sweep.entity';
import { TimerSweepProcessor } from './sla/timer-sweep.processor';
import { TIMER_SWEEP_QUEUE } from './sla/timer-sweep.queue';

/** The duty desk's background half: fires reminders and escalations, and sweeps for lost timers. */
@Module({
  imports: [
    NotificationsModule,
    TypeOrmModule.forFeature([Intake, IntakeEvent, TimerSweep, Company, StaffMember]),
    BullModule.registerQueue({ name: SLA_QUEUE }, { name: TIMER_SWEEP_QUEUE }),
  ],
  providers: [SlaProcessor, SlaSchedulerService, SlaReconcilerService, TimerSweepProcessor],
  exports: [SlaReconcilerService],
})
export class DutyDeskWorkerModule {}
