import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The last sweep of the duty-desk timers: what the workers found and repaired, for /health in any process to read. */
export class TimerSweeps1764028800000 implements MigrationInterface {
  name = 'TimerSweeps1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE duty_desk_timer_sweeps (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        swept_at timestamptz NOT NULL,
        open_intakes integer NOT NULL CHECK (open_intakes >= 0),
        intakes_without_timers integer NOT NULL CHECK (intakes_without_timers >= 0),
        timers_recreated integer NOT NULL CHECK (timers_recreated >= 0),
        duration_ms integer NOT NULL CHECK (duration_ms >= 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE duty_desk_timer_sweeps');
  }
}
