import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in (accounts, sessions, API keys, failed-login counts) and the append-only audit log of personal data. */
export class Access1763942400000 implements MigrationInterface {
  name = 'Access1763942400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        password_hash text NOT NULL,
        staff_member_id uuid UNIQUE REFERENCES staff_members(id),
        name text,
        company_cvr_numbers text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A staff account is its staff member; an employer account names its person and the companies it acts for.
        CONSTRAINT ck_user_accounts_staff_or_employer CHECK (
          (staff_member_id IS NOT NULL AND cardinality(company_cvr_numbers) = 0)
          OR (staff_member_id IS NULL AND name IS NOT NULL AND cardinality(company_cvr_numbers) > 0))
      )`);
    await queryRunner.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        account_id uuid NOT NULL REFERENCES user_accounts(id),
        refresh_token_hash text NOT NULL UNIQUE,
        previous_refresh_token_hash text,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_auth_sessions_previous_token" ON auth_sessions (previous_refresh_token_hash)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_auth_sessions_account" ON auth_sessions (account_id)`);
    await queryRunner.query(`
      CREATE TABLE login_failures (
        email text PRIMARY KEY,
        count integer NOT NULL,
        last_failed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        name text NOT NULL,
        key_prefix text NOT NULL UNIQUE,
        key_hash text NOT NULL,
        created_by_id uuid REFERENCES staff_members(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_api_keys_jobcentre" ON api_keys (jobcentre_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete')),
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        endpoint text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_jobcentre_at" ON audit_log (jobcentre_id, at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_record" ON audit_log (jobcentre_id, record_type, record_id)`);
    // Not through the API, and not by a slip in the code either: the log only ever grows.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`DROP TABLE api_keys`);
    await queryRunner.query(`DROP TABLE login_failures`);
    await queryRunner.query(`DROP TABLE auth_sessions`);
    await queryRunner.query(`DROP TABLE user_accounts`);
  }
}
