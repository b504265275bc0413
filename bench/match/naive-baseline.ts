import { Client } from 'pg';
import { DEFAULT_POSTING_RULES } from '@jobbro/postings';
import {
  DEFAULT_MATCH_WEIGHTS,
  SkillRelations,
  checkEligibility,
  scoreMatch,
  type CandidateFacts,
  type GeoPoint,
  type MatchContext,
  type PostingFacts,
} from '@jobbro/matching';
import { percentiles, type Percentiles } from './stats';

const PAGE = 50_000;
const TOP = 50;

/** The context of every naive match: today, the default rules and weights, the default shortage sectors. */
export async function loadContext(client: Client): Promise<MatchContext> {
  const { rows } = await client.query(
    `SELECT s.occupation_code AS "occupationCode", o.isco_code AS "iscoCode", s.skill_uri AS "skillUri"
       FROM occupation_skills s JOIN occupations o ON o.code = s.occupation_code WHERE s.relation = 'essential'`,
  );
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  return {
    today,
    rules: DEFAULT_POSTING_RULES,
    weights: DEFAULT_MATCH_WEIGHTS,
    shortage: {
      sectors: new Map(DEFAULT_POSTING_RULES.shortageSectors.map((sector) => [sector, 1])),
      occupations: new Map(),
    },
    relations: new SkillRelations(rows),
    forEmployer: false,
    consentWithdrawn: new Set(),
  };
}

