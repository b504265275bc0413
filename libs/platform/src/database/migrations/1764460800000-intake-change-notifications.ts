import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live duty desk: every entry of an intake's history (received, claimed, reassigned, contact attempt, reminder,
 * breach, closed), whichever process wrote it (an API or a worker), is announced on the channel `intake_changes`
 * when its transaction commits. The payload holds ids and the kind of change only, never personal data; the API
 * processes LISTEN and pass it on to the jobcentre's staff over server-sent events.
 */
export class IntakeChangeNotifications1764460800000 implements MigrationInterface {
  name = 'IntakeChangeNotifications1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_intake_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(
          'intake_changes',
          json_build_object('jobcentreId', NEW.jobcentre_id, 'intakeId', NEW.intake_id, 'change', NEW.type)::text
        );
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER intake_events_notify AFTER INSERT ON intake_events
      FOR EACH ROW EXECUTE FUNCTION notify_intake_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER intake_events_notify ON intake_events');
    await queryRunner.query('DROP FUNCTION notify_intake_change()');
  }
}
