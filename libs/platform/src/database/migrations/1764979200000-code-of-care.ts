import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Code of Care: each jobcentre's network of socially responsible companies. A company's membership moves
 * prospect → member → left (and may come back), every change dated in its history; pledges with a quantity and a
 * due date; mentor courses with participants per company; network events with attendance; goals per jobcentre and
 * year; what the daily activity job found and the warnings it raised. An intake of kind code-of-care-interest makes
 * its company a prospect of its jobcentre's network in the same transaction, whichever way the intake arrived.
 */
export class CodeOfCare1764979200000 implements MigrationInterface {
  name = 'CodeOfCare1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE code_of_care_networks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL UNIQUE REFERENCES jobcentres(id),
        name text NOT NULL DEFAULT 'Code of Care' CHECK (length(name) BETWEEN 1 AND 200),
        activity_window_months smallint NOT NULL DEFAULT 12 CHECK (activity_window_months BETWEEN 1 AND 60),
        warning_days smallint NOT NULL DEFAULT 30 CHECK (warning_days BETWEEN 1 AND 365),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);

    await queryRunner.query(`
      CREATE TABLE code_of_care_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        status text NOT NULL CHECK (status IN ('prospect', 'member', 'left')),
        prospect_stage text NOT NULL DEFAULT 'new'
          CHECK (prospect_stage IN ('new', 'contacted', 'meeting', 'deciding', 'declined')),
        source text NOT NULL CHECK (source IN ('intake', 'manual', 'import')),
        source_intake_id uuid REFERENCES intakes(id),
        owner_id uuid REFERENCES staff_members(id),
        last_contact_at timestamptz,
        pledge_signed_on date,
        pledge_signatory text CHECK (length(pledge_signatory) BETWEEN 1 AND 200),
        joined_on date,
        left_on date,
        left_reason text CHECK (length(left_reason) BETWEEN 1 AND 1000),
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        activity_status text CHECK (activity_status IN ('active', 'inactive')),
        last_activity_on date,
        last_activity_kind text,
        active_until date,
        activity_computed_at timestamptz,
        inactive_warning_for date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_code_of_care_memberships_company UNIQUE (jobcentre_id, company_id),
        CONSTRAINT ck_code_of_care_memberships_member CHECK (
          status <> 'member'
          OR (joined_on IS NOT NULL AND pledge_signed_on IS NOT NULL AND pledge_signatory IS NOT NULL)
        ),
        CONSTRAINT ck_code_of_care_memberships_left CHECK ((status = 'left') = (left_on IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_memberships_status ON code_of_care_memberships (jobcentre_id, status)`,
    );

    await queryRunner.query(`
      CREATE TABLE code_of_care_membership_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        membership_id uuid NOT NULL REFERENCES code_of_care_memberships(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('status', 'activity', 'stage', 'owner', 'contact')),
        from_value text,
        to_value text NOT NULL,
        effective_on date NOT NULL,
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        by_id uuid REFERENCES staff_members(id),
        by_name text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_membership_events_membership
         ON code_of_care_membership_events (membership_id, recorded_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_membership_events_status
         ON code_of_care_membership_events (jobcentre_id, effective_on) WHERE kind = 'status'`,
    );

    await queryRunner.query(`
      CREATE TABLE code_of_care_pledges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        membership_id uuid NOT NULL REFERENCES code_of_care_memberships(id) ON DELETE CASCADE,
        kind text NOT NULL
          CHECK (kind IN ('småjob', 'voksenlærling', 'mentor', 'host-event', 'share-knowledge')),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
        from_on date NOT NULL,
        due_on date NOT NULL,
        description text CHECK (length(description) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_code_of_care_pledges_period CHECK (from_on <= due_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_pledges_membership ON code_of_care_pledges (jobcentre_id, membership_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE code_of_care_mentor_courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        provider text CHECK (length(provider) BETWEEN 1 AND 200),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_code_of_care_mentor_courses_dates CHECK (starts_on <= ends_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_mentor_courses_dates ON code_of_care_mentor_courses (jobcentre_id, starts_on)`,
    );
    await queryRunner.query(`
      CREATE TABLE code_of_care_course_participants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        course_id uuid NOT NULL REFERENCES code_of_care_mentor_courses(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id),
        participants smallint NOT NULL CHECK (participants BETWEEN 1 AND 1000),
        mentors_trained smallint NOT NULL DEFAULT 0 CHECK (mentors_trained BETWEEN 0 AND 1000),
        CONSTRAINT uq_code_of_care_course_participants UNIQUE (course_id, company_id),
        CONSTRAINT ck_code_of_care_course_participants_trained CHECK (mentors_trained <= participants)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_course_participants_company
         ON code_of_care_course_participants (jobcentre_id, company_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE code_of_care_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        held_on date NOT NULL,
        topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
        location text CHECK (length(location) BETWEEN 1 AND 200),
        host_company_id uuid REFERENCES companies(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX ix_code_of_care_events_held ON code_of_care_events (jobcentre_id, held_on)`);
    await queryRunner.query(`
      CREATE TABLE code_of_care_event_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        event_id uuid NOT NULL REFERENCES code_of_care_events(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id),
        attendees smallint NOT NULL CHECK (attendees BETWEEN 1 AND 1000),
        shared_knowledge boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_code_of_care_event_attendance UNIQUE (event_id, company_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_event_attendance_company
         ON code_of_care_event_attendance (jobcentre_id, company_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE code_of_care_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        target integer NOT NULL CHECK (target BETWEEN 1 AND 100000),
        baseline integer NOT NULL CHECK (baseline BETWEEN 0 AND 100000),
        baseline_on date NOT NULL,
        deadline_on date NOT NULL,
        counts text NOT NULL DEFAULT 'members' CHECK (counts IN ('members', 'active-members')),
        note text CHECK (length(note) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_code_of_care_goals_year UNIQUE (jobcentre_id, year),
        CONSTRAINT ck_code_of_care_goals_dates CHECK (baseline_on < deadline_on)
      )`);

    await queryRunner.query(`
      CREATE TABLE code_of_care_warnings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        membership_id uuid NOT NULL REFERENCES code_of_care_memberships(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('inactive-soon', 'turned-inactive')),
        inactive_on date NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz,
        acknowledged_by_name text,
        CONSTRAINT uq_code_of_care_warnings UNIQUE (membership_id, kind, inactive_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_warnings_open
         ON code_of_care_warnings (jobcentre_id, raised_at DESC) WHERE acknowledged_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE code_of_care_activity_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        as_of date NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('schedule', 'manual', 'startup')),
        jobcentres integer NOT NULL,
        members integer NOT NULL,
        active integer NOT NULL,
        turned_active integer NOT NULL,
        turned_inactive integer NOT NULL,
        warnings_raised integer NOT NULL,
        duration_ms integer NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_code_of_care_activity_runs_finished
         ON code_of_care_activity_runs (jobcentre_id, finished_at DESC)`,
    );

    // Every path an intake takes in (staff, employer, import) ends in this INSERT; the prospect follows it here.
    await queryRunner.query(`
      CREATE FUNCTION code_of_care_prospect_from_intake() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        created_id uuid;
      BEGIN
        INSERT INTO code_of_care_networks (jobcentre_id) VALUES (NEW.jobcentre_id) ON CONFLICT DO NOTHING;
        INSERT INTO code_of_care_memberships (jobcentre_id, company_id, status, source, source_intake_id, owner_id)
          VALUES (NEW.jobcentre_id, NEW.company_id, 'prospect', 'intake', NEW.id, NEW.assignee_id)
          ON CONFLICT (jobcentre_id, company_id) DO NOTHING
          RETURNING id INTO created_id;
        IF created_id IS NOT NULL THEN
          INSERT INTO code_of_care_membership_events
            (jobcentre_id, membership_id, kind, from_value, to_value, effective_on, note)
            VALUES (NEW.jobcentre_id, created_id, 'status', NULL, 'prospect',
                    (NEW.received_at AT TIME ZONE 'Europe/Copenhagen')::date, 'Henvendelse om Code of Care');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER code_of_care_prospect_from_intake AFTER INSERT ON intakes
        FOR EACH ROW WHEN (NEW.kind = 'code-of-care-interest')
        EXECUTE FUNCTION code_of_care_prospect_from_intake()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER code_of_care_prospect_from_intake ON intakes`);
    await queryRunner.query(`DROP FUNCTION code_of_care_prospect_from_intake()`);
    for (const table of [
      'code_of_care_activity_runs',
      'code_of_care_warnings',
      'code_of_care_goals',
      'code_of_care_event_attendance',
      'code_of_care_events',
      'code_of_care_course_participants',
      'code_of_care_mentor_courses',
      'code_of_care_pledges',
      'code_of_care_membership_events',
      'code_of_care_memberships',
      'code_of_care_networks',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
