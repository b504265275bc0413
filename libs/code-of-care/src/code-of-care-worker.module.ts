import { Module } from '@nestjs/common';
import { CodeOfCareModule } from './code-of-care.module';
import { ActivityScheduler } from './activity/activity-scheduler.service';

/** The Code of Care's background half: the daily activity recomputation and its warnings. */
@Module({
  imports: [CodeOfCareModule],
  providers: [ActivityScheduler],
})
export class CodeOfCareWorkerModule {}
