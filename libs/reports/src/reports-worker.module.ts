import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ReportsModule } from './reports.module';
import { MonthlyFiguresScheduler } from './snapshots/monthly-figures-scheduler.service';
import { MonthlyFiguresProcessor } from './snapshots/monthly-figures.processor';
import { MONTHLY_FIGURES_QUEUE } from './snapshots/monthly-figures.queue';

/** The reports' background half: the monthly computation on the 1st and the leads' notification. */
@Module({
  imports: [ReportsModule, BullModule.registerQueue({ name: MONTHLY_FIGURES_QUEUE })],
  providers: [MonthlyFiguresScheduler, MonthlyFiguresProcessor],
})
export class ReportsWorkerModule {}
