/**
 * npm run bench:match — matching on a realistic population (issue 11, "Speed"). `npm run build` first (`npm run
 * bench` does): the HTTP part runs the built API process.
 *
 *  1. Population, made from the real taxonomy inside PostgreSQL (bench/match/population.ts) and kept in
 *     .bench-data/match between runs (a marker row says it is complete; `-- --regenerate` makes it again):
 *     BENCH_MATCH_CANDIDATES (1,000,000) candidates in one jobcentre, each trained for one ESCO occupation drawn
 *     with Zipf-like skew, holding ~60 % of its essential and ~25 % of its optional skills plus two common
 *     transversal ones; BENCH_MATCH_POSTINGS (10,000) open postings of all six kinds.
 *  2. Over the same sample of BENCH_MATCH_SAMPLE (200) postings drawn with the seed, after a warm-up:
 *     a. PostgreSQL alone: a GIN index on the candidates' skill codes, eligibility and a weighted overlap in SQL;
 *     b. naive: every candidate through checkEligibility and scoreMatch in this process (BENCH_MATCH_NAIVE, 20);
 *     c. the service, in process (MatchesService) and over HTTP (the built API), both directions, with
 *        eligibility and explanations; the API's readiness time after start and its peak resident memory;
 *     d. freshness: two API processes on the database, a change through one seen in the other's matches.
 *  3. A table of every figure against its target, and bench/results/match.json.
 */
import { Client } from 'pg';
import { join } from 'node:path';
import { freePort } from './support/api-process';
import { progressBars } from './support/progress';
import { demoPassword, sampleMemory, signIn, startBenchApi, stopBenchApi, type BenchApi } from './match/api';
import { BENCH_DIR, POSTGRES_DIR, openMatchDatabase, type BenchDatabase } from './match/database';
import { candidateMatchesPath, freshness, overHttp, postingMatchesPath, waitUntilMatching } from './match/http';
import { loadCandidateFacts, loadContext, loadPostingFacts, naiveBaseline } from './match/naive-baseline';
import {
  JOBCENTRE_CODE,
  benchUuid,
  generatePopulation,
  markerFits,
  readMarker,
  type PopulationMarker,
  type PopulationSize,
} from './match/population';
import { ensureSkillSets, postgresBaseline } from './match/postgres-baseline';
import { atLeast, atMost, info, printTable, writeJson, type Figure } from './match/report';
import { serviceInProcess } from './match/service';
import { describe, megabytes, seededRandom } from './match/stats';

const SIZE: PopulationSize = {
  candidates: Number(process.env.BENCH_MATCH_CANDIDATES ?? 1_000_000),
  postings: Number(process.env.BENCH_MATCH_POSTINGS ?? 10_000),
  filledPostings: Math.round(Number(process.env.BENCH_MATCH_POSTINGS ?? 10_000) * 0.8),
  companies: 2_000,
  seed: 0.42,
};
const SAMPLE = Number(process.env.BENCH_MATCH_SAMPLE ?? 200);
const NAIVE = Number(process.env.BENCH_MATCH_NAIVE ?? 20);
/** Postings the naive baseline also runs with the rule functions' number formatting exactly as shipped (slow). */
const NAIVE_AS_SHIPPED = Number(process.env.BENCH_MATCH_NAIVE_AS_SHIPPED ?? 2);
const WARMUP = Number(process.env.BENCH_MATCH_WARMUP ?? 20);
const FRESHNESS_TRIES = Number(process.env.BENCH_MATCH_FRESHNESS ?? 20);
const REGENERATE = process.argv.includes('--regenerate') || process.env.BENCH_MATCH_REGENERATE === 'true';
const SKIP = new Set((process.env.BENCH_MATCH_SKIP ?? '').split(',').filter(Boolean));
const RESULTS = join(__dirname, 'results/match.json');
const CONSULTANT = 'anna.mikkelsen@hedensted.dk';

const progress = progressBars(34);

