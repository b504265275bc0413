import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ActivityScheduler } from './activity/activity-scheduler.service';
import { ActivityProcessor } from './activity/activity.processor';
import { ACTIVITY_QUEUE } from './activity/activity.queue';
import { CodeOfCareModule } from './code-of-care.module';

/** The Code of Care's background half: the daily activity recomputation and its warnings. */
@Module({
  imports: [CodeOfCareModule, BullModule.registerQueue({ name: ACTIVITY_QUEUE })],
  providers: [ActivityScheduler, ActivityProcessor],
})
export class CodeOfCareWorkerModule {}
