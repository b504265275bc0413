import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications, written in the same transaction as the event they tell of (a transactional outbox): one row per
 * recipient and event, unique by its message key so an event is never told twice; an e-mail delivery per
 * notification that goes by mail, worked off by the delivery job with retries, its Message-ID fixed before the
 * first attempt so a repeated attempt is recognisable; each user's choice of channel per event type; and the
 * language a user reads Jobbro's messages in.
 */
export class Notifications1765065600000 implements MigrationInterface {
  name = 'Notifications1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE user_accounts ADD COLUMN language text NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en'))`,
    );

    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        event_type text NOT NULL,
        message_key text NOT NULL,
        recipient_user_id uuid REFERENCES user_accounts(id) ON DELETE CASCADE,
        recipient_email text,
        recipient_name text,
        language text NOT NULL CHECK (language IN ('da', 'en')),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        in_app boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT uq_notifications_message_key UNIQUE (message_key),
        CONSTRAINT ck_notifications_recipient CHECK (recipient_user_id IS NOT NULL OR recipient_email IS NOT NULL),
        CONSTRAINT ck_notifications_in_app CHECK (NOT in_app OR recipient_user_id IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_notifications_inbox ON notifications (recipient_user_id, created_at DESC, id) WHERE in_app`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_notifications_unread ON notifications (recipient_user_id) WHERE in_app AND read_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_notifications_subject ON notifications (subject_type, subject_id)`);

    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email')),
        to_address text NOT NULL,
        message_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        transport text CHECK (transport IN ('smtp', 'outbox')),
        subject text,
        text_body text,
        html_body text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_notification_deliveries_notification UNIQUE (notification_id, channel),
        CONSTRAINT uq_notification_deliveries_message_id UNIQUE (message_id),
        CONSTRAINT ck_notification_deliveries_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_notification_deliveries_due ON notification_deliveries (next_attempt_at)
        WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_notification_deliveries_status
         ON notification_deliveries (jobcentre_id, status, created_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
        event_type text NOT NULL,
        channels text NOT NULL CHECK (channels IN ('email-and-in-app', 'email', 'in-app')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, event_type)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_preferences`);
    await queryRunner.query(`DROP TABLE notification_deliveries`);
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`ALTER TABLE user_accounts DROP COLUMN language`);
  }
}