export async function loadPostingFacts(client: Client, ids: readonly string[]): Promise<PostingFacts[]> {
  const { rows } = await client.query(
    `SELECT p.id, p.jobcentre_id, p.company_id, p.kind, p.occupation_code, o.isco_code, o.sector_code,
            p.required_skills, p.desired_skills, p.hours_per_week::float8 AS hours, pc.latitude, pc.longitude,
            p.target_groups, p.target_group, p.employer_type, p.duration_weeks, p.start_date::text AS start_date
       FROM postings p
       LEFT JOIN occupations o ON o.code = p.occupation_code
       LEFT JOIN postcodes pc ON pc.postcode = p.workplace_postcode
      WHERE p.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(
    rows.map((row): [string, PostingFacts] => [
      row.id,
      {
        id: row.id,
        jobcentreId: row.jobcentre_id,
        companyId: row.company_id,
        kind: row.kind,
        occupationCode: row.occupation_code,
        iscoCode: row.isco_code,
        sectorCode: row.sector_code,
        requiredSkills: row.required_skills,
        desiredSkills: row.desired_skills,
        hoursPerWeek: row.hours,
        workplace: row.latitude === null ? null : { latitude: row.latitude, longitude: row.longitude },
        targetGroups: row.target_groups,
        targetGroup: row.target_group,
        employerType: row.employer_type,
        durationWeeks: row.duration_weeks,
        startDate: row.start_date,
      },
    ]),
  );
  return ids.map((id) => byId.get(id)!);
}

/**
 * Every candidate of the jobcentre as the rule functions take them, read once, a page at a time (skill URIs, ISCO
 * codes and home points shared between candidates, as any in-memory copy would).
 */
export async function loadCandidateFacts(
  client: Client,
  jobcentreId: string,
  expected: number,
  onProgress: (loaded: number) => void,
): Promise<CandidateFacts[]> {
  const strings = new Map<string, string>();
  const intern = (value: string) => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  const homes = new Map<string, GeoPoint>();
  for (const row of (
    await client.query(`SELECT postcode, latitude, longitude FROM postcodes WHERE latitude IS NOT NULL`)
  ).rows)
    homes.set(row.postcode, { latitude: row.latitude, longitude: row.longitude });
  const iscoOf = new Map<string, string>(
    (await client.query(`SELECT code, isco_code FROM occupations`)).rows.map((row) => [row.code, row.isco_code]),
  );
  const placed = new Set<string>(
    (
      await client.query(`SELECT DISTINCT candidate_id FROM placements WHERE jobcentre_id = $1 AND ended_at IS NULL`, [
        jobcentreId,
      ])
    ).rows.map((row: { candidate_id: string }) => row.candidate_id),
  );
  const candidates: CandidateFacts[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await client.query(
      `SELECT c.id, c.birth_date::text AS birth_date, c.target_group, c.hours_per_week, c.postcode, c.travel_reach_km,
              c.ladder_step, c.desired_occupations, c.desired_sectors, c.willing_to_change_sector
         FROM candidates c
        WHERE c.jobcentre_id = $1 AND c.id > $2
        ORDER BY c.id LIMIT ${PAGE}`,
      [jobcentreId, after],
    );
    if (rows.length === 0) break;
    // The page's skills in one range scan of the primary key (candidate_id, skill_uri).
    const skillsOf = new Map<string, Map<string, number>>();
    const skillRows = await client.query({
      text: `SELECT candidate_id, skill_uri, level FROM candidate_skills
              WHERE candidate_id > $1 AND candidate_id <= $2`,
      values: [after, rows.at(-1).id],
      rowMode: 'array',
    });
    for (const [candidateId, skillUri, level] of skillRows.rows as [string, string, number][]) {
      let skills = skillsOf.get(candidateId);
      if (!skills) skillsOf.set(candidateId, (skills = new Map()));
      skills.set(intern(skillUri), level);
    }
    for (const row of rows) {
      const desiredOccupations = (row.desired_occupations as string[]).map(intern);
      candidates.push({
        id: row.id,
        birthDate: row.birth_date,
        targetGroup: row.target_group === null ? null : intern(row.target_group),
        hoursPerWeek: row.hours_per_week,
        home: row.postcode === null ? null : (homes.get(row.postcode) ?? null),
        travelReachKm: row.travel_reach_km,
        ladderStep: row.ladder_step,
        skills: skillsOf.get(row.id) ?? new Map(),
        desiredOccupations,
        desiredIscoCodes: desiredOccupations.map((code) => iscoOf.get(code)).filter((code) => code !== undefined),
        desiredSectors: (row.desired_sectors as string[]).map(intern),
        willingToChangeSector: row.willing_to_change_sector,
        placed: placed.has(row.id),
      });
    }
    after = rows.at(-1).id;
    onProgress(Math.min(candidates.length, expected));
  }
  return candidates;
}

/** Posting → top 50 by brute force: every candidate through checkEligibility, every eligible one through scoreMatch. */
export function naiveTop50(
  posting: PostingFacts,
  candidates: readonly CandidateFacts[],
  context: MatchContext,
): { id: string; score: number }[] {
  const top: { id: string; score: number }[] = [];
  let floor = -1;
  for (const candidate of candidates) {
    if (checkEligibility(posting, candidate, context).length > 0) continue;
    const { score } = scoreMatch(posting, candidate, context);
    if (top.length === TOP && score <= floor) continue;
    top.push({ id: candidate.id, score });
    if (top.length > TOP) {
      top.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
      top.length = TOP;
      floor = top[TOP - 1].score;
    }
  }
  return top.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/**
 * Runs `work` with Number.prototype.toLocaleString answered by one cached Intl.NumberFormat per locale and options:
 * the same text, without building a formatter on every call. checkEligibility words each travel-reach exclusion
 * with toLocaleString (about 65 µs a pair of calls, for most of a million candidates), which would make the naive
 * baseline measure number formatting rather than matching.
 */
function withCachedNumberFormat<T>(work: () => T): T {
  const original = Number.prototype.toLocaleString;
  const formats = new Map<string, Intl.NumberFormat>();
  Number.prototype.toLocaleString = function (
    this: number,
    locales?: Intl.LocalesArgument,
    options?: Intl.NumberFormatOptions,
  ): string {
    const key = JSON.stringify([locales ?? null, options ?? null]);
    let format = formats.get(key);
    if (!format) formats.set(key, (format = new Intl.NumberFormat(locales, options)));
    return format.format(this);
  };
  try {
    return work();
  } finally {
    Number.prototype.toLocaleString = original;
  }
}

export interface NaiveResults {
  stats: Percentiles;
  /** The same, with the rule functions exactly as shipped (number formatting per exclusion), on fewer postings. */
  asShipped: Percentiles | null;
  top: Map<string, { id: string; score: number }[]>;
}

export function naiveBaseline(
  postings: readonly PostingFacts[],
  candidates: readonly CandidateFacts[],
  context: MatchContext,
  asShippedCount: number,
  onProgress: (done: number) => void,
): NaiveResults {
  const timed = (posting: PostingFacts, top?: Map<string, { id: string; score: number }[]>) => {
    const started = performance.now();
    const found = naiveTop50(posting, candidates, context);
    top?.set(posting.id, found);
    return performance.now() - started;
  };
  const asShipped = postings.slice(0, asShippedCount).map((posting) => timed(posting));
  const top = new Map<string, { id: string; score: number }[]>();
  const latencies = withCachedNumberFormat(() => {
    timed(postings[0]); // warm-up: the JIT compiles the rules
    return postings.map((posting, index) => {
      const ms = timed(posting, top);
      onProgress(index + 1);
      return ms;
    });
  });
  return { stats: percentiles(latencies), asShipped: asShipped.length ? percentiles(asShipped) : null, top };
}
