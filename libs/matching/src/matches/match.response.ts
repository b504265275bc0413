import { ApiProperty } from '@nestjs/swagger';
import { MATCH_PARTS, type MatchPart } from '../scoring/match-weights';
import { MatchWeightsDto } from '../weights/match-weights.dto';

export class ScorePartResponse {
  @ApiProperty({ enum: MATCH_PARTS })
  part: MatchPart;

  @ApiProperty({ example: 30.0, description: 'Points given, one decimal' })
  points: number;

  @ApiProperty({ example: 40, description: "The part's weight: the most it can give" })
  max: number;

  @ApiProperty({ example: '3 af 4 krævede færdigheder' })
  da: string;

  @ApiProperty({ example: '3 of 4 required skills' })
  en: string;
}

export class MatchSkillResponse {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/949c119b-3433-439f-8ca9-1a9ce04b696d' })
  uri: string;

  @ApiProperty({ example: 'flytte patienter' })
  label: string;
}

export class MatchRelatedSkillResponse extends MatchSkillResponse {
  @ApiProperty({ type: MatchSkillResponse, description: 'The related skill held, which counts for less' })
  via: MatchSkillResponse;
}

export class MatchSkillsResponse {
  @ApiProperty({ type: [MatchSkillResponse] })
  matched: MatchSkillResponse[];

  @ApiProperty({ type: [MatchRelatedSkillResponse] })
  related: MatchRelatedSkillResponse[];

  @ApiProperty({ type: [MatchSkillResponse] })
  missing: MatchSkillResponse[];
}

export class ExclusionResponse {
  @ApiProperty({ example: 'voksenlærling-min-age' })
  rule: string;

  @ApiProperty({ example: 'En voksenlærling skal være mindst 25 år ved start; kandidaten er 24' })
  da: string;

  @ApiProperty({ example: 'A voksenlærling must be 25 or older at the start; the candidate is 24' })
  en: string;
}

/** What every match list says about how it was made. */
class MatchListResponse {
  @ApiProperty({ format: 'uuid', description: 'The recorded match list (EU AI Act): GET /api/v1/matching/runs/{id}' })
  matchRunId: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ example: '2026-11-24', description: 'The day ages and periods were judged on (Copenhagen)' })
  day: string;

  @ApiProperty({ description: 'Version of the weights ranked with (0: the defaults)' })
  weightsVersion: number;

  @ApiProperty({ type: MatchWeightsDto })
  weights: MatchWeightsDto;

  @ApiProperty({ example: 'Arbejdsmarkedsbalancen 2026, 2. halvår', description: 'The shortage period in force' })
  shortagePeriod: string;

  @ApiProperty()
  limit: number;

  @ApiProperty()
  offset: number;

  @ApiProperty({ description: 'Candidates (postings) judged to make the list' })
  evaluated: number;

  @ApiProperty({ type: Number, nullable: true, description: 'How many the rules left out; null unless asked' })
  excludedCount: number | null;
}

export class CandidateMatchResponse {
  @ApiProperty({ description: '1 is the best' })
  rank: number;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: 72.5, description: '0–100, one decimal: the sum of the parts' })
  score: number;

  @ApiProperty({ type: [ScorePartResponse] })
  parts: ScorePartResponse[];

  @ApiProperty({ type: MatchSkillsResponse })
  requiredSkills: MatchSkillsResponse;

  @ApiProperty({ type: MatchSkillsResponse })
  desiredSkills: MatchSkillsResponse;

  @ApiProperty({ type: Number, nullable: true, example: 12.4 })
  distanceKm: number | null;

  @ApiProperty({ type: Number, nullable: true })
  age: number | null;

  @ApiProperty({ type: String, nullable: true })
  targetGroup: string | null;

  @ApiProperty()
  ladderStep: number;

  @ApiProperty({ type: Number, nullable: true })
  hoursPerWeek: number | null;

  @ApiProperty({ description: "The candidate consented to show their identity to the posting's company" })
  identityShared: boolean;
}

export class ExcludedCandidateResponse {
  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: 'The score they would have had' })
  score: number;

  @ApiProperty({ type: [ExclusionResponse] })
  reasons: ExclusionResponse[];
}

export class PostingMatchesResponse extends MatchListResponse {
  @ApiProperty({ format: 'uuid' })
  postingId: string;

  @ApiProperty({ type: [CandidateMatchResponse] })
  results: CandidateMatchResponse[];

  @ApiProperty({ type: [ExcludedCandidateResponse], nullable: true, description: 'Null unless includeExcluded' })
  excluded: ExcludedCandidateResponse[] | null;
}

export class MatchedPostingJobcentreResponse {
  @ApiProperty({ example: 'horsens' })
  code: string;

  @ApiProperty({ example: 'Jobcenter Horsens' })
  name: string;
}

export class PostingMatchResponse {
  @ApiProperty()
  rank: number;

  @ApiProperty({ format: 'uuid' })
  postingId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ example: 'voksenlærling' })
  kind: string;

  @ApiProperty()
  companyName: string;

  @ApiProperty({ type: String, nullable: true })
  occupationCode: string | null;

  @ApiProperty({ type: String, nullable: true })
  occupationLabel: string | null;

  @ApiProperty({ type: MatchedPostingJobcentreResponse })
  jobcentre: MatchedPostingJobcentreResponse;

  @ApiProperty({ description: "A partner jobcentre's posting" })
  partner: boolean;

  @ApiProperty()
  score: number;

  @ApiProperty({ type: [ScorePartResponse] })
  parts: ScorePartResponse[];

  @ApiProperty({ type: MatchSkillsResponse })
  requiredSkills: MatchSkillsResponse;

  @ApiProperty({ type: MatchSkillsResponse })
  desiredSkills: MatchSkillsResponse;

  @ApiProperty({ type: Number, nullable: true })
  distanceKm: number | null;
}

export class ExcludedPostingResponse {
  @ApiProperty({ format: 'uuid' })
  postingId: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  score: number;

  @ApiProperty({ type: [ExclusionResponse] })
  reasons: ExclusionResponse[];
}

export class CandidateMatchesResponse extends MatchListResponse {
  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ type: [PostingMatchResponse] })
  results: PostingMatchResponse[];

  @ApiProperty({ type: [ExcludedPostingResponse], nullable: true, description: 'Null unless includeExcluded' })
  excluded: ExcludedPostingResponse[] | null;
}
