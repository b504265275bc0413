import type { DataSource } from 'typeorm';
import type { PostingFacts } from '../scoring/match-facts';
import { CELL_LATITUDE, CELL_LONGITUDE, CELLS_AROUND, REACH_CLASSES, type CandidateRow } from './candidate-store';

/** Skills in the order their ordinals are given: the same `ORDER BY` the loading query numbers them by. */
export async function loadSkillUris(dataSource: DataSource): Promise<string[]> {
  const rows: { uri: string }[] = await dataSource.query('SELECT uri FROM skills ORDER BY uri COLLATE "C"');
  return rows.map((row) => row.uri);
}

export async function loadEssentialRows(dataSource: DataSource) {
  const rows: { occupation_code: string; isco_code: string; skill_uri: string }[] = await dataSource.query(`
    SELECT os.occupation_code, o.isco_code, os.skill_uri
    FROM occupation_skills os JOIN occupations o ON o.code = os.occupation_code
    WHERE os.relation = 'essential'`);
  return rows.map((row) => ({ occupationCode: row.occupation_code, iscoCode: row.isco_code, skillUri: row.skill_uri }));
}

const CANDIDATE_COLUMNS = `
  c.id, c.birth_date::text AS birth_date, c.target_group, c.hours_per_week, c.travel_reach_km, c.ladder_step,
  c.willing_to_change_sector, c.desired_occupations, c.desired_sectors, pc.latitude, pc.longitude,
  EXISTS (SELECT 1 FROM placements pl
          WHERE pl.jobcentre_id = c.jobcentre_id AND pl.candidate_id = c.id AND pl.ended_at IS NULL) AS placed`;

interface RawCandidate {
  id: string;
  jobcentre_id?: string;
  birth_date: string | null;
  target_group: string | null;
  hours_per_week: number | null;
  travel_reach_km: number | null;
  ladder_step: number;
  willing_to_change_sector: boolean;
  desired_occupations: string[];
  desired_sectors: string[];
  latitude: number | null;
  longitude: number | null;
  placed: boolean;
}

/** How many candidates a jobcentre has, and how many hold each skill (by ordinal): the store's sizes for a load. */
export async function candidateCounts(
  dataSource: DataSource,
  jobcentreId: string,
): Promise<{ candidates: number; skillsPerOrdinal: Map<number, number> }> {
  const [{ count }]: { count: number }[] = await dataSource.query(
    'SELECT count(*)::int AS count FROM candidates WHERE jobcentre_id = $1',
    [jobcentreId],
  );
  const skills: { ordinal: number; count: number }[] = await dataSource.query(
    `WITH ordinals AS MATERIALIZED (
       SELECT uri, (row_number() OVER (ORDER BY uri COLLATE "C") - 1)::int AS ordinal FROM skills)
     SELECT o.ordinal, count(*)::int AS count
     FROM candidate_skills cs JOIN ordinals o ON o.uri = cs.skill_uri
     WHERE cs.jobcentre_id = $1
     GROUP BY o.ordinal`,
    [jobcentreId],
  );
  return { candidates: count, skillsPerOrdinal: new Map(skills.map((row) => [row.ordinal, row.count])) };
}

/**
 * A jobcentre's candidates, page by page, in the order the store lays them out: by travel reach class, then by grid
 * cell (`cellOf`), so that the candidates of a cell end up side by side in memory. One cursor in one read-only
 * transaction, so the pages are of one snapshot.
 */