async function population(pgPort: number): Promise<{ db: BenchDatabase; marker: PopulationMarker; fresh: boolean }> {
  let db = await openMatchDatabase(pgPort, REGENERATE);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const marker = await readMarker(client).finally(() => client.end());
  if (!REGENERATE && markerFits(marker, SIZE)) {
    console.log(
      `Population kept in ${BENCH_DIR} (generated ${marker.generatedAt} in ${marker.generationSeconds} s):` +
        ` ${marker.candidates.toLocaleString('en')} candidates, ${marker.candidateSkills.toLocaleString('en')}` +
        ` candidate skills, ${marker.postings.toLocaleString('en')} open postings`,
    );
    return { db, marker, fresh: false };
  }
  if (!REGENERATE) {
    console.log(marker ? 'The kept population is of another size or version: making it again' : 'No population yet');
    await db.stop();
    db = await openMatchDatabase(pgPort, true);
  }
  console.log(`Generating the population in ${BENCH_DIR}:`);
  const started = performance.now();
  // The demo jobcentre, its consultants and companies, seeded by the API process itself.
  const seeder = await startBenchApi(db.url, await freePort(), POSTGRES_DIR);
  await stopBenchApi(seeder);
  console.log(`  migrated and seeded the demo jobcentre in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const generated = await generatePopulation(db.url, SIZE);
  console.log(
    `  ${generated.candidates.toLocaleString('en')} candidates with ${generated.candidateSkills.toLocaleString('en')}` +
      ` skills, ${generated.postings.toLocaleString('en')} open postings,` +
      ` ${generated.placedCandidates.toLocaleString('en')} candidates placed, in ${generated.generationSeconds} s`,
  );
  return { db, marker: generated, fresh: true };
}

/** The sample: postings and candidates drawn with the seed (the same on every run of the same population). */
async function sample(client: Client): Promise<{ postingIds: string[]; candidateIds: string[] }> {
  const postingIds = (
    await client.query(
      `SELECT id FROM postings WHERE external_id LIKE 'BENCH-OPEN-%' AND status = 'open'
        ORDER BY md5(id::text || $1) LIMIT $2`,
      [String(SIZE.seed), SAMPLE],
    )
  ).rows.map((row: { id: string }) => row.id);
  const random = seededRandom(20261124);
  const candidateIds = Array.from({ length: SAMPLE }, () =>
    benchUuid('candidate', 1 + Math.floor(random() * SIZE.candidates)),
  );
  return { postingIds, candidateIds };
}

async function main(): Promise<void> {
  const summary: Record<string, unknown> = { startedAt: new Date().toISOString(), size: SIZE, sample: SAMPLE };
  const figures: Figure[] = [];
  const pgPort = await freePort();
  const { db, marker, fresh } = await population(pgPort);
  summary.population = { ...marker, reused: !fresh };
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const apis: BenchApi[] = [];
  try {
    const [{ id: jobcentreId }] = (await client.query(`SELECT id FROM jobcentres WHERE code = $1`, [JOBCENTRE_CODE]))
      .rows;
    const { postingIds, candidateIds } = await sample(client);
    let pgP95: number | null = null;
    let naiveP95: number | null = null;

    // a. PostgreSQL alone.
    if (!SKIP.has('postgres')) {
      const built = await ensureSkillSets(db.url);
      if (built !== null) console.log(`Built the PostgreSQL baseline's GIN table in ${built.toFixed(1)} s`);
      const bar = progress('PostgreSQL: posting → top 50', postingIds.length);
      const pg = await postgresBaseline(db.url, postingIds, WARMUP, bar.update);
      bar.stop();
      console.log(`  ${describe(pg.stats)}; ${pg.meanResults.toFixed(1)} results a posting on average`);
      summary.postgres = { ...pg, ginTableBuildSeconds: built };
      pgP95 = pg.stats.p95;
      figures.push(info('PostgreSQL alone, posting → 50: p50', pg.stats.p50, 'ms'));
      figures.push(info('PostgreSQL alone, posting → 50: p95', pg.stats.p95, 'ms'));
      figures.push(info('PostgreSQL alone, posting → 50: p99', pg.stats.p99, 'ms'));
    }

    // b. Naive: every candidate scored in this process.
    if (!SKIP.has('naive')) {
      const context = await loadContext(client);
      const loadBar = progress('naive: loading candidates', SIZE.candidates);
      const loadStarted = performance.now();
      const candidates = await loadCandidateFacts(client, jobcentreId, SIZE.candidates, loadBar.update);
      loadBar.stop();
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      const postings = await loadPostingFacts(client, postingIds.slice(0, NAIVE));
      const bar = progress('naive: posting → top 50', postings.length);
      const naive = naiveBaseline(postings, candidates, context, NAIVE_AS_SHIPPED, bar.update);
      bar.stop();
      console.log(`  ${describe(naive.stats, false)}; candidates loaded in ${loadSeconds.toFixed(1)} s`);
      if (naive.asShipped)
        console.log(`  with a number formatter made per exclusion, as shipped: ${describe(naive.asShipped, false)}`);
      summary.naive = { stats: naive.stats, asShipped: naive.asShipped, postings: postings.length, loadSeconds };
      naiveP95 = naive.stats.p95;
      figures.push(info('naive (every candidate scored), posting → 50: p50', naive.stats.p50, 'ms'));
      figures.push(info('naive (every candidate scored), posting → 50: p95', naive.stats.p95, 'ms'));
      if (naive.asShipped)
        figures.push(
          info('naive, number formatter per exclusion: p50', naive.asShipped.p50, 'ms', 'toLocaleString as shipped'),
        );
    }
    (globalThis as { gc?: () => void }).gc?.();

    // c. The service, in process.
    let serviceP95: number | null = null;
    if (!SKIP.has('service')) {
      const service = await serviceInProcess(db.url, postingIds, candidateIds, WARMUP, progress);
      summary.service = service;
      if (service) {
        serviceP95 = service.postingToCandidates.p95;
        console.log(`  posting → candidates ${describe(service.postingToCandidates)}`);
        console.log(`  candidate → postings ${describe(service.candidateToPostings)}`);
        console.log(`  ready for matching ${service.readySeconds.toFixed(1)} s after the application started`);
        figures.push(
          atMost('service in process, posting → 50: p50', service.postingToCandidates.p50, 10, 'ms', 'stretch'),
        );
        figures.push(atMost('service in process, posting → 50: p95', serviceP95, 25, 'ms'));
        figures.push(atMost('service in process, posting → 50: p95 (stretch)', serviceP95, 10, 'ms'));
        figures.push(info('service in process, posting → 50: p99', service.postingToCandidates.p99, 'ms'));
        figures.push(info('service in process, candidate → 50: p50', service.candidateToPostings.p50, 'ms'));
        figures.push(info('service in process, candidate → 50: p95', service.candidateToPostings.p95, 'ms'));
        figures.push(info('service in process, candidate → 50: p99', service.candidateToPostings.p99, 'ms'));
      } else figures.push(atMost('service in process, posting → 50: p95', null, 25, 'ms', 'MatchesService not found'));
    }
    const ratio = (slow: number | null, fast: number | null) => (slow !== null && fast ? slow / fast : null);
    figures.push(atLeast('speed-up naive / service (p95)', ratio(naiveP95, serviceP95), 25, '×'));
    figures.push(atLeast('speed-up PostgreSQL / service (p95)', ratio(pgP95, serviceP95), 10, '×'));

    // c. Over HTTP, and d. freshness across two API processes.
    if (!SKIP.has('http')) {
      const api = await startBenchApi(db.url, await freePort(), POSTGRES_DIR, { DEMO_SEED: 'never' });
      apis.push(api);
      const memory = sampleMemory(api.pid);
      const token = await signIn(api.port, CONSULTANT, demoPassword(POSTGRES_DIR));
      const readySeconds = await waitUntilMatching(api, token, postingIds[0]).catch((error: Error) => {
        console.log(`  ${error.message}`);
        return null;
      });
      if (readySeconds === null) {
        figures.push(atMost('HTTP, posting → 50: p95', null, 30, 'ms', 'no matches endpoint'));
      } else {
        console.log(`HTTP (the built API, ready for matching ${readySeconds.toFixed(1)} s after it was spawned):`);
        const bar = progress('HTTP: both directions', postingIds.length + candidateIds.length);
        const http = await overHttp(api, token, postingIds, candidateIds, WARMUP, bar.update);
        bar.stop();
        console.log(`  posting → candidates ${describe(http.postingToCandidates)}`);
        console.log(`  candidate → postings ${describe(http.candidateToPostings)}`);
        figures.push(atMost('HTTP, posting → 50: p95', http.postingToCandidates.p95, 30, 'ms'));
        figures.push(info('HTTP, posting → 50: p50', http.postingToCandidates.p50, 'ms'));
        figures.push(info('HTTP, posting → 50: p99', http.postingToCandidates.p99, 'ms'));
        figures.push(info('HTTP, candidate → 50: p50', http.candidateToPostings.p50, 'ms'));
        figures.push(info('HTTP, candidate → 50: p95', http.candidateToPostings.p95, 'ms'));
        figures.push(info('HTTP, candidate → 50: p99', http.candidateToPostings.p99, 'ms'));
        figures.push(info('API ready for matching after start', readySeconds, 's', 'spawn to first match list'));
        summary.http = { ...http, readySeconds, paths: [postingMatchesPath(':id'), candidateMatchesPath(':id')] };

        if (!SKIP.has('freshness')) {
          const second = await startBenchApi(db.url, await freePort(), POSTGRES_DIR, { DEMO_SEED: 'never' });
          apis.push(second);
          const secondMemory = sampleMemory(second.pid);
          const secondReady = await waitUntilMatching(second, token, postingIds[0]);
          const bar2 = progress('freshness across two processes', FRESHNESS_TRIES);
          const fresh = await freshness(client, api, second, token, jobcentreId, FRESHNESS_TRIES, bar2.update);
          bar2.stop();
          console.log(`  new candidate matchable in the other process: ${describe(fresh.create, false)}`);
          console.log(`  changed skills seen: ${describe(fresh.update, false)}`);
          console.log(`  placement (ineligible) seen: ${describe(fresh.placement, false)}`);
          if (fresh.timedOut > 0) console.log(`  changes not seen within 15 s: ${fresh.timedOut}`);
          figures.push(atMost('freshness, new candidate: p50', fresh.create.p50, 1000, 'ms'));
          figures.push(atMost('freshness, new candidate: p95', fresh.create.p95, 1000, 'ms'));
          figures.push(atMost('freshness, skills changed: p95', fresh.update.p95, 1000, 'ms'));
          figures.push(atMost('freshness, placed (ineligible): p95', fresh.placement.p95, 1000, 'ms'));
          summary.freshness = { ...fresh, secondReadySeconds: secondReady };
          summary.secondApiPeakRssMb = megabytes(secondMemory.stop());
          await cleanUpFreshness(client);
        }
      }
      const peak = memory.stop();
      console.log(`  API process peak resident memory ${megabytes(peak)} MB`);
      figures.push(atMost('API process peak RSS', megabytes(peak), 512, 'MB'));
      summary.apiPeakRssMb = megabytes(peak);
    }

    printTable(figures);
    summary.figures = figures;
    summary.finishedAt = new Date().toISOString();
    writeJson(RESULTS, summary);
    console.log(`\nSummary written to ${RESULTS}`);
  } finally {
    await Promise.all(apis.map((api) => stopBenchApi(api)));
    await client.end().catch(() => undefined);
    await db.stop();
  }
}

/** Removes what the freshness runs created, so the kept population stays as generated. */
async function cleanUpFreshness(client: Client): Promise<void> {
  try {
    await client.query('BEGIN');
    const made = `SELECT id FROM candidates WHERE name LIKE 'Frisk Kandidat %'`;
    await client.query(`DELETE FROM placements WHERE candidate_id IN (${made})`);
    for (const table of ['candidate_ladder_steps', 'candidate_consultant_changes', 'candidate_skills'])
      await client.query(`DELETE FROM ${table} WHERE candidate_id IN (${made})`);
    await client.query(`DELETE FROM candidates WHERE name LIKE 'Frisk Kandidat %'`);
    await client.query(`DELETE FROM postings WHERE external_id LIKE 'BENCH-FRESHNESS-%'`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    console.log(`  (could not remove the freshness candidates: ${(error as Error).message})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
