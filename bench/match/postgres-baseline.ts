import { Client } from 'pg';
import { DEFAULT_POSTING_RULES } from '@jobbro/postings';
import { DEFAULT_MATCH_WEIGHTS } from '@jobbro/matching';
import { percentiles, type Percentiles } from './stats';

const TABLE = 'bench_candidate_skill_sets';

/**
 * The bench's own table for the PostgreSQL baseline (not part of the product schema): one row per candidate with
 * its skill codes as an array under a GIN index, and what SQL needs for eligibility (target group, birth date,
 * hours, placed, home and travel reach). Made once per generated population; answers how long that took.
 */
export async function ensureSkillSets(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if ((await client.query(`SELECT to_regclass($1) AS name`, [TABLE])).rows[0].name) return null;
    const started = performance.now();
    await client.query(`SET work_mem = '1GB'`);
    await client.query(`SET maintenance_work_mem = '2GB'`);
    await client.query('BEGIN');
    await client.query(`
      CREATE TABLE ${TABLE} AS
      SELECT c.id AS candidate_id, c.jobcentre_id, s.skills, c.target_group, c.birth_date, c.hours_per_week,
             EXISTS (SELECT 1 FROM placements p WHERE p.candidate_id = c.id AND p.ended_at IS NULL) AS placed,
             pc.latitude, pc.longitude, c.travel_reach_km
        FROM candidates c
        JOIN (SELECT candidate_id, array_agg(skill_uri) AS skills FROM candidate_skills GROUP BY candidate_id) s
          ON s.candidate_id = c.id
        LEFT JOIN postcodes pc ON pc.postcode = c.postcode`);
    await client.query(`CREATE INDEX ${TABLE}_skills ON ${TABLE} USING gin (skills)`);
    await client.query(`CREATE INDEX ${TABLE}_candidate ON ${TABLE} (candidate_id)`);
    await client.query('COMMIT');
    await client.query(`VACUUM (ANALYZE) ${TABLE}`);
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

export interface SqlPosting {
  id: string;
  jobcentreId: string;
  kind: string;
  requiredSkills: string[];
  desiredSkills: string[];
  hoursPerWeek: number | null;
  targetGroups: string[];
  targetGroup: string | null;
  startDate: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Posting → top 50 in one SQL statement: candidates holding any asked skill (the GIN index), the eligibility SQL can
 * check (placed, target group of the kind, voksenlærling age at the start, hours, travel reach by haversine), ranked
 * by the weighted share of required and desired skills held (the service's skill weights), best 50.
 */
const QUERY = `
  SELECT b.candidate_id,
         $11::float8 * (SELECT count(*) FROM unnest(b.skills) k WHERE k = ANY($2::text[]))
           / greatest(cardinality($2::text[]), 1)
       + $12::float8 * (SELECT count(*) FROM unnest(b.skills) k WHERE k = ANY($3::text[]))
           / greatest(cardinality($3::text[]), 1) AS score
    FROM ${TABLE} b
   WHERE b.skills && ($2::text[] || $3::text[])
     AND b.jobcentre_id = $1
     AND NOT b.placed
     AND (b.hours_per_week IS NULL OR $5::float8 IS NULL OR b.hours_per_week >= $5::float8)
     AND CASE $4::text
           WHEN 'småjob' THEN b.target_group = ANY($6::text[])
           WHEN 'voksenlærling' THEN b.birth_date <= $8::date - interval '25 years'
           WHEN 'fleksjob' THEN b.target_group = 'fleksjob'
           WHEN 'virksomhedspraktik' THEN b.target_group = $7::text
           WHEN 'løntilskud' THEN b.target_group = $7::text
           ELSE true END
     AND ($9::float8 IS NULL OR b.latitude IS NULL OR b.travel_reach_km IS NULL OR
          2 * 6371 * asin(sqrt(power(sin(radians(b.latitude - $9::float8) / 2), 2)
            + cos(radians($9::float8)) * cos(radians(b.latitude))
              * power(sin(radians(b.longitude - $10::float8) / 2), 2))) <= b.travel_reach_km)
   ORDER BY score DESC, b.candidate_id
   LIMIT 50`; // prettier-ignore

export async function loadSqlPostings(client: Client, ids: readonly string[]): Promise<SqlPosting[]> {
  const { rows } = await client.query(
    `SELECT p.id, p.jobcentre_id AS "jobcentreId", p.kind, p.required_skills AS "requiredSkills",
            p.desired_skills AS "desiredSkills", p.hours_per_week::float8 AS "hoursPerWeek",
            p.target_groups AS "targetGroups", p.target_group AS "targetGroup", p.start_date::text AS "startDate",
            pc.latitude, pc.longitude
       FROM postings p LEFT JOIN postcodes pc ON pc.postcode = p.workplace_postcode
      WHERE p.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((row: SqlPosting) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}

export async function postgresTop50(client: Client, posting: SqlPosting): Promise<{ candidate_id: string }[]> {
  const smaajobGroups =
    posting.targetGroups.length > 0 ? posting.targetGroups : DEFAULT_POSTING_RULES.smaajob.targetGroups;
  const result = await client.query({
    name: 'bench-postgres-top50',
    text: QUERY,
    values: [
      posting.jobcentreId,
      posting.requiredSkills,
      posting.desiredSkills,
      posting.kind,
      posting.hoursPerWeek,
      smaajobGroups,
      posting.targetGroup,
      posting.startDate,
      posting.latitude,
      posting.longitude,
      DEFAULT_MATCH_WEIGHTS.requiredSkills,
      DEFAULT_MATCH_WEIGHTS.desiredSkills,
    ],
  });
  return result.rows;
}

/** Runs the sample one posting at a time on one connection, after `warmup` postings to warm the caches. */
export async function postgresBaseline(
  url: string,
  postingIds: readonly string[],
  warmup: number,
  onProgress: (done: number) => void,
): Promise<{ stats: Percentiles; meanResults: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const postings = await loadSqlPostings(client, postingIds);
    for (const posting of postings.slice(0, warmup)) await postgresTop50(client, posting);
    const latencies: number[] = [];
    let results = 0;
    for (const posting of postings) {
      const started = performance.now();
      results += (await postgresTop50(client, posting)).length;
      latencies.push(performance.now() - started);
      onProgress(latencies.length);
    }
    return { stats: percentiles(latencies), meanResults: results / postings.length };
  } finally {
    await client.end();
  }
}
