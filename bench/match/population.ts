import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { TARGET_GROUPS } from '@jobbro/candidates';

/** Bumped when the generator changes what it makes: a kept database of another version is made again. */
export const GENERATOR_VERSION = 4;

export interface PopulationSize {
  candidates: number;
  postings: number;
  /** Filled postings whose placements make some candidates already placed. */
  filledPostings: number;
  companies: number;
  seed: number;
}

export interface PopulationMarker extends PopulationSize {
  version: number;
  generatedAt: string;
  generationSeconds: number;
  candidateSkills: number;
  placedCandidates: number;
}

const MARKER_TABLE = 'bench_match_population';
/** The demo jobcentre holds the population: its consultants sign in to the API. */
export const JOBCENTRE_CODE = 'hedensted';
/** Hedensted: half the candidates and most workplaces are within 60 km of it; the rest anywhere in Denmark. */
const HOME_POSTCODE = '8722';
/** Occupations are drawn with Zipf-like skew: the k-th most common has weight 1 / k^ZIPF_EXPONENT. */
const ZIPF_EXPONENT = 1.0;
const CHUNK = 50_000;

/**
 * Transversal skills (ESCO reuse level 'transversal') many people hold, most common first; each candidate gets two
 * drawn with skew toward the head of the list.
 */
const COMMON_TRANSVERSAL = [
  'Danish',
  'work in teams',
  'English',
  'manage time',
  'demonstrate willingness to learn',
  'adapt to change',
  'ensure customer orientation',
  'solve problems',
  'show initiative',
  'cope with stress',
  'operate digital hardware',
  'interact verbally in English',
];

