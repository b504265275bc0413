/**
 * npm run bench:import — imports BENCH_IMPORT_ROWS (100,000) generated candidates from a CSV file through the same
 * code as `npm run import` (runImportCli), into a fresh embedded PostgreSQL migrated from scratch, and prints rows
 * per second and the importer's resident memory: sampled every 50 ms during the run (peak), and when 10,000, 50,000
 * and 100,000 rows have been written, to show it stays flat; then the same file again. Target: ≥ 10,000 rows/s.
 * BENCH_IMPORT_ROWS and BENCH_IMPORT_BATCH (rows per transaction) change the run.
 *
 * The rows are realistic: Danish names, birth dates of 18- to 66-year-olds, every target group, 3–6 skills each by
 * ESCO URI (the skills ESCO relates to the occupations småjob candidates are placed in, some by English label),
 * desired occupations by code, postcodes with a place on the map from the real table, a consultant for most.
 */
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import { MIGRATIONS, startEmbeddedPostgres, withDatabase, ensureDatabase } from '@jobbro/platform';
import { CANDIDATE_CSV_COLUMNS, TARGET_GROUPS } from '@jobbro/candidates';
import { runImportCli } from '@jobbro/imports';
import { normaliseTerm } from '@jobbro/taxonomy';
import { freePort } from './support/api-process';

// A full collection before each checkpoint, so its heap figure is what is alive, not garbage not yet collected.
setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc') as () => void;

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
/** Rows per transaction; the import's default (1,000) when not set. */
const BATCH = process.env.BENCH_IMPORT_BATCH;
const CHECKPOINTS = [10_000, 50_000, 100_000].filter((rows) => rows <= ROWS);
const FIRST_NAMES = ['Sofie', 'Mads', 'Emma', 'Frederik', 'Ida', 'Lucas', 'Freja', 'Oliver', 'Anna', 'Ahmad', 'Mette'];
const LAST_NAMES = ['Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen'];
// Occupations småjob and shortage-sector candidates are placed in: cleaners, warehouse, kitchen, care, building.
const OCCUPATION_PREFIXES = ['9112', '8344', '9333', '5322', '9412', '7112', '5120', '9321'];

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

