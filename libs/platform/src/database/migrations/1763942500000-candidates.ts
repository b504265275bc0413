import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidates and their consents to be identified to a company. No column can hold a CPR number by design. */
export class Candidates1763942500000 implements MigrationInterface {
  name = 'Candidates1763942500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        name text NOT NULL,
        email text,
        phone text,
        postcode text CHECK (postcode ~ '^[0-9]{4}$'),
        skills text[] NOT NULL DEFAULT '{}',
        desired_sectors text[] NOT NULL DEFAULT '{}',
        hours_per_week integer CHECK (hours_per_week BETWEEN 1 AND 60),
        ladder_step smallint NOT NULL CHECK (ladder_step BETWEEN 1 AND 5),
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_candidates_jobcentre_name" ON candidates (jobcentre_id, name)`);
    await queryRunner.query(`
      CREATE TABLE candidate_consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        given_at timestamptz NOT NULL,
        recorded_by_id uuid REFERENCES staff_members(id),
        withdrawn_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_candidate_consents_active" ON candidate_consents (candidate_id, company_id)
        WHERE withdrawn_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE candidate_consents`);
    await queryRunner.query(`DROP TABLE candidates`);
  }
}
