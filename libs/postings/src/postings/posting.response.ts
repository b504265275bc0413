import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import {
  EMPLOYER_TYPES,
  POSTING_KINDS,
  POSTING_STATUSES,
  POSTING_TARGET_GROUPS,
  type EmployerType,
  type PostingKind,
  type PostingStatus,
} from '../rules/posting-kinds';

export class CodeLabelResponse {
  @ApiProperty({ example: '8344.1' })
  code: string;

  @ApiProperty({ example: 'truckfører', description: 'Danish where Jobbro has one, English otherwise' })
  label: string;
}

export class SkillLabelResponse {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/…' })
  uri: string;

  @ApiProperty({ example: 'truckcertifikat', description: 'Danish where Jobbro has one, English otherwise' })
  label: string;
}

export class PostingCompanyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Juelsminde Byg & Anlæg ApS' })
  name: string;

  @ApiProperty({ example: '10150817' })
  cvrNumber: string;
}

/** A posting with the labels of its codes, its sector and whether that sector is short of labour. */
export class PostingResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', example: 12, description: 'A short number to quote on the phone or in an e-mail' })
  referenceNumber: number;

  @ApiProperty({ type: PostingCompanyResponse })
  company: PostingCompanyResponse;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  intakeId: string | null;

  @ApiProperty({ nullable: true, type: String })
  externalId: string | null;

  @ApiProperty({ enum: POSTING_KINDS })
  kind: PostingKind;

  @ApiProperty({ example: 'småjob', description: 'The Danish name of the kind' })
  kindName: string;

  @ApiProperty({ enum: POSTING_STATUSES })
  status: PostingStatus;

  @ApiProperty({ example: 'Lagermedarbejder, 10 timer om ugen' })
  title: string;

  @ApiProperty({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ type: CodeLabelResponse, nullable: true })
  occupation: CodeLabelResponse | null;

  @ApiProperty({ type: CodeLabelResponse, nullable: true, description: "The occupation's sector" })
  sector: CodeLabelResponse | null;

  @ApiProperty({ description: "True when the occupation's sector is one of the jobcentre's shortage sectors" })
  shortageSector: boolean;

  @ApiProperty({ type: [SkillLabelResponse] })
  requiredSkills: SkillLabelResponse[];

  @ApiProperty({ type: [SkillLabelResponse] })
  desiredSkills: SkillLabelResponse[];

  @ApiProperty({ type: Number, nullable: true, example: 10 })
  hoursPerWeek: number | null;

  @ApiProperty({ type: String, nullable: true, example: '8722' })
  workplacePostcode: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  startDate: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endDate: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  durationWeeks: number | null;

  @ApiProperty({ type: 'integer', example: 2 })
  positions: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Placements made; ended ones included' })
  positionsFilled: number;

  @ApiProperty({ enum: POSTING_TARGET_GROUPS, isArray: true })
  targetGroups: string[];

  @ApiProperty({ enum: POSTING_TARGET_GROUPS, nullable: true })
  targetGroup: string | null;

  @ApiProperty({ enum: EMPLOYER_TYPES, nullable: true })
  employerType: EmployerType | null;

  @ApiProperty({ type: String, nullable: true })
  educationName: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  educationMonths: number | null;

  @ApiProperty()
  companyVisiblePublicly: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Who created the posting' })
  createdByName: string | null;

  @ApiProperty({ type: Date, nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: Date, nullable: true })
  closedAt: Date | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class PostingPageResponse extends PageResponse(PostingResponse, 'PostingPageResponse') {}
