/**
 * Turns the shared reference data into the modules Jobbro ships and its migrations load:
 * `ts-node scripts/reference-data.ts ../shared/data`. The output is committed; this script documents how it was
 * made and makes it again from a newer copy of the data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const [source = join(__dirname, '..', '..', 'shared', 'data')] = process.argv.slice(2);
const target = join(__dirname, '..', 'libs', 'platform', 'src', 'database', 'migrations', 'data');

interface PostcodeRow {
  postnr: string;
  navn: string;
  type: string;
  lat: string;
  lon: string;
  kommunekode: string;
  kommunenavn: string;
  regionsnavn: string;
}

const rows: PostcodeRow[] = parse(readFileSync(join(source, 'postnumre', 'postnumre.csv')), { columns: true });
// postcode;name;latitude;longitude;municipality code;municipality;region — one line each, no coordinates for
// the few large-recipient codes GeoNames does not place.
const lines = rows
  .filter((row) => row.type !== 'uden_geometri')
  .map((row) => [row.postnr, row.navn, row.lat, row.lon, row.kommunekode, row.kommunenavn, row.regionsnavn].join(';'));
writeFileSync(
  join(target, 'postcodes-2023.ts'),
  `/**
 * Every Danish postcode with a point on land and its main kommune (${lines.length} codes), made by
 * scripts/reference-data.ts from shared/data/postnumre/postnumre.csv. Postcodes and kommuner: Indeholder data fra
 * Klimadatastyrelsen, DAWA/DAGI, 2023. Postal code coordinates © GeoNames (geonames.org), CC BY 4.0.
 * Fields: postcode;name;latitude;longitude;municipality code;municipality;region.
 */
export const POSTCODES_2023 = \`
${lines.join('\n')}
\`;
`,
);
console.log(`Wrote ${lines.length} postcodes`);

// ESCO v1.1.1 with Danish labels, trimmed to the columns Jobbro uses and gzipped: shipped beside the migrations.
const escoTarget = join(target, 'esco');
mkdirSync(escoTarget, { recursive: true });

function readCsv<Row>(path: string): Row[] {
  const raw = readFileSync(path);
  return parse(path.endsWith('.gz') ? gunzipSync(raw) : raw, { columns: true });
}

function writeGzippedCsv(name: string, header: string[], records: string[][]): void {
  writeFileSync(join(escoTarget, name), gzipSync(stringify([header, ...records]), { level: 9 }));
  console.log(`Wrote ${records.length} rows to esco/${name}`);
}

interface IscoGroupRow {
  code: string;
  level: string;
  parentCode: string;
  preferredLabel_en: string;
  preferredLabel_da: string;
}
interface OccupationRow {
  conceptUri: string;
  code: string;
  iscoGroup: string;
  preferredLabel_en: string;
  altLabels_en: string;
  preferredLabel_da: string;
  altLabels_da: string;
}
interface StarMappingRow {
  targetType: string;
  code: string;
  title_da: string;
  relation: string;
  escoOccupationUri: string;
}
interface SkillRow {
  conceptUri: string;
  skillType: string;
  reuseLevel: string;
  preferredLabel_en: string;
  altLabels_en: string;
}
interface RelationRow {
  occupationUri: string;
  relationType: string;
  skillUri: string;
}

const iscoGroups = readCsv<IscoGroupRow>(join(source, 'esco', 'isco_groups.csv'));
writeGzippedCsv(
  'isco-groups.csv.gz',
  ['code', 'level', 'parentCode', 'label_en', 'label_da'],
  iscoGroups.map((group) => [
    group.code,
    group.level,
    group.parentCode,
    group.preferredLabel_en,
    group.preferredLabel_da,
  ]),
);

// STAR's Danish titles become Danish synonyms of the ESCO occupations they match exactly, closely or more narrowly
// (a broad match names a wider occupation, which would be a wrong synonym).
const starTitles = new Map<string, { codes: Set<string>; titles: Set<string> }>();
for (const mapping of readCsv<StarMappingRow>(join(source, 'dk_occupations', 'star_esco_occupation_mapping.csv'))) {
  if (mapping.targetType !== 'star_occupation' || mapping.relation === 'broadMatch') continue;
  const entry = starTitles.get(mapping.escoOccupationUri) ?? { codes: new Set(), titles: new Set() };
  entry.codes.add(mapping.code);
  entry.titles.add(mapping.title_da);
  starTitles.set(mapping.escoOccupationUri, entry);
}
const occupations = readCsv<OccupationRow>(join(source, 'esco', 'occupations.csv'));
writeGzippedCsv(
  'occupations.csv.gz',
  ['uri', 'code', 'iscoGroup', 'label_en', 'altLabels_en', 'label_da', 'altLabels_da', 'starCodes'],
  occupations.map((occupation) => {
    const star = starTitles.get(occupation.conceptUri);
    // STAR capitalises its titles, ESCO does not: one synonym per spelling that differs beyond case.
    const seen = new Set([occupation.preferredLabel_da.toLowerCase(), '']);
    const danish = [...occupation.altLabels_da.split('|'), ...(star?.titles ?? [])].filter((label) => {
      const key = label.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return [
      occupation.conceptUri,
      occupation.code,
      occupation.iscoGroup,
      occupation.preferredLabel_en,
      occupation.altLabels_en,
      occupation.preferredLabel_da,
      danish.join('|'),
      [...(star?.codes ?? [])].sort().join('|'),
    ];
  }),
);

const skills = readCsv<SkillRow>(join(source, 'esco', 'skills.csv.gz'));
writeGzippedCsv(
  'skills.csv.gz',
  ['uri', 'type', 'reuseLevel', 'label_en', 'altLabels_en'],
  skills.map((skill) => [
    skill.conceptUri,
    skill.skillType,
    skill.reuseLevel,
    skill.preferredLabel_en,
    skill.altLabels_en,
  ]),
);

// The official export has relations for one occupation it does not list (see shared/data/README.md): left out.
const occupationUris = new Set(occupations.map((occupation) => occupation.conceptUri));
const relations = readCsv<RelationRow>(join(source, 'esco', 'occupation_skill_relations.csv.gz')).filter((relation) =>
  occupationUris.has(relation.occupationUri),
);
writeGzippedCsv(
  'occupation-skills.csv.gz',
  ['occupationUri', 'relation', 'skillUri'],
  relations.map((relation) => [relation.occupationUri, relation.relationType, relation.skillUri]),
);