/** A small deterministic generator, so every run imports the same file. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csvField = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jobbro-import-bench-'));
  chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dir, 'postgres'),
    port: await freePort(),
    database: 'postgres',
  });
  try {
    await ensureDatabase(postgres.url, 'jobbro');
    const url = withDatabase(postgres.url, 'jobbro');
    const dataSource = await new DataSource({ type: 'postgres', url, migrations: MIGRATIONS }).initialize();
    let started = Date.now();
    await dataSource.runMigrations({ transaction: 'all' });
    console.log(`Migrated a fresh database from scratch in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const [{ id: jobcentreId }] = await dataSource.query(
      `INSERT INTO jobcentres (code, name) VALUES ('bench', 'Jobcenter Bench') RETURNING id`,
    );
    const consultants: string[] = [];
    for (let index = 1; index <= 12; index++) {
      const [{ id }] = await dataSource.query(
        `INSERT INTO staff_members (jobcentre_id, name, email, role) VALUES ($1, $2, $3, 'consultant') RETURNING id`,
        [jobcentreId, `Konsulent ${index}`, `konsulent${index}@bench.dk`],
      );
      consultants.push(id);
    }
    const postcodes: string[] = (
      await dataSource.query(`SELECT postcode FROM postcodes WHERE latitude IS NOT NULL`)
    ).map((row: { postcode: string }) => row.postcode);
    const occupations: { code: string; skills: string[] }[] = await dataSource.query(
      `SELECT o.code, array_agg(r.skill_uri) AS skills FROM occupations o
         JOIN occupation_skills r ON r.occupation_code = o.code
        WHERE o.isco_code = ANY($1) GROUP BY o.code HAVING count(*) >= 6`,
      [OCCUPATION_PREFIXES],
    );
    // A label is used only where it names one skill, synonyms counted, as the import resolves it.
    const skillRows: { uri: string; label_en: string; label_da: string | null; synonyms: string[] }[] =
      await dataSource.query(`SELECT uri, label_en, label_da, synonyms_en || synonyms_da AS synonyms FROM skills`);
    const labels = new Map(skillRows.map((row) => [row.uri, row.label_en]));
    const byTerm = new Map<string, Set<string>>();
    for (const row of skillRows)
      for (const term of [row.label_en, row.label_da, ...row.synonyms])
        if (term) byTerm.set(normaliseTerm(term), (byTerm.get(normaliseTerm(term)) ?? new Set()).add(row.uri));
    const unambiguous = new Set(
      skillRows.filter((row) => byTerm.get(normaliseTerm(row.label_en))?.size === 1).map((row) => row.uri),
    );
    await dataSource.destroy();

    const file = join(dir, 'candidates.csv');
    const random = mulberry32(9);
    const out = createWriteStream(file);
    out.write(`\uFEFF${CANDIDATE_CSV_COLUMNS.join(';')}\n`);
    const thisYear = new Date().getUTCFullYear();
    for (let index = 0; index < ROWS; index++) {
      const occupation = pick(occupations, random);
      const skills = new Set<string>();
      const count = 3 + Math.floor(random() * 4);
      while (skills.size < count) skills.add(pick(occupation.skills, random));
      const skillCells = [...skills].map((uri) => {
        const level = 1 + Math.floor(random() * 4);
        // One in four by its English label, the rest by URI.
        return random() < 0.25 && unambiguous.has(uri) ? `${labels.get(uri)}:${level}` : `${uri}:${level}`;
      });
      const year = thisYear - 18 - Math.floor(random() * 48);
      const birthDate = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(
        1 + Math.floor(random() * 28),
      ).padStart(2, '0')}`;
      const row: Record<string, string> = {
        externalId: `BENCH-${index}`,
        name: `${pick(FIRST_NAMES, random)} ${pick(LAST_NAMES, random)}`,
        email: `kandidat${index}@example.dk`,
        phone: `+45 ${String(20_000_000 + index)}`,
        birthDate,
        targetGroup: pick(TARGET_GROUPS, random),
        educationLevel: pick(['grundskole', 'gymnasial', 'erhvervsfaglig', ''], random),
        education: '',
        postcode: pick(postcodes, random),
        travelReachKm: String(5 + Math.floor(random() * 60)),
        hoursPerWeek: String(5 + Math.floor(random() * 33)),
        ladderStep: String(1 + Math.floor(random() * 5)),
        willingToChangeSector: random() < 0.5 ? 'ja' : 'nej',
        desiredOccupations: occupation.code,
        desiredSectors: '',
        skills: skillCells.join('|'),
        accommodations: random() < 0.2 ? 'Kan ikke løfte tungt' : '',
        consultantId: random() < 0.8 ? pick(consultants, random) : '',
        notes: random() < 0.1 ? 'Ønsker få timer; gerne formiddag' : '',
      };
      const line = `${CANDIDATE_CSV_COLUMNS.map((column) => csvField(row[column])).join(';')}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');

    const samples: number[] = [];
    const atCheckpoint = new Map<number, { rss: number; heap: number }>();
    const sample = setInterval(() => samples.push(process.memoryUsage().rss), 50);
    const rssBefore = process.memoryUsage().rss;
    started = Date.now();
    const { code, report } = await runImportCli(
      ['candidates', file, '--jobcentre', 'bench', ...(BATCH ? ['--batch-size', BATCH] : [])],
      { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
      { stdout: process.stdout, stderr: process.stderr },
      ({ rows }) => {
        for (const checkpoint of CHECKPOINTS)
          if (rows >= checkpoint && !atCheckpoint.has(checkpoint)) {
            collectGarbage();
            const { rss, heapUsed } = process.memoryUsage();
            atCheckpoint.set(checkpoint, { rss, heap: heapUsed });
          }
      },
    );
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sample);
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    console.log(`\nImport of ${ROWS.toLocaleString('en')} candidates (exit code ${code}):`);
    console.log(
      `  ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s ` +
        `(${seconds.toFixed(1)} s, with the start: Nest, catalogue)`,
    );
    console.log(`  rejected rows: ${report?.rejectedRows}`);
    console.log(`  RSS before ${mb(rssBefore)}, peak ${mb(Math.max(...samples, rssBefore))}`);
    for (const [rows, { rss, heap }] of atCheckpoint)
      console.log(`  after ${rows.toLocaleString('en')} rows: RSS ${mb(rss)}, JS heap alive ${mb(heap)}`);
    if (report && report.rejectedRows > 0) console.log(report.rejected.slice(0, 5));

    // The same file again: every row is matched by its external id and found unchanged.
    started = Date.now();
    const again = await runImportCli(
      ['candidates', file, '--jobcentre', 'bench'],
      { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
      { stdout: process.stdout, stderr: process.stderr },
    );
    const againSeconds = (Date.now() - started) / 1000;
    console.log(
      `\nThe same file again: ${again.report?.unchanged.toLocaleString('en')} unchanged, ` +
        `${again.report?.imported} imported, ${again.report?.updated} updated, ` +
        `${Math.round(ROWS / againSeconds).toLocaleString('en')} rows/s`,
    );
  } finally {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