/** Shares of the target groups (ydelsesgrupper) among a jobcentre's candidates, roughly as reported by STAR. */
const TARGET_GROUP_SHARES: Record<(typeof TARGET_GROUPS)[number], number> = {
  dagpenge: 0.3,
  kontanthjælp: 0.18,
  uddannelseshjælp: 0.1,
  sygedagpenge: 0.14,
  jobafklaring: 0.05,
  ressourceforløb: 0.06,
  integration: 0.09,
  fleksjob: 0.08,
};
/** Shares of the posting kinds. */
const KIND_SHARES: [string, number][] = [
  ['ordinary', 0.4],
  ['småjob', 0.2],
  ['voksenlærling', 0.1],
  ['virksomhedspraktik', 0.12],
  ['løntilskud', 0.12],
  ['fleksjob', 0.06],
];
const FIRST_NAMES = [
  'Sofie', 'Mads', 'Emma', 'Frederik', 'Ida', 'Lucas', 'Freja', 'Oliver', 'Anna', 'Ahmad', 'Mette', 'Jens', 'Karen',
  'Mohammed', 'Laura', 'William', 'Maja', 'Noah', 'Clara', 'Magnus', 'Fatima', 'Peter', 'Hanne', 'Ali', 'Louise',
]; // prettier-ignore
const LAST_NAMES = [
  'Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller', 'Yilmaz',
]; // prettier-ignore

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map(sqlText).join(', ')}]::text[]`;

/** A CASE that turns a uniform draw `u` into one of the values by their shares. */
function byShares(u: string, shares: [string, number][]): string {
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  let cumulative = 0;
  const arms = shares.slice(0, -1).map(([value, share]) => {
    cumulative += share / total;
    return `WHEN ${u} < ${cumulative.toFixed(6)} THEN ${sqlText(value)}`;
  });
  return `CASE ${arms.join(' ')} ELSE ${sqlText(shares.at(-1)![0])} END`;
}

/** Deterministic ids that sort by number: candidate n, posting n, company n are each told apart by `kind`. */
const UUID_KIND = { candidate: '8000', posting: '9000', company: 'a000' } as const;
export const benchUuid = (kind: keyof typeof UUID_KIND, n: number) =>
  `00000000-0000-4000-${UUID_KIND[kind]}-${n.toString(16).padStart(12, '0')}`;
const uuidSql = (kind: keyof typeof UUID_KIND, n: string) =>
  `('00000000-0000-4000-${UUID_KIND[kind]}-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

export async function readMarker(client: Client): Promise<PopulationMarker | null> {
  const exists = (await client.query(`SELECT to_regclass($1) AS name`, [MARKER_TABLE])).rows[0].name;
  if (!exists) return null;
  const rows = (await client.query(`SELECT value FROM ${MARKER_TABLE} WHERE key = 'complete'`)).rows;
  return rows[0]?.value ?? null;
}

export const markerFits = (marker: PopulationMarker | null, size: PopulationSize): marker is PopulationMarker =>
  marker !== null &&
  marker.version === GENERATOR_VERSION &&
  marker.candidates === size.candidates &&
  marker.postings === size.postings &&
  marker.seed === size.seed;

/**
 * Generates the population inside PostgreSQL (INSERT … SELECT over generate_series and temporary tables of the
 * taxonomy, random() seeded with setseed), chunk by chunk with a progress bar. Runs in one session with foreign-key
 * triggers off (session_replication_role = replica: every reference is made from existing rows), then ANALYZE.
 */
export async function generatePopulation(url: string, size: PopulationSize): Promise<PopulationMarker> {
  const started = performance.now();
  const client = new Client({ connectionString: url });
  await client.connect();
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  try {
    await q(`SET max_parallel_workers_per_gather = 0`);
    await q(`SET session_replication_role = replica`);
    await q(`SET synchronous_commit = off`);
    await q(`SET work_mem = '256MB'`);
    await q(`SELECT setseed($1)`, [size.seed]);
    await q(`DROP TABLE IF EXISTS ${MARKER_TABLE}`);
    await q(`CREATE TABLE ${MARKER_TABLE} (key text PRIMARY KEY, value jsonb NOT NULL)`);
    const [{ id: jobcentreId }] = (await q(`SELECT id FROM jobcentres WHERE code = $1`, [JOBCENTRE_CODE])).rows;
    if (!jobcentreId) throw new Error(`The demo jobcentre ${JOBCENTRE_CODE} was not seeded`);

    // The taxonomy as the generator draws from it. Occupations ranked in a seeded order (md5 of the code), so the
    // Zipf head is the same on every run; only occupations with at least three essential skills.
    await q(`
      CREATE TEMP TABLE gen_occupation AS
      WITH usable AS (
        SELECT o.code, o.sector_code, coalesce(o.label_da, o.label_en) AS title
          FROM occupations o
         WHERE (SELECT count(*) FROM occupation_skills s
                 WHERE s.occupation_code = o.code AND s.relation = 'essential') >= 3),
      ranked AS (
        SELECT *, row_number() OVER (ORDER BY md5(code || '${size.seed}')) AS rank FROM usable),
      weighted AS (
        SELECT *, 1.0 / power(rank, ${ZIPF_EXPONENT}) AS weight FROM ranked)
      SELECT code, sector_code, title, rank,
             sum(weight) OVER (ORDER BY rank) / sum(weight) OVER () AS upper_bound
        FROM weighted`);
    await q(`CREATE INDEX ON gen_occupation (upper_bound)`);
    await q(`ANALYZE gen_occupation`);
    await q(`
      CREATE TEMP TABLE gen_places AS
      WITH home AS (SELECT latitude, longitude FROM postcodes WHERE postcode = '${HOME_POSTCODE}'),
      placed AS (
        SELECT p.postcode,
               sqrt(power((p.latitude - h.latitude) * 111.2, 2)
                  + power((p.longitude - h.longitude) * 111.2 * cos(radians(h.latitude)), 2)) AS km
          FROM postcodes p, home h WHERE p.latitude IS NOT NULL)
      SELECT array_agg(postcode ORDER BY postcode) FILTER (WHERE km <= 60) AS near,
             array_agg(postcode ORDER BY postcode) AS everywhere
        FROM placed`);
    await q(`
      CREATE TEMP TABLE gen_transversal AS
      SELECT array_agg(uri ORDER BY position) AS uris, count(*)::int AS n
        FROM unnest(${sqlArray(COMMON_TRANSVERSAL)}) WITH ORDINALITY AS wanted(label, position)
        JOIN skills ON skills.label_en = wanted.label AND skills.reuse_level = 'transversal'`);
    const consultants = (
      await q(
        `SELECT array_agg(id::text ORDER BY email) AS ids FROM staff_members WHERE jobcentre_id = $1
                AND role = 'consultant'`,
        [jobcentreId],
      )
    ).rows[0].ids as string[];

    const bar = new SingleBar(
      {
        format: '  {task} [{bar}] {percentage}% {value}/{total} | {duration}s',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 10_000,
      },
      Presets.shades_classic,
    );

    // Companies of the jobcentre that the postings belong to.
    await q(
      `INSERT INTO companies (id, jobcentre_id, cvr_number, name, postcode, size_band)
       SELECT ${uuidSql('company', 'n')}, $1, (30000000 + n)::text, 'Benchvirksomhed ' || n || ' ApS',
              (p.near)[1 + floor(random() * cardinality(p.near))::int],
              (ARRAY['small', 'small', 'medium', 'large'])[1 + floor(random() * 4)::int]
         FROM generate_series(1, $2::int) n, gen_places p`,
      [jobcentreId, size.companies],
    );

    // Secondary indexes of the tables filled in bulk are made again after the load (the same definitions, read from
    // the catalogue): one sort each instead of millions of inserts into random places.
    const indexes: { name: string; definition: string }[] = (
      await q(
        `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
          WHERE i.schemaname = 'public' AND i.tablename IN ('candidates', 'candidate_skills')
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      )
    ).rows;
    for (const index of indexes) await q(`DROP INDEX "${index.name}"`);

    // Candidates, then their skills, a chunk at a time.
    const targetGroupCase = byShares('r.u_group', Object.entries(TARGET_GROUP_SHARES));
    bar.start(size.candidates, 0, { task: 'candidates'.padEnd(10) });
    for (let low = 1; low <= size.candidates; low += CHUNK) {
      const high = Math.min(size.candidates, low + CHUNK - 1);
      await q(
        `INSERT INTO candidates (id, jobcentre_id, name, birth_date, target_group, education_level, postcode,
                                 travel_reach_km, desired_sectors, desired_occupations, willing_to_change_sector,
                                 hours_per_week, ladder_step, consultant_id)
         SELECT ${uuidSql('candidate', 'r.n')}, $1,
                (${sqlArray(FIRST_NAMES)})[1 + floor(r.u_first * ${FIRST_NAMES.length})::int] || ' ' ||
                (${sqlArray(LAST_NAMES)})[1 + floor(r.u_last * ${LAST_NAMES.length})::int],
                current_date - (18 * 365.25 + r.u_age * (49 * 365.25 - 2))::int,
                ${targetGroupCase},
                (ARRAY['grundskole', 'gymnasial', 'erhvervsfaglig', 'erhvervsfaglig', 'kort-videregående',
                       'mellemlang', 'lang'])[1 + floor(r.u_education * 7)::int],
                CASE WHEN r.u_near < 0.5 THEN (p.near)[1 + floor(r.u_place * cardinality(p.near))::int]
                     ELSE (p.everywhere)[1 + floor(r.u_place * cardinality(p.everywhere))::int] END,
                5 + floor(r.u_reach * 56)::int,
                ARRAY[o.sector_code], ARRAY[o.code],
                r.u_change < 0.3,
                5 + floor(r.u_hours * 33)::int,
                (ARRAY[1, 2, 2, 3, 3, 3, 4, 4, 5, 5])[1 + floor(r.u_step * 10)::int],
                CASE WHEN r.u_consultant < 0.9
                     THEN ($2::uuid[])[1 + floor(r.u_consultant / 0.9 * cardinality($2::uuid[]))::int] END
           FROM (SELECT n, random() AS u_occupation, random() AS u_first, random() AS u_last, random() AS u_age,
                        random() AS u_group, random() AS u_education, random() AS u_near, random() AS u_place,
                        random() AS u_reach, random() AS u_change, random() AS u_hours, random() AS u_step,
                        random() AS u_consultant
                   FROM generate_series($3::int, $4::int) n) r
           CROSS JOIN gen_places p
           CROSS JOIN LATERAL (SELECT code, sector_code FROM gen_occupation
                                WHERE upper_bound >= r.u_occupation ORDER BY upper_bound LIMIT 1) o
          ORDER BY r.n`,
        [jobcentreId, consultants, low, high],
      );
      await q(
        `INSERT INTO candidate_skills (jobcentre_id, candidate_id, skill_uri, level)
         SELECT $1, c.id, s.skill_uri, 1 + floor(random() * 4)::int
           FROM candidates c
           JOIN occupation_skills s ON s.occupation_code = c.desired_occupations[1]
          WHERE c.id BETWEEN $2::uuid AND $3::uuid
            AND random() < CASE s.relation WHEN 'essential' THEN 0.6 ELSE 0.25 END
          ORDER BY c.id, s.skill_uri`,
        [jobcentreId, benchUuid('candidate', low), benchUuid('candidate', high)],
      );
      await q(
        `INSERT INTO candidate_skills (jobcentre_id, candidate_id, skill_uri, level)
         SELECT $1, c.id, (t.uris)[1 + floor(power(random(), 2) * t.n)::int], 1 + floor(random() * 4)::int
           FROM candidates c
          CROSS JOIN gen_transversal t
          CROSS JOIN generate_series(1, 2) pick
          WHERE c.id BETWEEN $2::uuid AND $3::uuid
          ORDER BY c.id, pick
         ON CONFLICT DO NOTHING`,
        [jobcentreId, benchUuid('candidate', low), benchUuid('candidate', high)],
      );
      bar.update(high);
    }
    bar.stop();
    const indexBar = new SingleBar(
      { format: '  {task} {value}/{total} | {duration}s', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 },
      Presets.shades_classic,
    );
    indexBar.start(indexes.length, 0, { task: 'indexes'.padEnd(10) });
    await q(`SET maintenance_work_mem = '1GB'`);
    for (const [done, index] of indexes.entries()) {
      await q(index.definition);
      indexBar.update(done + 1);
    }
    indexBar.stop();

    // Open postings of every kind, each for one occupation (drawn with the same skew) asking for up to 8 of its
    // essential skills and up to 8 optional ones, with what each kind must hold to be published
    // (libs/postings/src/rules: småjob 1–15 hours and target groups, voksenlærling education, praktik and løntilskud
    // target group and duration within the limits, fleksjob for fleksjob).
    await insertPostings(q, jobcentreId, size, 'open');
    await insertPostings(q, jobcentreId, size, 'filled');

    // Placements in the filled postings: those candidates are already placed.
    await q(
      `INSERT INTO placements (jobcentre_id, posting_id, candidate_id, kind, start_date, hours_per_week,
                               ladder_step_before, ladder_step_after)
       SELECT $1, p.id, ${uuidSql('candidate', `(1 + floor(random() * $2::int))::int`)}, p.kind, p.start_date,
              p.hours_per_week, NULL, NULL
         FROM postings p CROSS JOIN LATERAL generate_series(1, p.positions) slot
        WHERE p.jobcentre_id = $1 AND p.external_id LIKE 'BENCH-FILLED-%'
        ORDER BY p.id, slot
       ON CONFLICT DO NOTHING`,
      [jobcentreId, size.candidates],
    );
    await q(
      `UPDATE postings p SET positions = f.placed, positions_filled = f.placed, status = 'filled'
         FROM (SELECT posting_id, count(*)::int AS placed FROM placements WHERE jobcentre_id = $1
                GROUP BY posting_id) f
        WHERE p.id = f.posting_id AND p.external_id LIKE 'BENCH-FILLED-%'`,
      [jobcentreId],
    );
    await q(`DELETE FROM postings WHERE external_id LIKE 'BENCH-FILLED-%' AND status = 'open'`);

    const counts = (
      await q(
        `SELECT (SELECT count(*) FROM candidate_skills WHERE jobcentre_id = $1)::int AS skills,
                (SELECT count(DISTINCT candidate_id) FROM placements WHERE jobcentre_id = $1
                  AND ended_at IS NULL)::int AS placed`,
        [jobcentreId],
      )
    ).rows[0];

    const analyze = new SingleBar(
      { format: '  {task} {duration}s', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 },
      Presets.shades_classic,
    );
    analyze.start(1, 0, { task: 'VACUUM ANALYZE' });
    await q(`RESET session_replication_role`);
    for (const table of ['candidates', 'candidate_skills', 'postings', 'placements', 'companies'])
      await q(`VACUUM (ANALYZE) ${table}`);
    // Done writing: a checkpoint lets PostgreSQL recycle the write-ahead log of the generation.
    await q(`CHECKPOINT`);
    analyze.update(1);
    analyze.stop();

    const marker: PopulationMarker = {
      ...size,
      version: GENERATOR_VERSION,
      generatedAt: new Date().toISOString(),
      generationSeconds: Math.round((performance.now() - started) / 100) / 10,
      candidateSkills: counts.skills,
      placedCandidates: counts.placed,
    };
    await q(`INSERT INTO ${MARKER_TABLE} (key, value) VALUES ('complete', $1)`, [JSON.stringify(marker)]);
    return marker;
  } finally {
    await client.end();
  }
}

async function insertPostings(
  q: (sql: string, params?: unknown[]) => Promise<unknown>,
  jobcentreId: string,
  size: PopulationSize,
  status: 'open' | 'filled',
): Promise<void> {
  const count = status === 'open' ? size.postings : size.filledPostings;
  const offset = status === 'open' ? 0 : size.postings;
  const kindCase = byShares('r.u_kind', KIND_SHARES);
  const smaajobGroups = ['kontanthjælp', 'uddannelseshjælp', 'ressourceforløb', 'jobafklaring', 'integration'];
  const praktikGroups = [...TARGET_GROUPS];
  const loentilskudGroups = ['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'integration', 'jobafklaring'];
  await q(
    `INSERT INTO postings (id, jobcentre_id, company_id, external_id, kind, status, title, occupation_code,
                           required_skills, desired_skills, hours_per_week, workplace_postcode, start_date,
                           duration_weeks, positions, target_groups, target_group, employer_type, education_name,
                           education_months, company_visible_publicly, created_by_name, published_at, created_at)
     SELECT ${uuidSql('posting', `r.n + ${offset}`)}, $1,
            ${uuidSql('company', `1 + floor(r.u_company * $3::int)::int`)},
            'BENCH-${status === 'open' ? 'OPEN' : 'FILLED'}-' || r.n, k.kind, 'open',
            o.title, o.code,
            ARRAY(SELECT skill_uri FROM occupation_skills s
                   WHERE s.occupation_code = o.code AND s.relation = 'essential' AND r.n IS NOT NULL
                   ORDER BY random() LIMIT 3 + floor(r.u_required * 6)::int),
            ARRAY(SELECT skill_uri FROM occupation_skills s
                   WHERE s.occupation_code = o.code AND s.relation = 'optional' AND r.n IS NOT NULL
                   ORDER BY random() LIMIT floor(r.u_desired * 9)::int),
            CASE k.kind WHEN 'småjob' THEN 3 + floor(r.u_hours * 13)
                        WHEN 'fleksjob' THEN 5 + floor(r.u_hours * 16)
                        WHEN 'voksenlærling' THEN 37
                        WHEN 'ordinary' THEN (ARRAY[37, 37, 37, 30, 25, 20])[1 + floor(r.u_hours * 6)::int]
                        ELSE 15 + floor(r.u_hours * 23) END,
            CASE WHEN r.u_near < 0.8 THEN (p.near)[1 + floor(r.u_place * cardinality(p.near))::int]
                 ELSE (p.everywhere)[1 + floor(r.u_place * cardinality(p.everywhere))::int] END,
            current_date + (7 + floor(r.u_start * 60))::int,
            CASE k.kind WHEN 'virksomhedspraktik'
                          THEN CASE WHEN g.praktik = 'dagpenge' THEN 4 ELSE 4 + floor(r.u_weeks * 10)::int END
                        WHEN 'løntilskud' THEN CASE WHEN r.u_employer < 0.7 THEN 13 + floor(r.u_weeks * 14)::int
                                                   ELSE 8 + floor(r.u_weeks * 10)::int END END,
            CASE WHEN '${status}' = 'filled' THEN 1 + floor(r.u_positions * 8)::int
                 ELSE (ARRAY[1, 1, 1, 1, 2, 2, 3, 5])[1 + floor(r.u_positions * 8)::int] END,
            CASE WHEN k.kind = 'småjob' THEN
              ARRAY(SELECT g2 FROM unnest(${sqlArray(smaajobGroups)}) g2 WHERE random() < 0.7 OR g2 = 'kontanthjælp'
                      AND r.n IS NOT NULL)
              ELSE '{}' END,
            CASE k.kind WHEN 'virksomhedspraktik' THEN g.praktik WHEN 'løntilskud' THEN g.loentilskud
                        WHEN 'fleksjob' THEN 'fleksjob' END,
            CASE WHEN k.kind = 'løntilskud' THEN CASE WHEN r.u_employer < 0.7 THEN 'private' ELSE 'public' END END,
            CASE WHEN k.kind = 'voksenlærling' THEN 'Erhvervsuddannelse som ' || lower(o.title) END,
            CASE WHEN k.kind = 'voksenlærling' THEN 24 + floor(r.u_weeks * 25)::int END,
            r.u_visible < 0.5, 'Benchmark',
            now() - (r.u_published * 40) * interval '1 day',
            now() - (r.u_published * 40 + 1) * interval '1 day'
       FROM (SELECT n, random() AS u_occupation, random() AS u_kind, random() AS u_company, random() AS u_required,
                    random() AS u_desired, random() AS u_hours, random() AS u_near, random() AS u_place,
                    random() AS u_start, random() AS u_weeks, random() AS u_employer, random() AS u_positions,
                    random() AS u_group, random() AS u_visible, random() AS u_published
               FROM generate_series(1, $2::int) n) r
       CROSS JOIN gen_places p
       CROSS JOIN LATERAL (SELECT ${kindCase} AS kind) k
       CROSS JOIN LATERAL (
              SELECT (${sqlArray(praktikGroups)})[1 + floor(r.u_group * ${praktikGroups.length})::int] AS praktik,
                     (${sqlArray(loentilskudGroups)})[1 + floor(r.u_group * ${loentilskudGroups.length})::int]
                       AS loentilskud) g
       CROSS JOIN LATERAL (SELECT code, title FROM gen_occupation
                            WHERE upper_bound >= r.u_occupation ORDER BY upper_bound LIMIT 1) o
      ORDER BY r.n`,
    [jobcentreId, count, size.companies],
  );
}
