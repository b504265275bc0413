import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shortage sectors (mangelområder) per jobcentre and period: the sectors and ESCO occupations in shortage, each with
 * a weight, kept by hand or imported from STAR's Arbejdsmarkedsbalancen. A jobcentre's periods never overlap (the
 * service checks it under a per-jobcentre lock).
 */
export class ShortageSectors1764720000000 implements MigrationInterface {
  name = 'ShortageSectors1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE shortage_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jobcentre_id uuid NOT NULL REFERENCES jobcentres(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        source text NOT NULL CHECK (source IN ('manual', 'star-import')),
        rar_area text,
        sectors jsonb NOT NULL,
        occupations jsonb NOT NULL,
        created_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_shortage_periods_dates CHECK (valid_from <= valid_to)
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_shortage_periods_jobcentre_dates" ON shortage_periods (jobcentre_id, valid_from, valid_to)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shortage_periods`);
  }
}
