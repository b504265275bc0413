import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PrivacyModule } from '@jobbro/privacy';
import { Candidate } from './candidate.entity';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { CandidateConsent } from './consents/candidate-consent.entity';

/** Jobseekers and their consents, as the jobcentre's staff see them. */
@Module({
  imports: [TypeOrmModule.forFeature([Candidate, CandidateConsent]), PrivacyModule],
  controllers: [CandidatesController],
  providers: [CandidatesService],
  exports: [CandidatesService],
})
export class CandidatesModule {}
