import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { EDUCATION_LEVELS, TARGET_GROUPS } from './profile/target-groups';

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

  @ApiProperty({ type: [String], example: ['8344.1'], description: 'ESCO occupation codes' })
  desiredOccupations: string[];

  @ApiProperty()
  willingToChangeSector: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'Skånehensyn; staff only, never shown to employers' })
  accommodations: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The responsible consultant' })
  consultantId: string | null;

  @ApiProperty({ type: [String], example: ['truckcertifikat', 'lager'] })
  skills: string[];

  @ApiProperty({ type: [String], example: ['lager og logistik'] })
  desiredSectors: string[];

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

export class CandidatePageResponse extends PageResponse(CandidateResponse, 'CandidatePageResponse') {}
