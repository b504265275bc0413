import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { DISTANCE_BANDS, type DistanceBand } from './distance-band';
import { SHORTLIST_ANSWERS, type ShortlistAnswer } from './shortlist-entry.entity';
import { SHORTLIST_STATUSES, type ShortlistStatus } from './shortlist.entity';

export class ShortlistCompanyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Juelsminde Byg & Anlæg ApS' })
  name: string;
}

export class ShortlistPostingResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Lagermedarbejder, 10 timer om ugen' })
  title: string;
}

export class ShortlistAnswerResponse {
  @ApiProperty({ enum: SHORTLIST_ANSWERS })
  answer: ShortlistAnswer;

  @ApiProperty({ type: String, nullable: true, example: 'Vi vil gerne møde kandidaten' })
  comment: string | null;

  @ApiProperty()
  answeredAt: Date;

  @ApiProperty({ type: String, nullable: true, description: 'The employer user who answered, by name' })
  answeredBy: string | null;
}

export class ShortlistCandidateResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofie Hansen' })
  name: string;
}

/** An entry as the jobcentre sees it: who, from which match list, and the company's answer. */
export class ShortlistEntryResponse {
  @ApiProperty({ type: ShortlistCandidateResponse })
  candidate: ShortlistCandidateResponse;

  @ApiProperty({ type: 'integer', minimum: 1 })
  position: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  matchRunId: string | null;

  @ApiProperty()
  includedAnyway: boolean;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ example: 'K-7QX3MZ', description: "The company's pseudonymous reference for the candidate" })
  reference: string;

  @ApiProperty({ description: "True while the candidate's consent to this company stands: the company sees the name" })
  identifiedToCompany: boolean;

  @ApiProperty({ type: ShortlistAnswerResponse, nullable: true })
  answer: ShortlistAnswerResponse | null;
}

export class ShortlistSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SHORTLIST_STATUSES })
  status: ShortlistStatus;

  @ApiProperty({ type: ShortlistCompanyResponse })
  company: ShortlistCompanyResponse;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  intakeId: string | null;

  @ApiProperty({ type: ShortlistPostingResponse, nullable: true })
  posting: ShortlistPostingResponse | null;

  @ApiProperty({ example: 'Anna Mikkelsen', description: 'The consultant who made the list' })
  createdBy: string;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  sentAt: Date | null;

  @ApiProperty({ type: Date, nullable: true })
  closedAt: Date | null;

  @ApiProperty({ type: 'integer' })
  entryCount: number;

  @ApiProperty({ type: 'integer' })
  answeredCount: number;

  @ApiProperty({ type: 'integer' })
  interestedCount: number;
}

export class ShortlistResponse extends ShortlistSummaryResponse {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Who sent it' })
  sentBy: string | null;

  @ApiProperty({ type: [ShortlistEntryResponse] })
  entries: ShortlistEntryResponse[];
}

export class ShortlistPageResponse extends PageResponse(ShortlistSummaryResponse, 'ShortlistPageResponse') {}

export class EmployerSkillResponse {
  @ApiProperty({ example: 'betjene gaffeltruck' })
  label: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  level: number;
}

export class CandidateIdentityResponse {
  @ApiProperty({ example: 'Sofie Hansen' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

/** A candidate as the company sees it: anonymised, named only with the candidate's standing consent. */
export class EmployerShortlistEntryResponse {
  @ApiProperty({ example: 'K-7QX3MZ', description: 'The same for this candidate on every list your company gets' })
  reference: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  position: number;

  @ApiProperty({ type: [EmployerSkillResponse] })
  skills: EmployerSkillResponse[];

  @ApiProperty({ type: 'integer', nullable: true })
  hoursPerWeek: number | null;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'Beskæftigelsestrappen, 1–5' })
  ladderStep: number;

  @ApiProperty({ enum: DISTANCE_BANDS, nullable: true, description: 'From home to the workplace, as the crow flies' })
  distanceBand: DistanceBand | null;

  @ApiProperty({ type: [String], example: ['gaffeltruckfører'] })
  desiredOccupations: string[];

  @ApiProperty({
    type: CandidateIdentityResponse,
    nullable: true,
    description: 'Only when the candidate has consented to share it with your company',
  })
  identity: CandidateIdentityResponse | null;

  @ApiProperty({ type: ShortlistAnswerResponse, nullable: true })
  answer: ShortlistAnswerResponse | null;
}

export class EmployerShortlistSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['sent', 'closed'], description: 'closed: the jobcentre takes no more answers' })
  status: ShortlistStatus;

  @ApiProperty({ type: ShortlistCompanyResponse })
  company: ShortlistCompanyResponse;

  @ApiProperty({ type: ShortlistPostingResponse, nullable: true })
  posting: ShortlistPostingResponse | null;

  @ApiProperty()
  sentAt: Date;

  @ApiProperty({ type: 'integer' })
  entryCount: number;

  @ApiProperty({ type: 'integer' })
  answeredCount: number;
}

export class EmployerShortlistResponse extends EmployerShortlistSummaryResponse {
  @ApiProperty({ type: [EmployerShortlistEntryResponse] })
  entries: EmployerShortlistEntryResponse[];
}

export class EmployerShortlistPageResponse extends PageResponse(
  EmployerShortlistSummaryResponse,
  'EmployerShortlistPageResponse',
) {}
