import { DEFAULT_POSTING_RULES } from '@jobbro/postings';
import type { CandidateFacts, MatchContext, PostingFacts } from './match-facts';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights';

/** Hedensted and Horsens town centres, 20 km apart. */
export const HEDENSTED = { latitude: 55.77, longitude: 9.7 };
export const HORSENS = { latitude: 55.86, longitude: 9.85 };

export function postingFacts(overrides: Partial<PostingFacts> = {}): PostingFacts {
  return {
    id: 'posting-1',
    jobcentreId: 'jobcentre-1',
    companyId: 'company-1',
    kind: 'ordinary',
    occupationCode: '5322.1',
    iscoCode: '5322',
    sectorCode: 'social-sundhed',
    requiredSkills: ['s:care', 's:hygiene'],
    desiredSkills: ['s:driving'],
    hoursPerWeek: 30,
    workplace: HEDENSTED,
    targetGroups: [],
    targetGroup: null,
    employerType: null,
    durationWeeks: null,
    startDate: null,
    ...overrides,
  };
}

export function candidateFacts(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    id: 'candidate-1',
    birthDate: '1980-05-01',
    targetGroup: 'kontanthjælp',
    hoursPerWeek: 37,
    home: HORSENS,
    travelReachKm: 30,
    ladderStep: 4,
    skills: new Map([['s:care', 3]]),
    desiredOccupations: [],
    desiredIscoCodes: [],
    desiredSectors: [],
    willingToChangeSector: false,
    placed: false,
    ...overrides,
  };
}

export function matchContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    today: '2026-11-24',
    rules: DEFAULT_POSTING_RULES,
    weights: DEFAULT_MATCH_WEIGHTS,
    shortage: { sectors: new Map([['social-sundhed', 1]]), occupations: new Map() },
    relations: { relatedTo: (uri) => (uri === 's:hygiene' ? ['s:cleaning'] : []) },
    forEmployer: false,
    consentWithdrawn: new Set(),
    ...overrides,
  };
}
