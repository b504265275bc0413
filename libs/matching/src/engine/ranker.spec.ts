import { DEFAULT_POSTING_RULES } from '@jobbro/postings';
import { TaxonomyCatalogue, type Occupation, type Sector, type Skill } from '@jobbro/taxonomy';
import { checkEligibility } from '../scoring/eligibility';
import type { CandidateFacts, MatchContext, PostingFacts } from '../scoring/match-facts';
import { DEFAULT_MATCH_WEIGHTS } from '../scoring/match-weights';
import { scoreMatch } from '../scoring/score-match';
import { rankCandidates } from './candidate-ranker';
import { CandidateStore, type CandidateRow } from './candidate-store';
import { MatchDictionary } from './match-dictionary';
import { rankPostings } from './posting-ranker';
import { postingCodes, PostingQuery } from './prepared-posting';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const SKILLS = Array.from({ length: 60 }, (_, index) => `skill-${String(index).padStart(2, '0')}`);
const OCCUPATIONS = ['5322.1', '5322.2', '5321.1', '9333.1', '9333.2', '7212.1', '0110.1'];
const SECTORS = ['social-sundhed', 'lager-logistik', 'handvaerk', 'militaer'];
const SECTOR_OF: Record<string, string> = { '53': 'social-sundhed', '93': 'lager-logistik', '72': 'handvaerk' };
const KINDS = ['ordinary', 'småjob', 'voksenlærling', 'virksomhedspraktik', 'løntilskud', 'fleksjob'];
const GROUPS = ['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'integration', 'fleksjob', 'sygedagpenge'];
const POINTS = [
  { latitude: 55.77, longitude: 9.7 },
  { latitude: 55.86, longitude: 9.85 },
  { latitude: 56.16, longitude: 10.2 },
  { latitude: 55.7, longitude: 12.5 },
];

function dictionary(): MatchDictionary {
  const occupations = OCCUPATIONS.map(
    (code) =>
      ({
        code,
        uri: `occupation:${code}`,
        iscoCode: code.slice(0, 4),
        sectorCode: SECTOR_OF[code.slice(0, 2)] ?? 'militaer',
        labelDa: code,
        labelEn: code,
        synonymsDa: [],
        synonymsEn: [],
        starCodes: [],
      }) as Occupation,
  );
  const skills = SKILLS.map((uri): Skill => ({
    uri,
    type: 'skill/competence',
    reuseLevel: null,
    labelDa: uri,
    labelEn: uri,
    synonymsDa: [],
    synonymsEn: [],
  }));
  const sectors = SECTORS.map(
    (code, position) => ({ code, labelDa: code, labelEn: code, iscoPrefixes: [], position }) as Sector,
  );
  const catalogue = new TaxonomyCatalogue(occupations, skills, sectors, []);
  // Each occupation needs ten skills; neighbours share some, so related skills exist.
  const essential = OCCUPATIONS.flatMap((code, index) =>
    SKILLS.slice(index * 7, index * 7 + 10).map((skillUri) => ({
      occupationCode: code,
      iscoCode: code.slice(0, 4),
      skillUri,
    })),
  );
  return new MatchDictionary(SKILLS, catalogue, essential);
}

function population(next: () => number, count: number): CandidateRow[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const maybe = <T>(value: T) => (next() < 0.15 ? null : value);
  return Array.from({ length: count }, (_, index) => {
    const skills = [
      ...new Set(Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * SKILLS.length))),
    ];
    const point = maybe(pick(POINTS));
    const year = 1960 + Math.floor(next() * 45);
    return {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      birthDate: maybe(`${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`),
      targetGroup: maybe(pick(GROUPS)),
      hoursPerWeek: maybe(5 + Math.floor(next() * 33)),
      travelReachKm: maybe(5 + Math.floor(next() * 80)),
      ladderStep: 1 + Math.floor(next() * 5),
      willingToChangeSector: next() < 0.3,
      desiredOccupations: next() < 0.7 ? [pick(OCCUPATIONS)] : [],
      desiredSectors: next() < 0.4 ? [pick(SECTORS)] : [],
      latitude: point?.latitude ?? null,
      longitude: point?.longitude ?? null,
      placed: next() < 0.05,
      skillOrdinals: skills,
      skillLevels: skills.map(() => 1 + Math.floor(next() * 4)),
    };
  });
}

