import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@jobbro/candidates';
import { DutyDeskModule } from '@jobbro/duty-desk';
import { PrivacyModule } from '@jobbro/privacy';
import { TaxonomyModule } from '@jobbro/taxonomy';
import { EmployerShortlistsController } from './shortlists/employer-shortlists.controller';
import { ShortlistEntry } from './shortlists/shortlist-entry.entity';
import { Shortlist } from './shortlists/shortlist.entity';
import { ShortlistsController } from './shortlists/shortlists.controller';
import { ShortlistsService } from './shortlists/shortlists.service';

/**
 * Matching: shortage sectors per period, posting ↔ candidate matches with eligibility and explained scores, the
 * record of every match list shown (EU AI Act), and shortlists sent to employers.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Shortlist, ShortlistEntry]),
    CandidatesModule,
    DutyDeskModule,
    PrivacyModule,
    TaxonomyModule,
  ],
  controllers: [ShortlistsController, EmployerShortlistsController],
  providers: [ShortlistsService],
  exports: [ShortlistsService],
})
export class MatchingModule {}
