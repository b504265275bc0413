export * from './matching.module';
export * from './scoring/match-facts';
export * from './scoring/match-weights';
export * from './scoring/eligibility';
export * from './scoring/score-parts';
export * from './scoring/score-match';
export * from './scoring/skill-relations';
