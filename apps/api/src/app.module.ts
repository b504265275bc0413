import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@jobbro/access';
import { CandidatesModule } from '@jobbro/candidates';
import { CodeOfCareModule, CodeOfCareWorkerModule } from '@jobbro/code-of-care';
import { CompaniesModule } from '@jobbro/companies';
import { DutyDeskModule, DutyDeskWorkerModule } from '@jobbro/duty-desk';
import { ImportsModule } from '@jobbro/imports';
import { JobcentresModule } from '@jobbro/jobcentres';
import { MatchingModule } from '@jobbro/matching';
import { NotificationsModule, NotificationsWorkerModule } from '@jobbro/notifications';
import { HealthModule, PlatformModule, runsWorker, type JobbroRuntime } from '@jobbro/platform';
import { PostingsModule } from '@jobbro/postings';
import { PrivacyModule } from '@jobbro/privacy';
import { ReportsModule, ReportsWorkerModule } from '@jobbro/reports';
import { TaxonomyModule } from '@jobbro/taxonomy';
import { DemoSeedService } from './demo/demo-seed.service';
import { DemoController } from './demo/demo.controller';

/** The HTTP API; in the embedded default (`role: all`) the same process also runs the workers. */
@Module({})
export class AppModule {
  static forRoot(runtime: JobbroRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(runtime),
        HealthModule,
        AccessModule,
        JobcentresModule,
        CompaniesModule,
        DutyDeskModule,
        CandidatesModule,
        PrivacyModule,
        TaxonomyModule,
        PostingsModule,
        ImportsModule,
        MatchingModule,
        CodeOfCareModule,
        NotificationsModule,
        ReportsModule,
        ...(runsWorker(runtime)
          ? [DutyDeskWorkerModule, CodeOfCareWorkerModule, ReportsWorkerModule, NotificationsWorkerModule]
          : []),
      ],
      controllers: [DemoController],
      providers: [DemoSeedService],
    };
  }
}