function postings(next: () => number, count: number): PostingFacts[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const occupation = pick(OCCUPATIONS);
    const kind = pick(KINDS);
    const asked = (how: number) => [...new Set(Array.from({ length: how }, () => pick(SKILLS)))];
    return {
      id: `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      jobcentreId: 'jobcentre',
      companyId: 'company',
      kind,
      occupationCode: occupation,
      iscoCode: occupation.slice(0, 4),
      sectorCode: SECTOR_OF[occupation.slice(0, 2)] ?? 'militaer',
      requiredSkills: asked(Math.floor(next() * 8)),
      desiredSkills: asked(Math.floor(next() * 8)),
      hoursPerWeek:
        next() < 0.1 ? null : kind === 'småjob' ? 1 + Math.floor(next() * 14) : 10 + Math.floor(next() * 28),
      workplace: next() < 0.1 ? null : pick(POINTS),
      targetGroups: kind === 'småjob' && next() < 0.5 ? [pick(GROUPS)] : [],
      targetGroup: ['virksomhedspraktik', 'løntilskud'].includes(kind) && next() < 0.5 ? pick(GROUPS) : null,
      employerType: kind === 'løntilskud' ? pick(['private', 'public']) : null,
      durationWeeks: ['virksomhedspraktik', 'løntilskud'].includes(kind) ? 2 + Math.floor(next() * 20) : null,
      startDate: kind === 'voksenlærling' && next() < 0.5 ? '2027-03-01' : null,
    };
  });
}

function context(dict: MatchDictionary, overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    today: '2026-11-24',
    rules: DEFAULT_POSTING_RULES,
    weights: DEFAULT_MATCH_WEIGHTS,
    shortage: {
      sectors: new Map([
        ['social-sundhed', 1],
        ['handvaerk', 0.5],
      ]),
      occupations: new Map([['9333.1', 0.8]]),
    },
    relations: dict.relations,
    forEmployer: false,
    consentWithdrawn: new Set(),
    ...overrides,
  };
}

/** The naive way: every candidate judged and scored by the rule functions, sorted by score, then id. */
function naive(posting: PostingFacts, candidates: CandidateFacts[], ctx: MatchContext, count: number) {
  return candidates
    .filter((candidate) => checkEligibility(posting, candidate, ctx).length === 0)
    .map((candidate) => ({ id: candidate.id, score: scoreMatch(posting, candidate, ctx).score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, count);
}

describe('the ranker against the rule functions', () => {
  const dict = dictionary();
  const next = random(20261124);
  const store = new CandidateStore(dict);
  const rows = population(next, 3_000);
  for (const row of rows) store.upsert(row);
  // Some change (new slot, old one dead) and some leave.
  for (const row of rows.slice(0, 200)) store.upsert({ ...row, ladderStep: 1 + ((row.ladderStep + 1) % 5) });
  for (const row of rows.slice(200, 260)) store.remove(row.id);
  const live = [...store.slotOf.values()].map((slot) => store.facts(slot));
  const openPostings = postings(next, 60);

  it('relates the synthetic skills, so related credit is exercised', () => {
    expect(dict.relations.size).toBeGreaterThan(10);
  });

  it('ranks posting → candidates exactly as scoring everyone would, for every kind', () => {
    const ctx = context(dict);
    let listsWithResults = 0;
    for (const posting of openPostings) {
      const query = new PostingQuery(postingCodes(posting, dict), ctx, null);
      const ranked = rankCandidates(store, query, 25).top.map((entry) => ({
        id: store.ids[entry.slot],
        score: entry.score,
      }));
      expect({ posting: posting.id, ranked }).toEqual({ posting: posting.id, ranked: naive(posting, live, ctx, 25) });
      if (ranked.length > 0) listsWithResults++;
    }
    expect(listsWithResults).toBeGreaterThan(40);
  });

  it('leaves out, for an employer list, the candidates who withdrew consent', () => {
    const posting = openPostings.find((candidate) => candidate.kind === 'ordinary')!;
    const everyone = rankCandidates(store, new PostingQuery(postingCodes(posting, dict), context(dict), null), 5).top;
    const withdrawn = new Set([store.ids[everyone[0].slot]]);
    const ctx = context(dict, { forEmployer: true, consentWithdrawn: withdrawn });
    const query = new PostingQuery(postingCodes(posting, dict), ctx, new Set([everyone[0].slot]));
    const ranked = rankCandidates(store, query, 5).top.map((entry) => store.ids[entry.slot]);
    expect(ranked).not.toContain(store.ids[everyone[0].slot]);
    expect(ranked).toEqual(naive(posting, live, ctx, 5).map((entry) => entry.id));
  });

  it('lists the excluded by the score they would have had, each breaking a rule', () => {
    const ctx = context(dict);
    const posting = openPostings.find((candidate) => candidate.kind === 'voksenlærling')!;
    const ranking = rankCandidates(store, new PostingQuery(postingCodes(posting, dict), ctx, null), 10, 10);
    expect(ranking.excluded!.length).toBeGreaterThan(0);
    for (const entry of ranking.excluded!) {
      expect(checkEligibility(posting, store.facts(entry.slot), ctx).length).toBeGreaterThan(0);
    }
    expect(ranking.excludedCount).toBeGreaterThanOrEqual(ranking.excluded!.length);
  });

  it('ranks candidate → postings exactly as scoring every posting would', () => {
    const ctx = context(dict);
    const queries = openPostings.map((posting) => new PostingQuery(postingCodes(posting, dict), ctx, null));
    for (const candidate of live.slice(0, 150)) {
      const slot = store.slotOf.get(candidate.id)!;
      const ranked = rankPostings(store, slot, queries, 10).top.map((entry) => ({
        id: openPostings[entry.slot].id,
        score: entry.score,
      }));
      const expected = openPostings
        .filter((posting) => checkEligibility(posting, candidate, ctx).length === 0)
        .map((posting) => ({ id: posting.id, score: scoreMatch(posting, candidate, ctx).score }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, 10);
      expect({ candidate: candidate.id, ranked }).toEqual({ candidate: candidate.id, ranked: expected });
    }
  });

  it('never ranks a removed or superseded candidate', () => {
    const posting = openPostings[0];
    const query = new PostingQuery(postingCodes(posting, dict), context(dict), null);
    const ranked = rankCandidates(store, query, 1000).top;
    const gone = new Set(rows.slice(200, 260).map((row) => row.id));
    expect(ranked.every((entry) => store.alive[entry.slot] === 1 && !gone.has(store.ids[entry.slot]))).toBe(true);
  });
});
