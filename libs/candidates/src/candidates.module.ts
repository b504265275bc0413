import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffMember } from '@jobbro/jobcentres';
import { PrivacyModule } from '@jobbro/privacy';
import { TaxonomyModule } from '@jobbro/taxonomy';
import { Candidate } from './candidate.entity';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { CandidateConsent } from './consents/candidate-consent.entity';
import { CandidateConsultantChange } from './consultants/candidate-consultant-change.entity';
import { CandidateLadder } from './ladder/candidate-ladder';
import { CandidateLadderStep } from './ladder/candidate-ladder-step.entity';
import { CandidateProfileResolver } from './profile/candidate-profile-resolver';
import { CandidateSkill } from './profile/candidate-skill.entity';

/** Jobseekers and their consents, as the jobcentre's staff see them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Candidate,
      CandidateConsent,
      CandidateSkill,
      CandidateLadderStep,
      CandidateConsultantChange,
      StaffMember,
    ]),
    PrivacyModule,
    TaxonomyModule,
  ],
  controllers: [CandidatesController],
  providers: [CandidatesService, CandidateLadder, CandidateProfileResolver],
  exports: [CandidatesService, CandidateLadder, CandidateProfileResolver],
})
export class CandidatesModule {}
