import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@jobbro/candidates';
import { CompaniesModule } from '@jobbro/companies';
import { JobcentresModule } from '@jobbro/jobcentres';
import { DutyDeskModule } from '@jobbro/duty-desk';
import { PrivacyModule } from '@jobbro/privacy';
import { TaxonomyModule } from '@jobbro/taxonomy';
import { Placement } from './placements/placement.entity';
import { PlacementsController } from './placements/placements.controller';
import { PlacementsService } from './placements/placements.service';
import { IntakePostingController } from './postings/intake-posting.controller';
import { Posting } from './postings/posting.entity';
import { PostingsController } from './postings/postings.controller';
import { PostingsService } from './postings/postings.service';
import { PublicPostingsController } from './public/public-postings.controller';
import { PostingSettings } from './settings/posting-settings.entity';
import { PostingSettingsController } from './settings/posting-settings.controller';
import { PostingSettingsService } from './settings/posting-settings.service';

/** Postings companies offer through the jobcentre, and the placements of candidates in them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Posting, Placement, PostingSettings]),
    CandidatesModule,
    CompaniesModule,
    DutyDeskModule,
    JobcentresModule,
    PrivacyModule,
    TaxonomyModule,
  ],
  controllers: [
    PostingsController,
    IntakePostingController,
    PlacementsController,
    PostingSettingsController,
    PublicPostingsController,
  ],
  providers: [PostingsService, PostingSettingsService, PlacementsService],
  exports: [PostingsService, PostingSettingsService, PlacementsService],
})
export class PostingsModule {}
