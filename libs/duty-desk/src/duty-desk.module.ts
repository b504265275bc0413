import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@jobbro/notifications';
import { CompaniesModule } from '@jobbro/companies';
import { JobcentresModule } from '@jobbro/jobcentres';
import { EmployerIntakesController } from './employer/employer-intakes.controller';
import { IntakeEvent } from './intakes/intake-event.entity';
import { Intake } from './intakes/intake.entity';
import { IntakesController } from './intakes/intakes.controller';
import { IntakesService } from './intakes/intakes.service';
import { IntakeWriter } from './intakes/intake-writer';
import { IntakeChangeHub } from './live/intake-change-hub';
import { DutyDeskOverviewController } from './overview/duty-desk-overview.controller';
import { DutyDeskOverviewService } from './overview/duty-desk-overview.service';
import { DutyPeriod } from './roster/duty-period.entity';
import { DutyRosterController } from './roster/duty-roster.controller';
import { DutyRosterService } from './roster/duty-roster.service';
import { DutyDeskSettings } from './settings/duty-desk-settings.entity';
import { DutyDeskSettingsController } from './settings/duty-desk-settings.controller';
import { DutyDeskSettingsService } from './settings/duty-desk-settings.service';
import { SlaSchedulerService } from './sla/sla-scheduler.service';
import { SLA_QUEUE } from './sla/sla.queue';
import { TimerHealth } from './sla/timer-health';
import { TimerSweep } from './sla/timer-sweep.entity';

/** The duty desk (virksomhedsvagt): intakes, the duty roster and the first-contact policy, over HTTP. */
@Module({
  imports: [
    NotificationsModule,
    TypeOrmModule.forFeature([Intake, IntakeEvent, DutyPeriod, DutyDeskSettings, TimerSweep]),
    BullModule.registerQueue({ name: SLA_QUEUE, streams: { events: { maxLen: 100 } } }),
    CompaniesModule,
    JobcentresModule,
  ],
  controllers: [
    IntakesController,
    EmployerIntakesController,
    DutyRosterController,
    DutyDeskSettingsController,
    DutyDeskOverviewController,
  ],
  providers: [
    IntakesService,
    IntakeWriter,
    IntakeChangeHub,
    DutyDeskOverviewService,
    DutyRosterService,
    DutyDeskSettingsService,
    SlaSchedulerService,
    TimerHealth,
  ],
  exports: [IntakesService, DutyRosterService, DutyDeskSettingsService, SlaSchedulerService],
})
export class DutyDeskModule {}
