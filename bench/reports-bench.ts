/**
 * npm run bench:reports — one jobcentre's monthly figures on a national database (issue 13, "Figures": p95 ≤ 1 s).
 *
 *  1. Population, made inside PostgreSQL with generate_series (bench/reports/population.ts) in an embedded
 *     PostgreSQL kept under /work/.bench-data-reports (BENCH_REPORTS_DIR) between runs; a marker row says it is
 *     complete and of which size (`-- --regenerate` makes it again): 98 jobcentres × 5 years, 5,000,000 intakes with
 *     their contact and breach events, 1,000,000 candidates with ladder steps and consultant changes, 500,000
 *     placements in filled postings, open and closed postings, 196,000 companies, shortage periods and Code of Care
 *     memberships, events and goals. BENCH_REPORTS_SCALE (1) shrinks every count for a quick try.
 *  2. BENCH_REPORTS_SAMPLE (50) jobcentre-months drawn with a seed, after a warm-up of BENCH_REPORTS_WARMUP (5):
 *     a. computeMonthlyFigures (libs/reports/src/monthly/compute-monthly-figures.ts) when it is there;
 *     b. the figures as plain SQL (bench/reports/month-sql.ts), statement by statement.
 *  3. p50/p95 against the target, and bench/results/reports.json.
 */
import { Client } from 'pg';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { freePort } from './support/api-process';
import { progressBars } from './support/progress';
import { describe, percentiles, seededRandom, type Percentiles } from './match/stats';
import { BENCH_DIR, openReportsDatabase, type BenchDatabase } from './reports/database';
import { monthBySql } from './reports/month-sql';
import { generatePopulation, markerFits, readMarker, WINDOW, type PopulationSize } from './reports/population';

const SCALE = Number(process.env.BENCH_REPORTS_SCALE ?? 1);
const scaled = (count: number) => Math.max(1, Math.round(count * SCALE));
const SIZE: PopulationSize = {
  jobcentres: 98,
  companiesPerJobcentre: scaled(2_000),
  intakes: scaled(5_000_000),
  candidates: Math.max(98 * 10, scaled(1_000_000)),
  placements: scaled(500_000),
  openPostings: scaled(30_000),
  closedPostings: scaled(20_000),
  ladderMoves: scaled(1_000_000),
  consultantChanges: scaled(300_000),
  membershipsPerJobcentre: Math.max(20, Math.round(150 * Math.min(1, SCALE * 10))),
};
const SAMPLE = Number(process.env.BENCH_REPORTS_SAMPLE ?? 50);
const WARMUP = Number(process.env.BENCH_REPORTS_WARMUP ?? 5);
const REGENERATE = process.argv.includes('--regenerate') || process.env.BENCH_REPORTS_REGENERATE === 'true';
const TARGET_P95_MS = 1000;
const COMPUTE_MODULE = join(__dirname, '../libs/reports/src/monthly/compute-monthly-figures');
const RESULTS = join(__dirname, 'results/reports.json');
/**
 * Indexes the month's figures would want (no migration has them yet): BENCH_REPORTS_TRY_INDEXES=true builds them,
 * measures the plain SQL again, and drops them, so the kept database stays as the migrations make it.
 */
const TRY_INDEXES = process.env.BENCH_REPORTS_TRY_INDEXES === 'true';
const PROPOSED_INDEXES: Record<string, string> = {
  bench_intakes_received: 'intakes (jobcentre_id, received_at)',
  bench_intakes_breached: 'intakes (jobcentre_id, breached_at) WHERE breached_at IS NOT NULL',
  bench_ladder_steps_changed: 'candidate_ladder_steps (jobcentre_id, changed_at) WHERE previous_step IS NOT NULL',
  bench_placements_created: 'placements (jobcentre_id, created_at)',
};

const progress = progressBars(30);

async function population(pgPort: number): Promise<{ db: BenchDatabase; generationSeconds: number; kept: boolean }> {
  let db = await openReportsDatabase(pgPort, REGENERATE);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const marker = await readMarker(client).finally(() => client.end());
  if (!REGENERATE && markerFits(marker, SIZE)) {
    console.log(
      `Population kept in ${BENCH_DIR} (generated ${marker.generatedAt} in ${marker.generationSeconds} s): ` +
        `${marker.intakes.toLocaleString('en')} intakes, ${marker.candidates.toLocaleString('en')} candidates, ` +
        `${marker.placements.toLocaleString('en')} placements`,
    );
    return { db, generationSeconds: marker.generationSeconds, kept: true };
  }
  if (!REGENERATE) {
    console.log(marker ? 'The kept population is of another size or version: making it again' : 'No population yet');
    await db.stop();
    db = await openReportsDatabase(pgPort, true);
  }
  console.log(`Generating the population in ${BENCH_DIR}:`);
  const made = await generatePopulation(db.url, SIZE, progress);
  console.log(`  generated in ${made.generationSeconds} s`);
  return { db, generationSeconds: made.generationSeconds, kept: false };
}

/** The sample: jobcentre-months drawn with the seed (the same on every run), months within the five years. */
function sample(count: number): { jobcentre: number; month: string }[] {
  const random = seededRandom(20261124);
  const [fromYear, fromMonth] = WINDOW.from.split('-').map(Number);
  return Array.from({ length: count }, () => {
    const offset = Math.floor(random() * 60);
    const date = new Date(Date.UTC(fromYear, fromMonth - 1 + offset, 1));
    return { jobcentre: 1 + Math.floor(random() * SIZE.jobcentres), month: date.toISOString().slice(0, 7) };
  });
}

type Compute = (dataSource: DataSource, jobcentreId: string, month: string) => Promise<unknown>;

