/**
 * How many of the 100 points each part of a match may give. Every jobcentre starts from DEFAULT_MATCH_WEIGHTS and may
 * replace them (`PUT /api/v1/matching/weights`); each change is a new version, and every recorded match list names
 * the version it was ranked with.
 */
export interface MatchWeights {
  /** Coverage of the posting's required (ESCO essential) skills. */
  requiredSkills: number;
  /** Coverage of the posting's desired (ESCO optional) skills. */
  desiredSkills: number;
  /** The candidate wants this occupation, or one of the same ISCO group. */
  occupation: number;
  /** The posting's occupation or sector is in shortage in the period. */
  shortage: number;
  /** The candidate's step on beskæftigelsestrappen suits the kind of posting. */
  ladder: number;
  /** The hours the candidate wants against the hours offered. */
  hours: number;
  /** Distance between home and workplace against the candidate's travel reach. */
  distance: number;
}

export const MATCH_PARTS = [
  'requiredSkills',
  'desiredSkills',
  'occupation',
  'shortage',
  'ladder',
  'hours',
  'distance',
] as const satisfies readonly (keyof MatchWeights)[];
export type MatchPart = (typeof MATCH_PARTS)[number];

/** Skills decide most; the rest orders people of similar skills. The README explains each default. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  requiredSkills: 40,
  desiredSkills: 15,
  occupation: 10,
  shortage: 10,
  ladder: 10,
  hours: 7,
  distance: 8,
};

/** What a related skill counts for against the exact one; a synonym is the same ESCO concept, so it counts fully. */
export const RELATED_SKILL_CREDIT = 0.5;

/** The parts must add up to 100, so that a score reads as "out of 100". */
export function weightsTotal(weights: MatchWeights): number {
  return MATCH_PARTS.reduce((sum, part) => sum + weights[part], 0);
}
