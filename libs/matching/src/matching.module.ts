import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostingsModule } from '@jobbro/postings';
import { TaxonomyModule } from '@jobbro/taxonomy';
import { ShortagePeriod } from './shortage-sectors/shortage-period.entity';
import { ShortageSectorsController } from './shortage-sectors/shortage-sectors.controller';
import { ShortageSectorsService } from './shortage-sectors/shortage-sectors.service';

/**
 * Matching: shortage sectors per period, posting ↔ candidate matches with eligibility and explained scores, the
 * record of every match list shown (EU AI Act), and shortlists sent to employers.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ShortagePeriod]), PostingsModule, TaxonomyModule],
  controllers: [ShortageSectorsController],
  providers: [ShortageSectorsService],
  exports: [ShortageSectorsService],
})
export class MatchingModule {}
