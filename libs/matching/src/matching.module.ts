import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

/**
 * Matching: shortage sectors per period, posting ↔ candidate matches with eligibility and explained scores, the
 * record of every match list shown (EU AI Act), and shortlists sent to employers.
 */
@Module({
  imports: [TypeOrmModule.forFeature([])],
  controllers: [],
  providers: [],
  exports: [],
})
export class MatchingModule {}
