import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shortlists a consultant sends to a company for an intake or a posting, and their entries: the candidate, where it
 * came from (the recorded match list, or included anyway with a note), the company's pseudonymous reference for the
 * candidate and the company's answer. The database keeps a list for exactly one of intake or posting, a candidate once
 * per list, a note with every candidate included anyway and an answer with its time.
 */
export class Shortlists1764806400000 implements MigrationInterface {
  name = 'Shortlists1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE shortlists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        intake_id uuid REFERENCES intakes(id),
        posting_id uuid REFERENCES postings(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'closed')),
        created_by_id uuid REFERENCES staff_members(id),
        created_by_name text NOT NULL,
        sent_at timestamptz,
        sent_by_name text,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_shortlists_one_origin CHECK ((intake_id IS NULL) <> (posting_id IS NULL)),
        CONSTRAINT ck_shortlists_sent CHECK ((status = 'draft') = (sent_at IS NULL)),
        CONSTRAINT ck_shortlists_closed CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "ix_shortlists_list" ON shortlists (jobcentre_id, status, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX "ix_shortlists_company" ON shortlists (jobcentre_id, company_id)`);
    await queryRunner.query(
      `CREATE INDEX "ix_shortlists_intake" ON shortlists (intake_id) WHERE intake_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shortlists_posting" ON shortlists (posting_id) WHERE posting_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE shortlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        shortlist_id uuid NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        position smallint NOT NULL CHECK (position >= 1),
        match_run_id uuid,
        included_anyway boolean NOT NULL DEFAULT false,
        note text CHECK (length(note) BETWEEN 1 AND 1000),
        reference text NOT NULL CHECK (reference ~ '^K-[A-Z2-7]{6}$'),
        answer text CHECK (answer IN ('interested', 'not-interested')),
        answer_comment text CHECK (length(answer_comment) BETWEEN 1 AND 1000),
        answered_at timestamptz,
        answered_by_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_shortlist_entries_note CHECK (NOT included_anyway OR note IS NOT NULL),
        CONSTRAINT ck_shortlist_entries_answer CHECK ((answer IS NULL) = (answered_at IS NULL)),
        CONSTRAINT ck_shortlist_entries_comment CHECK (answer IS NOT NULL OR answer_comment IS NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_shortlist_entries_candidate" ON shortlist_entries (shortlist_id, candidate_id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_shortlist_entries_reference" ON shortlist_entries (shortlist_id, reference)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shortlist_entries_candidate_of" ON shortlist_entries (jobcentre_id, candidate_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shortlist_entries`);
    await queryRunner.query(`DROP TABLE shortlists`);
  }
}
