import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'ordinary', 'småjob', 'voksenlærling', 'virksomhedspraktik', 'løntilskud', 'fleksjob'`;
const TARGET_GROUPS = `'dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'jobafklaring',
  'ressourceforløb', 'integration', 'fleksjob'`;

/**
 * Postings (jobs, småjobs, voksenlærling places, praktik and løntilskud places, fleksjobs) and the placements of
 * candidates in them; each jobcentre's rules for the kinds. The database holds the invariants that must never
 * break whatever the code does: a posting never has more placements than positions, a filled posting has them all,
 * an open one is complete.
 */
export class Postings1764288000000 implements MigrationInterface {
  name = 'Postings1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE postings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        intake_id uuid REFERENCES intakes(id),
        external_id text CHECK (length(external_id) BETWEEN 1 AND 100),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'filled', 'closed')),
        title text NOT NULL,
        description text,
        occupation_code text REFERENCES occupations(code),
        required_skills text[] NOT NULL DEFAULT '{}',
        desired_skills text[] NOT NULL DEFAULT '{}',
        hours_per_week numeric(4,1) CHECK (hours_per_week > 0 AND hours_per_week <= 60),
        workplace_postcode char(4) REFERENCES postcodes(postcode),
        start_date date,
        end_date date,
        duration_weeks smallint CHECK (duration_weeks BETWEEN 1 AND 260),
        positions smallint NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 1000),
        positions_filled smallint NOT NULL DEFAULT 0,
        target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ARRAY[${TARGET_GROUPS}]::text[]),
        target_group text CHECK (target_group IN (${TARGET_GROUPS})),
        employer_type text CHECK (employer_type IN ('private', 'public')),
        education_name text,
        education_months smallint CHECK (education_months BETWEEN 1 AND 72),
        company_visible_publicly boolean NOT NULL DEFAULT false,
        created_by_id uuid,
        created_by_name text,
        published_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_postings_filled_within_positions CHECK (positions_filled BETWEEN 0 AND positions),
        CONSTRAINT ck_postings_filled_when_full CHECK ((status = 'filled') = (positions_filled = positions)
          OR status = 'closed'),
        CONSTRAINT ck_postings_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT ck_postings_complete_when_published CHECK (status IN ('draft', 'closed') OR (
          occupation_code IS NOT NULL AND hours_per_week IS NOT NULL AND workplace_postcode IS NOT NULL
          AND start_date IS NOT NULL AND published_at IS NOT NULL)),
        CONSTRAINT ck_postings_closed_at CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_postings_intake" ON postings (intake_id) WHERE intake_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_postings_external_id" ON postings (jobcentre_id, external_id)
        WHERE external_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_postings_list" ON postings (jobcentre_id, status, kind, created_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_postings_company" ON postings (jobcentre_id, company_id)`);
    await queryRunner.query(`CREATE INDEX "ix_postings_occupation" ON postings (jobcentre_id, occupation_code)`);
    await queryRunner.query(`CREATE INDEX "ix_postings_postcode" ON postings (jobcentre_id, workplace_postcode)`);

    await queryRunner.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        posting_id uuid NOT NULL REFERENCES postings(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        start_date date NOT NULL,
        hours_per_week numeric(4,1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
        ladder_step_before smallint CHECK (ladder_step_before BETWEEN 1 AND 5),
        ladder_step_after smallint CHECK (ladder_step_after BETWEEN 1 AND 5),
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('ordinary-job', 'more-hours', 'ended', 'moved-on')),
        end_note text,
        created_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_placements_ended CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    // A candidate holds one active placement per posting; ended ones are history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_placements_active" ON placements (posting_id, candidate_id) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_placements_candidate" ON placements (jobcentre_id, candidate_id)`);
    await queryRunner.query(`CREATE INDEX "ix_placements_posting" ON placements (jobcentre_id, posting_id)`);

    await queryRunner.query(`
      CREATE TABLE posting_settings (
        jobcentre_id uuid PRIMARY KEY REFERENCES jobcentres(id),
        rules jsonb NOT NULL,
        shortage_sectors text[],
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE posting_settings`);
    await queryRunner.query(`DROP TABLE placements`);
    await queryRunner.query(`DROP TABLE postings`);
  }
}
