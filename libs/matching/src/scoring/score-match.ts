import { distanceKm } from '@jobbro/taxonomy';
import type { CandidateFacts, MatchContext, PostingFacts } from './match-facts';
import { MATCH_PARTS, type MatchPart } from './match-weights';
import {
  describeCoverage,
  distanceFit,
  hoursFit,
  ladderFit,
  occupationFit,
  shortageFit,
  skillCoverage,
  type PartFit,
  type SkillCoverage,
} from './score-parts';

/** One part of a score: its points out of its weight, and why. */
export interface ScorePart {
  part: MatchPart;
  points: number;
  max: number;
  da: string;
  en: string;
}

export interface ScoredMatch {
  /** 0–100, one decimal: the sum of the parts. */
  score: number;
  parts: ScorePart[];
  required: SkillCoverage;
  desired: SkillCoverage;
  /** Between home and workplace, when both are known. */
  distanceKm: number | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The posting's shortage weight in the period: its occupation's or its sector's, whichever is larger. */
export function shortageWeightOf(posting: Pick<PostingFacts, 'occupationCode' | 'sectorCode'>, context: MatchContext) {
  const byOccupation = posting.occupationCode ? (context.shortage.occupations.get(posting.occupationCode) ?? 0) : 0;
  const bySector = posting.sectorCode ? (context.shortage.sectors.get(posting.sectorCode) ?? 0) : 0;
  return Math.max(byOccupation, bySector);
}

/** The distance between the candidate's home and the workplace in km, when both are known. */
export function pairDistanceKm(posting: PostingFacts, candidate: CandidateFacts): number | null {
  return posting.workplace && candidate.home ? distanceKm(candidate.home, posting.workplace) : null;
}

/**
 * The score of an eligible pair with every part explained: the one scoring function both directions of matching,
 * the in-memory ranker's final pass and the naive benchmark use, so a ranking always equals its explanation.
 */
export function scoreMatch(
  posting: PostingFacts,
  candidate: CandidateFacts,
  context: MatchContext,
  sectorName: string | null = null,
): ScoredMatch {
  const required = skillCoverage(posting.requiredSkills, candidate.skills, context.relations);
  const desired = skillCoverage(posting.desiredSkills, candidate.skills, context.relations);
  const km = pairDistanceKm(posting, candidate);
  const fits: Record<MatchPart, PartFit> = {
    requiredSkills: describeCoverage(required, posting.requiredSkills.length, 'required'),
    desiredSkills: describeCoverage(desired, posting.desiredSkills.length, 'desired'),
    occupation: occupationFit(posting, candidate),
    shortage: shortageFit(shortageWeightOf(posting, context), sectorName, candidate, context.today),
    ladder: ladderFit(posting.kind, candidate.ladderStep),
    hours: hoursFit(posting.hoursPerWeek, candidate.hoursPerWeek),
    distance: distanceFit(km, candidate.travelReachKm),
  };
  const parts = MATCH_PARTS.map((part) => {
    const max = context.weights[part];
    const fit = fits[part];
    return { part, points: oneDecimal(max * fit.fraction), max, da: fit.da, en: fit.en };
  });
  const score = oneDecimal(parts.reduce((sum, part) => sum + part.points, 0));
  return { score, parts, required, desired, distanceKm: km === null ? null : oneDecimal(km) };
}
