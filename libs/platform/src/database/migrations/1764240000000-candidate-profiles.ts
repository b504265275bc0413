import type { MigrationInterface, QueryRunner } from 'typeorm';

const TARGET_GROUPS = [
  'dagpenge',
  'kontanthjælp',
  'uddannelseshjælp',
  'sygedagpenge',
  'jobafklaring',
  'ressourceforløb',
  'integration',
  'fleksjob',
];
const EDUCATION_LEVELS = ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort-videregående', 'mellemlang', 'lang'];
const list = (values: string[]): string => values.map((value) => `'${value}'`).join(', ');

/**
 * Complete candidate profiles: target group, birth date (never a CPR number), coded skills with a level, education,
 * desired occupations as codes, travel reach, accommodations, the responsible consultant with its
 * history, and the employment-ladder step with its history (seeded with each candidate's current step). Additive:
 * the free-text skills column stays until the API writes coded skills.
 */
export class CandidateProfiles1764240000000 implements MigrationInterface {
  name = 'CandidateProfiles1764240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE candidates
        ADD COLUMN birth_date date CHECK (birth_date BETWEEN '1900-01-01' AND '2100-01-01'),
        ADD COLUMN target_group text CHECK (target_group IN (${list(TARGET_GROUPS)})),
        ADD COLUMN education_level text CHECK (education_level IN (${list(EDUCATION_LEVELS)})),
        ADD COLUMN education text,
        ADD COLUMN desired_occupations text[] NOT NULL DEFAULT '{}',
        ADD COLUMN willing_to_change_sector boolean NOT NULL DEFAULT false,
        ADD COLUMN travel_reach_km integer CHECK (travel_reach_km BETWEEN 0 AND 500),
        ADD COLUMN accommodations text,
        ADD COLUMN consultant_id uuid REFERENCES staff_members(id),
        ADD COLUMN external_id text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_candidates_external_id" ON candidates (jobcentre_id, external_id)
        WHERE external_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_candidates_filters" ON candidates (jobcentre_id, target_group, ladder_step)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_candidates_consultant" ON candidates (jobcentre_id, consultant_id)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_candidates_desired_occupations" ON candidates USING gin (desired_occupations)`,
    );

    await queryRunner.query(`
      CREATE TABLE candidate_skills (
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        skill_uri text NOT NULL REFERENCES skills(uri),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
        PRIMARY KEY (candidate_id, skill_uri)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_candidate_skills_skill" ON candidate_skills (jobcentre_id, skill_uri)`);

    await queryRunner.query(`
      CREATE TABLE candidate_ladder_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        step smallint NOT NULL CHECK (step BETWEEN 1 AND 5),
        previous_step smallint CHECK (previous_step BETWEEN 1 AND 5),
        reason text NOT NULL,
        placement_id uuid,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by_id uuid REFERENCES staff_members(id)
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_candidate_ladder_steps_candidate" ON candidate_ladder_steps (candidate_id, changed_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE candidate_consultant_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        from_consultant_id uuid REFERENCES staff_members(id),
        to_consultant_id uuid REFERENCES staff_members(id),
        reason text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by_id uuid REFERENCES staff_members(id),
        CHECK (from_consultant_id IS DISTINCT FROM to_consultant_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_candidate_consultant_changes_candidate"
        ON candidate_consultant_changes (jobcentre_id, candidate_id, changed_at)`,
    );

    await queryRunner.query(`
      INSERT INTO candidate_ladder_steps (jobcentre_id, candidate_id, step, reason, changed_at)
      SELECT jobcentre_id, id, ladder_step, 'registered', created_at FROM candidates`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['candidate_consultant_changes', 'candidate_ladder_steps', 'candidate_skills'])
      await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query(`
      ALTER TABLE candidates
        DROP COLUMN birth_date, DROP COLUMN target_group, DROP COLUMN education_level, DROP COLUMN education,
        DROP COLUMN desired_occupations, DROP COLUMN willing_to_change_sector, DROP COLUMN travel_reach_km,
        DROP COLUMN accommodations, DROP COLUMN consultant_id, DROP COLUMN external_id`);
  }
}
