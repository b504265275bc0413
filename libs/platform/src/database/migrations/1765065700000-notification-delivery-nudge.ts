import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An e-mail delivery that becomes pending (written by the outbox, or sent again by an admin) is announced on the
 * channel `notification_deliveries_due` when its transaction commits, so a worker takes it to the queue at once
 * rather than at its next sweep. The payload is empty (PostgreSQL then sends one notice per transaction); the worker
 * reads what is due from the table. A notice missed is no loss: the sweep finds the row anyway.
 */
export class NotificationDeliveryNudge1765065700000 implements MigrationInterface {
  name = 'NotificationDeliveryNudge1765065700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_notification_delivery_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('notification_deliveries_due', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER notification_deliveries_due AFTER INSERT OR UPDATE OF status ON notification_deliveries
      FOR EACH ROW WHEN (NEW.status = 'pending') EXECUTE FUNCTION notify_notification_delivery_due()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER notification_deliveries_due ON notification_deliveries');
    await queryRunner.query('DROP FUNCTION notify_notification_delivery_due()');
  }
}
