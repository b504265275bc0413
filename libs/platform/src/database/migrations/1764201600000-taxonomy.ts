import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readEscoFile, splitLabels } from './data/esco/read-esco';
import { SECTORS_V1 } from './data/sectors-v1';

interface IscoGroupRow {
  code: string;
  level: string;
  parentCode: string;
  label_en: string;
  label_da: string;
}
interface OccupationRow {
  uri: string;
  code: string;
  iscoGroup: string;
  label_en: string;
  altLabels_en: string;
  label_da: string;
  altLabels_da: string;
  starCodes: string;
}
interface SkillRow {
  uri: string;
  type: string;
  reuseLevel: string;
  label_en: string;
  altLabels_en: string;
}
interface RelationRow {
  occupationUri: string;
  relation: string;
  skillUri: string;
}

/**
 * Inserts rows (objects keyed by the column names) in slices through jsonb_to_recordset: one round trip per slice
 * instead of one per row.
 */
async function insertJson(
  queryRunner: QueryRunner,
  table: string,
  columns: string,
  rows: object[],
  sliceSize = 20_000,
): Promise<void> {
  const names = columns
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0])
    .join(', ');
  for (let start = 0; start < rows.length; start += sliceSize) {
    await queryRunner.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`,
      [JSON.stringify(rows.slice(start, start + sliceSize))],
    );
  }
}

function sectorOf(iscoCode: string): string {
  let best: { code: string; length: number } | null = null;
  for (const sector of SECTORS_V1) {
    for (const prefix of sector.iscoPrefixes) {
      if (iscoCode.startsWith(prefix) && (!best || prefix.length > best.length))
        best = { code: sector.code, length: prefix.length };
    }
  }
  return best?.code ?? 'oevrige';
}

/**
 * ESCO v1.1.1 (the European Commission's classification, with Danish v1.0.8 occupation labels and STAR's Danish
 * occupation titles), ISCO-08 groups and the sectors Jobbro reports on: reference data shared by every jobcentre.
 */
export class Taxonomy1764201600000 implements MigrationInterface {
  name = 'Taxonomy1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sectors (
        code text PRIMARY KEY,
        label_da text NOT NULL,
        label_en text NOT NULL,
        isco_prefixes text[] NOT NULL,
        position smallint NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE isco_groups (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
        level smallint NOT NULL CHECK (level = length(code)),
        parent_code text REFERENCES isco_groups(code),
        label_da text NOT NULL,
        label_en text NOT NULL,
        sector_code text NOT NULL REFERENCES sectors(code)
      )`);
    await queryRunner.query(`
      CREATE TABLE occupations (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}(\\.[0-9]+)+$'),
        uri text NOT NULL UNIQUE,
        isco_code text NOT NULL REFERENCES isco_groups(code),
        sector_code text NOT NULL REFERENCES sectors(code),
        label_da text,
        label_en text NOT NULL,
        synonyms_da text[] NOT NULL DEFAULT '{}',
        synonyms_en text[] NOT NULL DEFAULT '{}',
        star_codes text[] NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_occupations_isco" ON occupations (isco_code)`);
    await queryRunner.query(`
      CREATE TABLE skills (
        uri text PRIMARY KEY,
        type text CHECK (type IN ('skill/competence', 'knowledge')),
        reuse_level text,
        label_da text,
        label_en text NOT NULL,
        synonyms_da text[] NOT NULL DEFAULT '{}',
        synonyms_en text[] NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`
      CREATE TABLE occupation_skills (
        occupation_code text NOT NULL REFERENCES occupations(code),
        skill_uri text NOT NULL REFERENCES skills(uri),
        relation text NOT NULL CHECK (relation IN ('essential', 'optional')),
        PRIMARY KEY (occupation_code, skill_uri)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_occupation_skills_skill" ON occupation_skills (skill_uri)`);

    await insertJson(
      queryRunner,
      'sectors',
      'code text, label_da text, label_en text, isco_prefixes text[], position smallint',
      SECTORS_V1.map((sector, position) => ({
        code: sector.code,
        label_da: sector.labelDa,
        label_en: sector.labelEn,
        isco_prefixes: sector.iscoPrefixes,
        position,
      })),
    );
    // Parents before children, so the self-reference holds row by row.
    const groups = readEscoFile<IscoGroupRow>('isco-groups.csv.gz').sort((a, b) => a.code.length - b.code.length);
    await insertJson(
      queryRunner,
      'isco_groups',
      'code text, level smallint, parent_code text, label_da text, label_en text, sector_code text',
      groups.map((group) => ({
        code: group.code,
        level: Number(group.level),
        parent_code: group.parentCode || null,
        label_da: group.label_da,
        label_en: group.label_en,
        sector_code: sectorOf(group.code),
      })),
    );
    const occupations = readEscoFile<OccupationRow>('occupations.csv.gz');
    await insertJson(
      queryRunner,
      'occupations',
      `code text, uri text, isco_code text, sector_code text, label_da text, label_en text, synonyms_da text[],
       synonyms_en text[], star_codes text[]`,
      occupations.map((occupation) => ({
        code: occupation.code,
        uri: occupation.uri,
        isco_code: occupation.iscoGroup,
        sector_code: sectorOf(occupation.iscoGroup),
        label_da: occupation.label_da || null,
        label_en: occupation.label_en,
        synonyms_da: splitLabels(occupation.altLabels_da),
        synonyms_en: splitLabels(occupation.altLabels_en),
        star_codes: splitLabels(occupation.starCodes),
      })),
    );
    await insertJson(
      queryRunner,
      'skills',
      'uri text, type text, reuse_level text, label_en text, synonyms_en text[]',
      readEscoFile<SkillRow>('skills.csv.gz').map((skill) => ({
        uri: skill.uri,
        type: skill.type || null,
        reuse_level: skill.reuseLevel || null,
        label_en: skill.label_en,
        synonyms_en: splitLabels(skill.altLabels_en),
      })),
    );
    const codeByUri = new Map(occupations.map((occupation) => [occupation.uri, occupation.code]));
    await insertJson(
      queryRunner,
      'occupation_skills',
      'occupation_code text, skill_uri text, relation text',
      readEscoFile<RelationRow>('occupation-skills.csv.gz').map((relation) => ({
        occupation_code: codeByUri.get(relation.occupationUri),
        skill_uri: relation.skillUri,
        relation: relation.relation,
      })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['occupation_skills', 'skills', 'occupations', 'isco_groups', 'sectors'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
