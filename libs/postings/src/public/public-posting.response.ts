import { ApiProperty } from '@nestjs/swagger';
import { PublicJobcentreResponse } from '@jobbro/jobcentres';
import { PageResponse } from '@jobbro/platform';
import { POSTING_KINDS, type PostingKind } from '../rules/posting-kinds';
import { CodeLabelResponse, SkillLabelResponse } from '../postings/posting.response';

export class PublicPlaceResponse {
  @ApiProperty({ example: '8723' })
  postcode: string;

  @ApiProperty({ example: 'Løsning', description: "The postcode's town" })
  town: string;
}

/**
 * An open posting as anyone may see it: what the job is, where and when, never who made it, who is placed in it or
 * whom to call at the company; the company is named only when it agreed (companyVisiblePublicly).
 */
export class PublicPostingResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', example: 12, description: 'The number to quote when asking the jobcentre' })
  referenceNumber: number;

  @ApiProperty({ enum: POSTING_KINDS })
  kind: PostingKind;

  @ApiProperty({ example: 'småjob', description: 'The Danish name of the kind' })
  kindName: string;

  @ApiProperty({ example: 'Pakkemedarbejder, 10 timer om ugen' })
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Løsning Lager & Logistik A/S',
    description: 'Only when the company agreed to be named publicly; null otherwise',
  })
  companyName: string | null;

  @ApiProperty({
    example: 'En virksomhed i Løsning',
    description: 'The company\'s name where it agreed, otherwise "En virksomhed i <town>" (Danish)',
  })
  employerLabel: string;

  @ApiProperty({ type: CodeLabelResponse, nullable: true })
  occupation: CodeLabelResponse | null;

  @ApiProperty({ type: CodeLabelResponse, nullable: true, description: "The occupation's sector" })
  sector: CodeLabelResponse | null;

  @ApiProperty({ type: [SkillLabelResponse] })
  requiredSkills: SkillLabelResponse[];

  @ApiProperty({ type: Number, nullable: true, example: 10 })
  hoursPerWeek: number | null;

  @ApiProperty({ type: PublicPlaceResponse, nullable: true, description: 'Where the work is' })
  place: PublicPlaceResponse | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  startDate: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endDate: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Praktik and løntilskud: length in weeks' })
  durationWeeks: number | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Positions not yet filled' })
  openPositions: number;

  @ApiProperty({ type: String, nullable: true, description: 'Voksenlærling: the trade education' })
  educationName: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Voksenlærling: length in months' })
  educationMonths: number | null;

  @ApiProperty({ type: Date })
  publishedAt: Date;
}

export class PublicPostingPageResponse extends PageResponse(PublicPostingResponse, 'PublicPostingPageResponse') {}

/** One open posting with the jobcentre to ask about it. */
export class PublicPostingDetailResponse extends PublicPostingResponse {
  @ApiProperty({ type: PublicJobcentreResponse, description: 'Whom to ask about the job: the jobcentre' })
  jobcentre: PublicJobcentreResponse;
}
