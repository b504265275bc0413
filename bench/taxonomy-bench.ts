/**
 * npm run bench:taxonomy — taxonomy autocomplete on the full ESCO set shipped in the repository:
 *  1. in process: builds the catalogue and the search index from the gzipped ESCO files (as the migration loads
 *     them) and reports the build time and the heap it takes, then runs BENCH_QUERIES (4,000) realistic queries
 *     against it: prefixes of real labels in Danish and English, some with a typo, some spelled with ae/oe/aa;
 *  2. over HTTP: starts the built API (`node dist/apps/api/src/main.js`) on a fresh embedded PostgreSQL, signs in
 *     as a demo consultant and sends BENCH_HTTP_QUERIES (2,000) of the same queries, one at a time, keep-alive.
 * Target: p95 ≤ 10 ms (in process; over HTTP the same plus the request's own way through Nest).
 *
 * `npm run bench` builds first. BENCH_HTTP=false skips the second part.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEscoFile, splitLabels } from '../libs/platform/src/database/migrations/data/esco/read-esco';
import { SECTORS_V1 } from '../libs/platform/src/database/migrations/data/sectors-v1';
import {
  TaxonomyCatalogue,
  TaxonomySearch,
  type IscoGroup,
  type Occupation,
  type Sector,
  type Skill,
  type SkillType,
} from '@jobbro/taxonomy';
import { freePort, startApi, stopApi } from './support/api-process';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 4_000);
const HTTP_QUERIES = Number(process.env.BENCH_HTTP_QUERIES ?? 2_000);
const WARMUP = 300;

interface Row {
  [column: string]: string;
}

/** The sector with the longest ISCO prefix of the code, as the migration assigns it. */
function sectorOf(iscoCode: string): string {
  let best = { code: 'oevrige', length: 0 };
  for (const sector of SECTORS_V1)
    for (const prefix of sector.iscoPrefixes)
      if (iscoCode.startsWith(prefix) && prefix.length > best.length)
        best = { code: sector.code, length: prefix.length };
  return best.code;
}

/** The catalogue as TaxonomyService loads it from the migrated tables, read from the same files. */
function loadFromFiles(): { catalogue: TaxonomyCatalogue; demand: Map<string, number> } {
  const occupations = readEscoFile<Row>('occupations.csv.gz').map((row): Occupation => ({
    code: row.code,
    uri: row.uri,
    iscoCode: row.iscoGroup,
    sectorCode: sectorOf(row.iscoGroup),
    labelDa: row.label_da || null,
    labelEn: row.label_en,
    synonymsDa: splitLabels(row.altLabels_da),
    synonymsEn: splitLabels(row.altLabels_en),
    starCodes: splitLabels(row.starCodes),
  }));
  const danish = new Map<string, Row>();
  try {
    for (const row of readEscoFile<Row>('skills-da.csv')) danish.set(row.conceptUri, row);
  } catch {
    console.log('  (no skills-da.csv: skills in English only)');
  }
  const skills = readEscoFile<Row>('skills.csv.gz').map((row): Skill => ({
    uri: row.uri,
    type: (row.type || null) as SkillType | null,
    reuseLevel: row.reuseLevel || null,
    labelDa: danish.get(row.uri)?.preferredLabel_da || null,
    labelEn: row.label_en,
    synonymsDa: splitLabels(danish.get(row.uri)?.altLabels_da),
    synonymsEn: splitLabels(row.altLabels_en),
  }));
  const groups = readEscoFile<Row>('isco-groups.csv.gz').map((row): IscoGroup => ({
    code: row.code,
    level: Number(row.level),
    parentCode: row.parentCode || null,
    labelDa: row.label_da,
    labelEn: row.label_en,
    sectorCode: sectorOf(row.code),
  }));
  const sectors = SECTORS_V1.map((sector, position): Sector => ({ ...sector, position }));
  const demand = new Map<string, number>();
  for (const relation of readEscoFile<Row>('occupation-skills.csv.gz'))
    demand.set(relation.skillUri, (demand.get(relation.skillUri) ?? 0) + (relation.relation === 'essential' ? 2 : 1));
  return { catalogue: new TaxonomyCatalogue(occupations, skills, sectors, groups), demand };
}

/** A deterministic generator, so every run sends the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const ASCII_DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

export interface BenchQuery {
  kind: 'skills' | 'occupations';
  lang: 'da' | 'en';
  q: string;
}

/**
 * What people type: the first 2–20 letters of a real label (Danish occupation labels and synonyms, English labels of
 * both), a quarter with one letter dropped, swapped or replaced, Danish letters spelled ae/oe/aa in a third of the
 * Danish ones, a few in capitals.
 */