export async function loadCandidatesByPlace(
  dataSource: DataSource,
  jobcentreId: string,
  pageSize: number,
  onPage: (rows: CandidateRow[]) => void,
): Promise<void> {
  const reachClass = `CASE WHEN pc.latitude IS NULL OR pc.longitude IS NULL OR c.travel_reach_km IS NULL
      OR c.travel_reach_km > ${REACH_CLASSES.at(-1)} THEN ${REACH_CLASSES.length}
    ${REACH_CLASSES.map((bound, index) => `WHEN c.travel_reach_km <= ${bound} THEN ${index}`).join(' ')} END`;
  const row = `floor((pc.latitude + 90) / ${CELL_LATITUDE})`;
  const cell = `${row} * ${CELLS_AROUND} + floor((pc.longitude + 180) / ${CELL_LONGITUDE})`;
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    await runner.query(
      `DECLARE match_load NO SCROLL CURSOR FOR
       SELECT ${CANDIDATE_COLUMNS}
       FROM candidates c LEFT JOIN postcodes pc ON pc.postcode = c.postcode
       WHERE c.jobcentre_id = $1
       ORDER BY ${reachClass}, ${cell}, c.id`,
      [jobcentreId],
    );
    for (;;) {
      const rows: RawCandidate[] = await runner.query(`FETCH ${pageSize} FROM match_load`);
      if (rows.length > 0) onPage(await withSkills(runner.manager.connection, rows));
      if (rows.length < pageSize) break;
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Candidates by id, wherever they are; ids not found were deleted. */
export async function loadCandidatesById(
  dataSource: DataSource,
  ids: readonly string[],
): Promise<(CandidateRow & { jobcentreId: string })[]> {
  const rows: (RawCandidate & { jobcentre_id: string })[] = await dataSource.query(
    `SELECT c.jobcentre_id, ${CANDIDATE_COLUMNS}
     FROM candidates c LEFT JOIN postcodes pc ON pc.postcode = c.postcode
     WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  const withRows = await withSkills(dataSource, rows);
  return withRows.map((row, index) => ({ ...row, jobcentreId: rows[index].jobcentre_id }));
}

async function withSkills(dataSource: DataSource, rows: RawCandidate[]): Promise<CandidateRow[]> {
  if (rows.length === 0) return [];
  const skills: { id: string; skills: string }[] = await dataSource.query(
    `WITH ordinals AS MATERIALIZED (
       SELECT uri, (row_number() OVER (ORDER BY uri COLLATE "C") - 1)::int AS ordinal FROM skills)
     SELECT cs.candidate_id AS id, string_agg(o.ordinal || ':' || cs.level, ',') AS skills
     FROM candidate_skills cs JOIN ordinals o ON o.uri = cs.skill_uri
     WHERE cs.candidate_id = ANY($1::uuid[])
     GROUP BY cs.candidate_id`,
    [rows.map((row) => row.id)],
  );
  const skillsOf = new Map(skills.map((row) => [row.id, row.skills]));
  return rows.map((row) => {
    const skillOrdinals: number[] = [];
    const skillLevels: number[] = [];
    const packed = skillsOf.get(row.id);
    if (packed) {
      for (const pair of packed.split(',')) {
        const colon = pair.indexOf(':');
        skillOrdinals.push(Number(pair.slice(0, colon)));
        skillLevels.push(Number(pair.slice(colon + 1)));
      }
    }
    return {
      id: row.id,
      birthDate: row.birth_date,
      targetGroup: row.target_group,
      hoursPerWeek: row.hours_per_week,
      travelReachKm: row.travel_reach_km,
      ladderStep: row.ladder_step,
      willingToChangeSector: row.willing_to_change_sector,
      desiredOccupations: row.desired_occupations,
      desiredSectors: row.desired_sectors,
      latitude: row.latitude,
      longitude: row.longitude,
      placed: row.placed,
      skillOrdinals,
      skillLevels,
    };
  });
}

interface RawPosting {
  id: string;
  jobcentre_id: string;
  company_id: string;
  kind: string;
  status: string;
  occupation_code: string | null;
  isco_code: string | null;
  sector_code: string | null;
  required_skills: string[];
  desired_skills: string[];
  hours_per_week: string | null;
  latitude: number | null;
  longitude: number | null;
  target_groups: string[];
  target_group: string | null;
  employer_type: string | null;
  duration_weeks: number | null;
  start_date: string | null;
}

/** Postings as matching sees them; the workplace is the company's postcode when the posting names none. */
export async function loadPostings(
  dataSource: DataSource,
  where: { ids: readonly string[] } | { open: true } | { id: string; jobcentreId: string },
): Promise<(PostingFacts & { status: string })[]> {
  const [condition, parameters] =
    'ids' in where
      ? ['p.id = ANY($1::uuid[])', [where.ids]]
      : 'open' in where
        ? ["p.status = 'open'", []]
        : ['p.id = $1 AND p.jobcentre_id = $2', [where.id, where.jobcentreId]];
  const rows: RawPosting[] = await dataSource.query(
    `SELECT p.id, p.jobcentre_id, p.company_id, p.kind, p.status, p.occupation_code, o.isco_code, o.sector_code,
            p.required_skills, p.desired_skills, p.hours_per_week, pc.latitude, pc.longitude, p.target_groups,
            p.target_group, p.employer_type, p.duration_weeks, p.start_date::text AS start_date
     FROM postings p
     LEFT JOIN occupations o ON o.code = p.occupation_code
     LEFT JOIN companies c ON c.id = p.company_id
     LEFT JOIN postcodes pc ON pc.postcode = COALESCE(p.workplace_postcode, c.postcode)
     WHERE ${condition}`,
    parameters,
  );
  return rows.map((row) => ({
    id: row.id,
    jobcentreId: row.jobcentre_id,
    companyId: row.company_id,
    kind: row.kind,
    status: row.status,
    occupationCode: row.occupation_code,
    iscoCode: row.isco_code,
    sectorCode: row.sector_code,
    requiredSkills: row.required_skills,
    desiredSkills: row.desired_skills,
    hoursPerWeek: row.hours_per_week === null ? null : Number(row.hours_per_week),
    workplace:
      row.latitude === null || row.longitude === null ? null : { latitude: row.latitude, longitude: row.longitude },
    targetGroups: row.target_groups,
    targetGroup: row.target_group,
    employerType: row.employer_type,
    durationWeeks: row.duration_weeks,
    startDate: row.start_date,
  }));
}
