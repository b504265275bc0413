import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A label's key: lower case in Unicode (the database's C locale folds ASCII only), trimmed. */
const key = (label: string) => label.trim().toLocaleLowerCase('da');

/** Label → the codes that carry it; a label carried by several is ambiguous and matches none. */
function index(rows: { code: string; labels: (string | null)[] }[]): Map<string, Set<string>> {
  const byLabel = new Map<string, Set<string>>();
  for (const { code, labels } of rows)
    for (const label of labels)
      if (label) byLabel.set(key(label), (byLabel.get(key(label)) ?? new Set<string>()).add(code));
  return byLabel;
}

function match(byLabel: Map<string, Set<string>>, label: string): string | null {
  const codes = byLabel.get(key(label));
  return codes?.size === 1 ? [...codes][0] : null;
}

interface LegacyCandidate {
  id: string;
  jobcentre_id: string;
  skills: string[];
  desired_sectors: string[];
  notes: string | null;
}

/**
 * Candidates' skills as codes: the free-text skills written before coded skills existed become candidate_skills rows
 * (level 2, "works independently") where exactly one skill carries that Danish or English label, and desired sectors
 * become sector codes the same way. Nothing is lost: whatever matches nothing (or several) is appended to the notes.
 * Then the free-text column goes. Also the indexes the candidate list's filters use.
 */
export class CodedCandidateSkills1764374400000 implements MigrationInterface {
  name = 'CodedCandidateSkills1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const skills = index(
      (await queryRunner.query(`SELECT uri, label_da, label_en FROM skills`)).map(
        (row: { uri: string; label_da: string | null; label_en: string }) => ({
          code: row.uri,
          labels: [row.label_da, row.label_en],
        }),
      ),
    );
    const sectors = index(
      (await queryRunner.query(`SELECT code, label_da, label_en FROM sectors`)).map(
        (row: { code: string; label_da: string; label_en: string }) => ({
          code: row.code,
          labels: [row.code, row.label_da, row.label_en],
        }),
      ),
    );
    const legacy: LegacyCandidate[] = await queryRunner.query(
      `SELECT id, jobcentre_id, skills, desired_sectors, notes FROM candidates
        WHERE cardinality(skills) > 0 OR cardinality(desired_sectors) > 0`,
    );
    for (const candidate of legacy) {
      const skillUris = new Set<string>();
      const unmatchedSkills: string[] = [];
      for (const label of candidate.skills) {
        const uri = match(skills, label);
        if (uri) skillUris.add(uri);
        else unmatchedSkills.push(label);
      }
      const sectorCodes = new Set<string>();
      const unmatchedSectors: string[] = [];
      for (const label of candidate.desired_sectors) {
        const code = match(sectors, label);
        if (code) sectorCodes.add(code);
        else unmatchedSectors.push(label);
      }
      const notes = [
        candidate.notes,
        unmatchedSkills.length > 0 ? `Skills not matched to a coded skill: ${unmatchedSkills.join(', ')}` : null,
        unmatchedSectors.length > 0 ? `Desired sectors not matched to a sector: ${unmatchedSectors.join(', ')}` : null,
      ].filter((line) => line !== null);
      await queryRunner.query(
        `INSERT INTO candidate_skills (jobcentre_id, candidate_id, skill_uri, level)
         SELECT $1, $2, uri, 2 FROM unnest($3::text[]) AS uri ON CONFLICT DO NOTHING`,
        [candidate.jobcentre_id, candidate.id, [...skillUris]],
      );
      await queryRunner.query(`UPDATE candidates SET desired_sectors = $2, notes = $3 WHERE id = $1`, [
        candidate.id,
        [...sectorCodes],
        notes.length > 0 ? notes.join('\n') : null,
      ]);
    }
    await queryRunner.query(`ALTER TABLE candidates DROP COLUMN skills`);

    await queryRunner.query(`CREATE INDEX "IDX_candidates_name" ON candidates (jobcentre_id, name, id)`);
    await queryRunner.query(`CREATE INDEX "IDX_candidates_postcode" ON candidates (jobcentre_id, postcode)`);
    await queryRunner.query(`CREATE INDEX "IDX_candidates_hours" ON candidates (jobcentre_id, hours_per_week)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['IDX_candidates_name', 'IDX_candidates_postcode', 'IDX_candidates_hours'])
      await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query(`ALTER TABLE candidates ADD COLUMN skills text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE candidates c SET skills = (
        SELECT array_agg(coalesce(s.label_da, s.label_en) ORDER BY s.uri)
          FROM candidate_skills cs JOIN skills s ON s.uri = cs.skill_uri WHERE cs.candidate_id = c.id)
      WHERE EXISTS (SELECT 1 FROM candidate_skills cs WHERE cs.candidate_id = c.id)`);
  }
}
