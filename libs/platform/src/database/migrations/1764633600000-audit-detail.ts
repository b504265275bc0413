import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a change was, in the audit log's own words ("role: consultant → lead", "deactivated; 2 sessions ended"), for
 * the changes that are not plain reads or writes of a record (user accounts); and the filter by action.
 */
export class AuditDetail1764633600000 implements MigrationInterface {
  name = 'AuditDetail1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_log ADD COLUMN detail text`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_jobcentre_action_at" ON audit_log (jobcentre_id, action, at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_audit_log_jobcentre_action_at"`);
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN detail`);
  }
}