/** computeMonthlyFigures from libs/reports, when that file is on this branch (it is written beside this bench). */
function loadCompute(): Compute | null {
  if (!existsSync(`${COMPUTE_MODULE}.ts`) && !existsSync(`${COMPUTE_MODULE}.js`)) return null;
  // require, not import(): under ts-node a dynamic import() is Node's ES loader, which cannot load TypeScript.
  const module = createRequire(__filename)(COMPUTE_MODULE) as { computeMonthlyFigures?: Compute };
  return module.computeMonthlyFigures ?? null;
}

async function measure(run: (jobcentreId: string, month: string) => Promise<unknown>, ids: Map<number, string>) {
  const draws = sample(WARMUP + SAMPLE);
  for (const draw of draws.slice(0, WARMUP)) await run(ids.get(draw.jobcentre)!, draw.month);
  const times: number[] = [];
  const bar = progress('jobcentre-months', SAMPLE);
  for (const draw of draws.slice(WARMUP)) {
    const at = performance.now();
    await run(ids.get(draw.jobcentre)!, draw.month);
    times.push(performance.now() - at);
    bar.update(times.length);
  }
  bar.stop();
  return percentiles(times);
}

async function main() {
  const { db, generationSeconds, kept } = await population(await freePort());
  const results: Record<string, unknown> = { size: SIZE, generationSeconds, populationKept: kept };
  try {
    const client = new Client({ connectionString: db.url });
    // A failed statement ends the run and stops the server: this client's farewell is not another failure.
    client.on('error', () => undefined);
    await client.connect();
    const ids = new Map<number, string>(
      (await client.query(`SELECT code, id FROM jobcentres WHERE code LIKE 'bench-%'`)).rows.map(
        (row: { code: string; id: string }) => [Number(row.code.slice(6)), row.id],
      ),
    );
    const counts = (
      await client.query(`SELECT (SELECT count(*) FROM intakes) AS intakes,
        (SELECT count(*) FROM intake_events) AS events,
        (SELECT count(*) FROM candidates) AS candidates, (SELECT count(*) FROM placements) AS placements,
        (SELECT count(*) FROM postings) AS postings, (SELECT count(*) FROM companies) AS companies`)
    ).rows[0];
    console.log(
      'Rows:',
      Object.entries(counts)
        .map(([k, v]) => `${k} ${Number(v).toLocaleString('en')}`)
        .join(', '),
    );
    results.rows = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]));

    const figures: Record<string, Percentiles | string> = {};
    const bySql = async (label: string) => {
      const perStatement: Record<string, number[]> = {};
      console.log(`The month's figures as plain SQL, ${label} (${SAMPLE} jobcentre-months, ${WARMUP} warm-up):`);
      const all = await measure(async (jobcentreId, month) => {
        const times = await monthBySql(client, jobcentreId, month);
        for (const [name, time] of Object.entries(times)) (perStatement[name] ??= []).push(time);
      }, ids);
      console.log(`  plain SQL: ${describe(all)}`);
      for (const [name, times] of Object.entries(perStatement))
        console.log(`    ${name.padEnd(26)} ${describe(percentiles(times), false)}`);
      return {
        all,
        perStatement: Object.fromEntries(
          Object.entries(perStatement).map(([name, times]) => [name, percentiles(times)]),
        ),
      };
    };
    const plain = await bySql("with the migrations' indexes");
    figures.sql = plain.all;
    results.sqlPerStatement = plain.perStatement;
    if (TRY_INDEXES) {
      const at = performance.now();
      for (const [name, definition] of Object.entries(PROPOSED_INDEXES))
        await client.query(`CREATE INDEX IF NOT EXISTS ${name} ON ${definition}`);
      await client.query('ANALYZE intakes, candidate_ladder_steps, placements');
      console.log(`  built the proposed indexes in ${((performance.now() - at) / 1000).toFixed(1)} s`);
      try {
        const indexed = await bySql('with the proposed indexes');
        figures.sqlWithProposedIndexes = indexed.all;
        results.sqlPerStatementWithProposedIndexes = indexed.perStatement;
        results.proposedIndexes = PROPOSED_INDEXES;
      } finally {
        for (const name of Object.keys(PROPOSED_INDEXES)) await client.query(`DROP INDEX IF EXISTS ${name}`);
      }
    }
    await client.end();

    const compute = loadCompute();
    if (compute) {
      const dataSource = await new DataSource({
        type: 'postgres',
        url: db.url,
        entities: [join(__dirname, '../libs/*/src/**/*.entity.{ts,js}')],
      }).initialize();
      try {
        console.log(`computeMonthlyFigures (${SAMPLE} jobcentre-months, ${WARMUP} warm-up):`);
        figures.computeMonthlyFigures = await measure((id, month) => compute(dataSource, id, month), ids);
        console.log(`  computeMonthlyFigures: ${describe(figures.computeMonthlyFigures as Percentiles)}`);
      } finally {
        await dataSource.destroy();
      }
    } else {
      figures.computeMonthlyFigures = 'not on this branch yet (libs/reports/src/monthly/compute-monthly-figures.ts)';
      console.log(`computeMonthlyFigures: ${figures.computeMonthlyFigures}`);
    }
    results.figures = figures;
    const measured = (figures.computeMonthlyFigures as Percentiles).p95 ?? (figures.sql as Percentiles).p95;
    console.log(
      `\nOne jobcentre's month: p95 ${measured.toFixed(0)} ms (target ≤ ${TARGET_P95_MS} ms): ` +
        (measured <= TARGET_P95_MS ? 'met' : 'NOT met') +
        `; population generated in ${generationSeconds} s${kept ? ' (kept from an earlier run)' : ''}`,
    );
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2)}\n`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
