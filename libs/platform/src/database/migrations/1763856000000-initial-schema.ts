import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763856000000 implements MigrationInterface {
  name = 'InitialSchema1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE jobcentres (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]{2,40}$'),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE staff_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        name text NOT NULL,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('consultant', 'network-coordinator', 'lead', 'admin')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_staff_members_jobcentre_email" ON staff_members (jobcentre_id, email)`,
    );

    await queryRunner.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        cvr_number char(8) NOT NULL CHECK (cvr_number ~ '^[0-9]{8}$'),
        name text NOT NULL,
        address text,
        postcode char(4) CHECK (postcode ~ '^[0-9]{4}$'),
        city text,
        sector text,
        size_band text CHECK (size_band IN ('small', 'medium', 'large')),
        contact_persons jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_companies_jobcentre_cvr ON companies (jobcentre_id, cvr_number)`);
    await queryRunner.query(`CREATE INDEX ix_companies_jobcentre_name ON companies (jobcentre_id, name)`);

    await queryRunner.query(`
      CREATE TABLE duty_desk_settings (
        jobcentre_id uuid PRIMARY KEY REFERENCES jobcentres(id),
        first_contact_policy jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE duty_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        consultant_id uuid NOT NULL REFERENCES staff_members(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        last_assigned_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_duty_periods_jobcentre_time ON duty_periods (jobcentre_id, starts_at, ends_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE intakes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        kind text NOT NULL CHECK (kind IN ('recruitment', 'småjob', 'voksenlærling', 'praktik-løntilskud', 'retention',
                                           'mentor-course', 'code-of-care-interest')),
        channel text NOT NULL CHECK (channel IN ('phone', 'e-mail', 'web', 'visit')),
        description text NOT NULL,
        contact_person jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('awaiting-contact', 'contacted', 'closed')),
        assignee_id uuid REFERENCES staff_members(id),
        received_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        reminder_at timestamptz NOT NULL,
        reminder_sent_at timestamptz,
        first_contact_at timestamptz,
        breached_at timestamptz,
        escalated_to_id uuid REFERENCES staff_members(id),
        outcome text CHECK (outcome IN ('posting-created', 'shortlist-sent', 'referred', 'no-need')),
        outcome_note text,
        closed_at timestamptz,
        idempotency_key text,
        request_fingerprint text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'closed') = (closed_at IS NOT NULL AND outcome IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_intakes_idempotency_key ON intakes (jobcentre_id, idempotency_key)
        WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_intakes_queue ON intakes (jobcentre_id, status, deadline_at)`);
    await queryRunner.query(`CREATE INDEX ix_intakes_assignee ON intakes (jobcentre_id, assignee_id, deadline_at)`);
    await queryRunner.query(`CREATE INDEX ix_intakes_company ON intakes (company_id)`);
    await queryRunner.query(
      `CREATE INDEX ix_intakes_awaiting_contact ON intakes (deadline_at) WHERE status = 'awaiting-contact'`,
    );

    await queryRunner.query(`
      CREATE TABLE intake_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        intake_id uuid NOT NULL REFERENCES intakes(id),
        type text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES staff_members(id),
        actor_name text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query(`CREATE INDEX ix_intake_events_intake ON intake_events (intake_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'intake_events',
      'intakes',
      'duty_periods',
      'duty_desk_settings',
      'companies',
      'staff_members',
      'jobcentres',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
