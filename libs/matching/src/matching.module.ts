import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@jobbro/candidates';
import { DutyDeskModule } from '@jobbro/duty-desk';
import { NotificationsModule } from '@jobbro/notifications';
import { PostingsModule } from '@jobbro/postings';
import { PrivacyModule } from '@jobbro/privacy';
import { TaxonomyModule } from '@jobbro/taxonomy';
import { MatchEngine } from './engine/match-engine';
import { MatchContextService } from './matches/match-context.service';
import { MatchRun } from './matches/match-run.entity';
import { MatchesController } from './matches/matches.controller';
import { MatchesService } from './matches/matches.service';
import { JobcentrePartner } from './partners/jobcentre-partner.entity';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { MatchRunsController } from './runs/runs.controller';
import { MatchRunsService } from './runs/runs.service';
import { ShortagePeriod } from './shortage-sectors/shortage-period.entity';
import { ShortageSectorsController } from './shortage-sectors/shortage-sectors.controller';
import { ShortageSectorsService } from './shortage-sectors/shortage-sectors.service';
import { EmployerShortlistsController } from './shortlists/employer-shortlists.controller';
import { ShortlistEntry } from './shortlists/shortlist-entry.entity';
import { Shortlist } from './shortlists/shortlist.entity';
import { ShortlistsController } from './shortlists/shortlists.controller';
import { ShortlistsService } from './shortlists/shortlists.service';
import { MatchWeightVersion } from './weights/match-weight-version.entity';
import { MatchWeightsController } from './weights/match-weights.controller';
import { MatchWeightsService } from './weights/match-weights.service';

/**
 * Matching: shortage sectors per period, posting ↔ candidate matches with eligibility and explained scores, the
 * record of every match list shown (EU AI Act), and shortlists sent to employers.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MatchRun,
      MatchWeightVersion,
      JobcentrePartner,
      ShortagePeriod,
      Shortlist,
      ShortlistEntry,
    ]),
    CandidatesModule,
    DutyDeskModule,
    NotificationsModule,
    PostingsModule,
    PrivacyModule,
    TaxonomyModule,
  ],
  controllers: [
    MatchesController,
    MatchWeightsController,
    PartnersController,
    MatchRunsController,
    ShortageSectorsController,
    ShortlistsController,
    EmployerShortlistsController,
  ],
  providers: [
    MatchEngine,
    MatchContextService,
    MatchesService,
    MatchWeightsService,
    PartnersService,
    MatchRunsService,
    ShortageSectorsService,
    ShortlistsService,
  ],
  exports: [
    MatchEngine,
    MatchesService,
    MatchWeightsService,
    PartnersService,
    ShortageSectorsService,
    ShortlistsService,
  ],
})
export class MatchingModule {}
