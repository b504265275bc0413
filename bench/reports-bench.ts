/**
 * npm run bench:reports — one jobcentre's monthly figures on a national database (issue 13, "Figures": p95 ≤ 1 s).
 *
 *  1. Population, made inside PostgreSQL with generate_series (bench/reports/population.ts) in an embedded
 *     PostgreSQL kept under /work/.bench-data-reports (BENCH_REPORTS_DIR) between runs; a marker row says it is
 *     complete and of which size (`-- --regenerate` makes it again): 98 jobcentres × 5 years, 5,000,000 intakes with
 *     their contact and breach events, 1,000,000 candidates with ladder steps and consultant changes, 500,000
 *     placements in filled postings, open and closed postings, 196,000 companies, shortage periods and Code of Care
 *     memberships, events and goals. BENCH_REPORTS_SCALE (1) shrinks every count for a quick try.
 *  2. computeMonthlyFigures (libs/reports/src/monthly/compute-monthly-figures.ts) on BENCH_REPORTS_SAMPLE (50)
 *     jobcentre-months drawn with a seed, after a warm-up of BENCH_REPORTS_WARMUP (5).
 *  3. p50/p95/p99 against the target, and bench/results/reports.json.
 */
import { Client } from 'pg';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { computeMonthlyFigures } from '../libs/reports/src/monthly/compute-monthly-figures';
import { freePort } from './support/api-process';
import { progressBars } from './support/progress';
import { describe, percentiles, seededRandom, type Percentiles } from './match/stats';
import { BENCH_DIR, openReportsDatabase, type BenchDatabase } from './reports/database';
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
const RESULTS = join(__dirname, 'results/reports.json');
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
    await client.end();

    const dataSource = await new DataSource({
      type: 'postgres',
      url: db.url,
      entities: [join(__dirname, '../libs/*/src/**/*.entity.{ts,js}')],
    }).initialize();
    let figures: Percentiles;
    try {
      console.log(`computeMonthlyFigures (${SAMPLE} jobcentre-months, ${WARMUP} warm-up):`);
      figures = await measure((id, month) => computeMonthlyFigures(dataSource, id, month), ids);
      console.log(`  computeMonthlyFigures: ${describe(figures)}`);
    } finally {
      await dataSource.destroy();
    }
    results.figures = { computeMonthlyFigures: figures };
    const measured = figures.p95;
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