function realisticQueries(catalogue: TaxonomyCatalogue, count: number): BenchQuery[] {
  const next = random(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const danishOccupation = [...catalogue.occupations.values()].flatMap((o) => [o.labelDa ?? '', ...o.synonymsDa]);
  const englishOccupation = [...catalogue.occupations.values()].flatMap((o) => [o.labelEn, ...o.synonymsEn]);
  const danishSkill = [...catalogue.skills.values()].flatMap((s) => [s.labelDa ?? '', ...s.synonymsDa]);
  const englishSkill = [...catalogue.skills.values()].map((s) => s.labelEn);
  const sources: [BenchQuery['kind'], BenchQuery['lang'], string[]][] = [
    ['occupations', 'da', danishOccupation.filter(Boolean)],
    ['occupations', 'en', englishOccupation],
    ['skills', 'da', danishSkill.filter(Boolean)],
    ['skills', 'en', englishSkill],
  ].filter(([, , labels]) => labels.length > 0) as [BenchQuery['kind'], BenchQuery['lang'], string[]][];
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const [kind, lang, labels] = pick(sources);
    const label = pick(labels);
    let q = label.slice(0, 2 + Math.floor(next() * Math.min(19, label.length - 1)));
    const roll = next();
    if (roll < 0.25 && q.length >= 5) {
      const at = 1 + Math.floor(next() * (q.length - 2));
      const edit = Math.floor(next() * 3);
      q =
        edit === 0
          ? q.slice(0, at) + q.slice(at + 1)
          : edit === 1
            ? q.slice(0, at) + q[at + 1] + q[at] + q.slice(at + 2)
            : q.slice(0, at) + 'e' + q.slice(at + 1);
    } else if (roll < 0.35) q = q.toUpperCase();
    if (lang === 'da' && next() < 0.33) q = q.replace(/[æøåÆØÅ]/g, (letter) => ASCII_DANISH[letter]);
    if (q.trim()) queries.push({ kind, lang, q: q.trim() });
  }
  return queries;
}

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return (
    `p50 ${pct(50).toFixed(2)} ms  p95 ${pct(95).toFixed(2)} ms  p99 ${pct(99).toFixed(2)} ms` +
    `  max ${sorted.at(-1)!.toFixed(2)} ms`
  );
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function inProcess(): BenchQuery[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const loadStart = performance.now();
  const { catalogue, demand } = loadFromFiles();
  const loadMs = performance.now() - loadStart;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const search = TaxonomySearch.build(catalogue, demand);
  const buildMs = performance.now() - buildStart;
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(
    `\nTaxonomy search index, full ESCO v1.1.1 set: ${catalogue.occupations.size} occupations` +
      ` (${search.occupationIndex.labelCount} labels), ${catalogue.skills.size} skills` +
      ` (${search.skillIndex.labelCount} labels), ${search.occupationIndex.wordCount + search.skillIndex.wordCount}` +
      ' distinct words',
  );
  console.log(`  reading the files ${loadMs.toFixed(0)} ms; building the index ${buildMs.toFixed(0)} ms`);
  console.log(
    gc
      ? `  the index takes ${megabytes(heapAfter - heapBefore)} of heap (process: heap ${megabytes(heapAfter)},` +
          ` rss ${megabytes(process.memoryUsage().rss)})`
      : `  heap ${megabytes(heapAfter)}, rss ${megabytes(process.memoryUsage().rss)} (run node with --expose-gc` +
          ' for the index alone)',
  );

  const queries = realisticQueries(catalogue, QUERIES + WARMUP);
  const run = (query: BenchQuery) =>
    query.kind === 'skills'
      ? search.searchSkills(query.q, query.lang, 10)
      : search.searchOccupations(query.q, query.lang, 10);
  for (const query of queries.slice(0, WARMUP)) run(query);
  const latencies: number[] = [];
  let empty = 0;
  for (const query of queries.slice(WARMUP)) {
    const started = performance.now();
    const hits = run(query);
    latencies.push(performance.now() - started);
    if (hits.length === 0) empty++;
  }
  console.log(`\nAutocomplete in process, ${QUERIES} queries (limit 10), after ${WARMUP} to warm up:`);
  console.log(`  ${percentiles(latencies)}   (target p95 ≤ 10 ms)`);
  console.log(`  queries that found nothing: ${empty} (${((100 * empty) / QUERIES).toFixed(1)} %)`);
  const examples: BenchQuery[] = [
    { kind: 'occupations', lang: 'da', q: 'gaffeltruckforer' },
    { kind: 'occupations', lang: 'da', q: 'sosu hjælper' },
    { kind: 'skills', lang: 'da', q: 'truckcertifikat' },
    { kind: 'skills', lang: 'en', q: 'weld' },
  ];
  for (const example of examples) {
    const [best] = run(example);
    console.log(`  e.g. ${example.kind}?q=${example.q}: ${best ? `${best.matched.term} (${best.matched.kind})` : '—'}`);
  }
  return queries;
}

async function overHttp(queries: BenchQuery[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-bench-'));
  chmodSync(dataDir, 0o755);
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const startedAt = performance.now();
  const api = await startApi(httpPort, pgPort, join(dataDir, 'postgres'));
  try {
    console.log(
      `\nAutocomplete over HTTP (the built API, started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s):`,
    );
    const accessToken = await signIn(
      httpPort,
      'anna.mikkelsen@hedensted.dk',
      readFileSync(join(dataDir, 'demo-password'), 'utf8').trim(),
    );
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (query: BenchQuery) =>
      timedGet(
        agent,
        httpPort,
        accessToken,
        `/api/v1/taxonomy/${query.kind}?q=${encodeURIComponent(query.q)}&lang=${query.lang}&limit=10`,
      );
    // The first call waits for the index the API began to build at start.
    const first = await get(queries[0]);
    console.log(`  first query after start ${first.toFixed(0)} ms (waits for the index if it is still being built)`);
    for (const query of queries.slice(1, WARMUP)) await get(query);
    const latencies: number[] = [];
    for (const query of queries.slice(WARMUP, WARMUP + HTTP_QUERIES)) latencies.push(await get(query));
    agent.destroy();
    console.log(`  ${HTTP_QUERIES} queries one at a time, keep-alive: ${percentiles(latencies)}`);
  } finally {
    await stopApi(api);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const queries = inProcess();
  if (process.env.BENCH_HTTP !== 'false') await overHttp(queries);
}

async function signIn(port: number, email: string, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

function timedGet(agent: Agent, port: number, accessToken: string, path: string): Promise<number> {
  return new Promise((resolveGet, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      { host: '127.0.0.1', port, path, agent, headers: { Authorization: `Bearer ${accessToken}` } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`GET ${path} answered ${res.statusCode}: ${text}`));
          resolveGet(Number(process.hrtime.bigint() - started) / 1e6);
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
