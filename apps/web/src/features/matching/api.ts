import type { Schemas } from '../../api/client';

export type PostingMatches = Schemas['PostingMatchesResponse'];
export type CandidateMatches = Schemas['CandidateMatchesResponse'];
export type CandidateMatch = PostingMatches['results'][number];
export type PostingMatch = CandidateMatches['results'][number];
export type ScorePart = CandidateMatch['parts'][number];
export type MatchSkills = CandidateMatch['requiredSkills'];
export type Exclusion = Schemas['ExclusionResponse'];
export type MatchWeights = Schemas['MatchWeightsDto'];
export type Partner = Schemas['PartnerResponse'];
export type Representation = Schemas['RepresentationResponse'];
export type RepresentationRow = Representation['targetGroups'][number];
export type MatchRun = Schemas['MatchRunResponse'];
export type MatchRunDetail = Schemas['MatchRunDetailResponse'];

/** The parts of a score, in the order the API gives and the weights form shows them. */
export const MATCH_PARTS = [
  'requiredSkills',
  'desiredSkills',
  'occupation',
  'shortage',
  'ladder',
  'hours',
  'distance',
] as const satisfies readonly (keyof MatchWeights)[];

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const PARTS_COMPLETE: Complete<keyof MatchWeights, (typeof MATCH_PARTS)[number]> = true;

/** Match lists page by making the list longer (one recorded list for all that is shown), up to the API's 200. */
export const PAGE_STEP = 20;
export const MAX_LIMIT = 200;

export function limitFrom(value: string | null): number {
  const limit = Number(value);
  return Number.isInteger(limit) && limit >= PAGE_STEP && limit <= MAX_LIMIT ? limit : PAGE_STEP;
}

/**
 * A match list is recorded each time it is fetched: fetch when the page asks for it (opened, longer, excluded shown,
 * purpose changed), never again behind the user's back (window focus, remount).
 */
export const ONCE = { staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false, retry: false } as const;
