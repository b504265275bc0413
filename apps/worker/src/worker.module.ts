import { DynamicModule, Module } from '@nestjs/common';
import { CodeOfCareWorkerModule } from '@jobbro/code-of-care';
import { ReportsWorkerModule } from '@jobbro/reports';
import { DutyDeskWorkerModule } from '@jobbro/duty-desk';
import { NotificationsWorkerModule } from '@jobbro/notifications';
import { PlatformModule, type JobbroRuntime } from '@jobbro/platform';

/** The background processes: BullMQ processors and their reconcilers, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(runtime: JobbroRuntime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(runtime),
        DutyDeskWorkerModule,
        CodeOfCareWorkerModule,
        ReportsWorkerModule,
        NotificationsWorkerModule,
      ],
    };
  }
}
