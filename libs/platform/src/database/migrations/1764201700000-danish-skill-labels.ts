import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readEscoFile, splitLabels } from './data/esco/read-esco';

interface DanishSkillRow {
  conceptUri: string;
  preferredLabel_da: string;
  altLabels_da: string;
}

/**
 * Danish labels and everyday synonyms for 499 ESCO skills of the shortage-sector and småjob entry occupations
 * (truckcertifikat, rengøring, personlig pleje, svejsning, …), written by Jobbro: ESCO has no Danish skill labels.
 * A versioned seed from `data/esco/skills-da.csv` (its README says how the skills were chosen); every URI must be a
 * skill the taxonomy migration loaded, or the migration fails naming the ones that are not.
 */
export class DanishSkillLabels1764201700000 implements MigrationInterface {
  name = 'DanishSkillLabels1764201700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = readEscoFile<DanishSkillRow>('skills-da.csv').map((row) => ({
      uri: row.conceptUri,
      label_da: row.preferredLabel_da.trim(),
      synonyms_da: splitLabels(row.altLabels_da).map((label) => label.trim()),
    }));
    const blank = rows.filter((row) => !row.uri || !row.label_da).length;
    if (blank > 0) throw new Error(`skills-da.csv: ${blank} rows without a URI or a Danish label`);
    const unknown: { uri: string }[] = await queryRunner.query(
      `SELECT r.uri FROM jsonb_to_recordset($1::jsonb) AS r(uri text)
        WHERE NOT EXISTS (SELECT 1 FROM skills WHERE skills.uri = r.uri)`,
      [JSON.stringify(rows)],
    );
    if (unknown.length > 0) {
      const listed = unknown.slice(0, 10).map((row) => row.uri);
      const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
      throw new Error(
        `skills-da.csv names ${unknown.length} URIs that are not ESCO skills: ${listed.join(', ')}${more}`,
      );
    }
    await queryRunner.query(
      `UPDATE skills SET label_da = r.label_da, synonyms_da = r.synonyms_da
         FROM jsonb_to_recordset($1::jsonb) AS r(uri text, label_da text, synonyms_da text[])
        WHERE skills.uri = r.uri`,
      [JSON.stringify(rows)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const uris = readEscoFile<DanishSkillRow>('skills-da.csv').map((row) => row.conceptUri);
    await queryRunner.query(`UPDATE skills SET label_da = NULL, synonyms_da = '{}' WHERE uri = ANY($1)`, [uris]);
  }
}
