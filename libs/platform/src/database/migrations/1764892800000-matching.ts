import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching (issue 11):
 * - `match_changes`: every change to what matching reads (a candidate, its skills, a placement, a posting) is
 *   announced at commit, so each API process's in-memory match index takes it within a second. Ids only.
 * - `match_weight_versions`: each jobcentre's weights, one row per version, never changed, so a recorded match list
 *   can always be explained with the weights it was ranked by.
 * - `match_runs`: every match list shown (who, when, inputs, weights version, the ranking), as the EU AI Act asks
 *   of high-risk ranking of people for jobs.
 * - `jobcentre_partners`: the jobcentres each one names as partner; two that name each other share open postings.
 */
export class Matching1764892800000 implements MigrationInterface {
  name = 'Matching1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_match_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_data record;
        kind text := 'candidate';
        subject uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN row_data := OLD; ELSE row_data := NEW; END IF;
        IF TG_TABLE_NAME = 'candidates' THEN
          subject := row_data.id;
        ELSIF TG_TABLE_NAME = 'postings' THEN
          kind := 'posting';
          subject := row_data.id;
        ELSE
          subject := row_data.candidate_id;
        END IF;
        PERFORM pg_notify(
          'match_changes',
          json_build_object('kind', kind, 'id', subject, 'jobcentreId', row_data.jobcentre_id)::text
        );
        RETURN NULL;
      END
      $$`);
    for (const table of ['candidates', 'candidate_skills', 'placements', 'postings']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_match_change AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION notify_match_change()`);
    }
    await queryRunner.query(`
      CREATE TABLE match_weight_versions (
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        version integer NOT NULL,
        weights jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid,
        PRIMARY KEY (jobcentre_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE match_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        direction text NOT NULL,
        subject_id uuid NOT NULL,
        purpose text NOT NULL,
        requested_by_id uuid,
        requested_at timestamptz NOT NULL DEFAULT now(),
        weights_version integer NOT NULL,
        inputs jsonb NOT NULL,
        results jsonb NOT NULL,
        eligible_count integer NOT NULL,
        excluded_count integer NOT NULL,
        pool jsonb
      )`);
    await queryRunner.query('CREATE INDEX match_runs_jobcentre_time ON match_runs (jobcentre_id, requested_at)');
    await queryRunner.query('CREATE INDEX match_runs_subject ON match_runs (subject_id)');
    await queryRunner.query(`
      CREATE TABLE jobcentre_partners (
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        partner_id uuid NOT NULL REFERENCES jobcentres(id),
        named_at timestamptz NOT NULL DEFAULT now(),
        named_by_id uuid,
        PRIMARY KEY (jobcentre_id, partner_id),
        CHECK (jobcentre_id <> partner_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE jobcentre_partners');
    await queryRunner.query('DROP TABLE match_runs');
    await queryRunner.query('DROP TABLE match_weight_versions');
    for (const table of ['candidates', 'candidate_skills', 'placements', 'postings']) {
      await queryRunner.query(`DROP TRIGGER ${table}_match_change ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION notify_match_change()');
  }
}
