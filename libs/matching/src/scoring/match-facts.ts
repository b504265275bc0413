import type { PostingRulesSettings } from '@jobbro/postings';
import type { MatchWeights } from './match-weights';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** What matching needs to know about a posting; the same whichever way the match runs. */
export interface PostingFacts {
  id: string;
  jobcentreId: string;
  companyId: string;
  kind: string;
  occupationCode: string | null;
  /** ISCO-08 unit group of the occupation (its first four digits). */
  iscoCode: string | null;
  sectorCode: string | null;
  requiredSkills: readonly string[];
  desiredSkills: readonly string[];
  hoursPerWeek: number | null;
  workplace: GeoPoint | null;
  /** Småjob: the target groups it is for (empty: the jobcentre's småjob groups). */
  targetGroups: readonly string[];
  /** Praktik, løntilskud, fleksjob: the target group whose limits apply. */
  targetGroup: string | null;
  employerType: string | null;
  durationWeeks: number | null;
  startDate: string | null;
}

/** What matching needs to know about a candidate; no name, no contact, no CPR. */
export interface CandidateFacts {
  id: string;
  birthDate: string | null;
  targetGroup: string | null;
  hoursPerWeek: number | null;
  home: GeoPoint | null;
  travelReachKm: number | null;
  ladderStep: number;
  /** ESCO skill URI → level 1–4. */
  skills: ReadonlyMap<string, number>;
  desiredOccupations: readonly string[];
  /** ISCO unit groups of the desired occupations. */
  desiredIscoCodes: readonly string[];
  desiredSectors: readonly string[];
  willingToChangeSector: boolean;
  /** Has a placement that has not ended. */
  placed: boolean;
}

/** Skills the taxonomy relates to a skill: co-required in occupations of the same ISCO group. */
export interface SkillRelationLookup {
  relatedTo(skillUri: string): readonly string[];
}

/** Shortage weights 0–1 in force for the posting's jobcentre on the day of the match. */
export interface ShortageLookup {
  sectors: ReadonlyMap<string, number>;
  occupations: ReadonlyMap<string, number>;
}

/** Everything besides the two parties that a match depends on: the day, the jobcentre's rules, weights and data. */
export interface MatchContext {
  /** YYYY-MM-DD, Copenhagen time. */
  today: string;
  rules: PostingRulesSettings;
  weights: MatchWeights;
  shortage: ShortageLookup;
  relations: SkillRelationLookup;
  /** The list is made to be sent to the posting's company: candidates who withdrew consent to it are left out. */
  forEmployer: boolean;
  /** Candidates who withdrew their consent to the posting's company (only read when forEmployer). */
  consentWithdrawn: ReadonlySet<string>;
}
