import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { EDUCATION_LEVELS, TARGET_GROUPS } from './profile/target-groups';

export class CandidateSkillResponse {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/9a2b8ad4-7d7e-4ea0-8b9a-41a0a4b8b1a4' })
  uri: string;

  @ApiProperty({ example: 'truckcertifikat', description: 'Danish label, English where there is none' })
  label: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  level: number;
}

export class CodeLabelResponse {
  @ApiProperty({ example: '8344.1' })
  code: string;

  @ApiProperty({ example: 'gaffeltruckfører' })
  label: string;
}

/** A jobseeker as the staff of their jobcentre see them. Personal data: every read is in the audit log. */
export class CandidateResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofie Hansen' })
  name: string;

  @ApiProperty({ nullable: true, type: String, example: 'sofie@example.dk' })
  email: string | null;

  @ApiProperty({ nullable: true, type: String, example: '+45 20 30 40 50' })
  phone: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The id in the system the candidate was imported from' })
  externalId: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date', example: '1990-04-12' })
  birthDate: string | null;

  @ApiProperty({ nullable: true, enum: TARGET_GROUPS, description: 'Ydelsesgruppe' })
  targetGroup: (typeof TARGET_GROUPS)[number] | null;

  @ApiProperty({ nullable: true, enum: EDUCATION_LEVELS })
  educationLevel: (typeof EDUCATION_LEVELS)[number] | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lagerassistent (EUD)' })
  education: string | null;

  @ApiProperty({ nullable: true, type: String, example: '8722' })
  postcode: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 25, description: 'How far the candidate will travel' })
  travelReachKm: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 36, description: 'Whole years today, from birthDate' })
  age: number | null;

  @ApiProperty({ type: [CodeLabelResponse], description: 'ESCO occupations the candidate wants' })
  desiredOccupations: CodeLabelResponse[];

  @ApiProperty()
  willingToChangeSector: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'Skånehensyn; staff only, never shown to employers' })
  accommodations: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The responsible consultant' })
  consultantId: string | null;

  @ApiProperty({ type: [CandidateSkillResponse], description: 'ESCO skills with a level, highest level first' })
  skills: CandidateSkillResponse[];

  @ApiProperty({ type: [CodeLabelResponse], description: 'Sectors the candidate wants' })
  desiredSectors: CodeLabelResponse[];

  @ApiProperty({ type: 'integer', nullable: true, example: 15 })
  hoursPerWeek: number | null;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'Beskæftigelsestrappen, 1 to 5' })
  ladderStep: number;

  @ApiProperty({ nullable: true, type: String, description: 'For the jobcentre only; never shown to employers' })
  notes: string | null;

  @ApiProperty({ type: [String], description: 'Companies the candidate consented to be identified to' })
  consentedCompanyIds: string[];

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: 'integer' })
  version: number;
}

/** One step of the candidate's way on beskæftigelsestrappen. */
export class CandidateLadderStepResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  step: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Null for the step the candidate was registered on' })
  previousStep: number | null;

  @ApiProperty({ example: 'registered' })
  reason: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The placement that moved the candidate' })
  placementId: string | null;

  @ApiProperty()
  changedAt: Date;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The staff member; null for the system' })
  changedById: string | null;
}

/** One change of the consultant responsible for the candidate (the first assignment included). */
export class CandidateConsultantChangeResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  fromConsultantId: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  toConsultantId: string | null;

  @ApiProperty({ nullable: true, type: String })
  reason: string | null;

  @ApiProperty()
  changedAt: Date;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  changedById: string | null;
}

export class CandidatePageResponse extends PageResponse(CandidateResponse, 'CandidatePageResponse') {}
