import type { MigrationInterface, QueryRunner } from 'typeorm';
import { POSTCODES_2023 } from './data/postcodes-2023';

/** Every Danish postcode with a point on land, shared reference data for all jobcentres (no jobcentre column). */
export class Postcodes1764115200000 implements MigrationInterface {
  name = 'Postcodes1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE postcodes (
        postcode char(4) PRIMARY KEY CHECK (postcode ~ '^[0-9]{4}$'),
        name text NOT NULL,
        latitude double precision CHECK (latitude BETWEEN 54 AND 58),
        longitude double precision CHECK (longitude BETWEEN 7 AND 16),
        municipality_code char(4) NOT NULL,
        municipality_name text NOT NULL,
        region_name text,
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    const rows = POSTCODES_2023.trim()
      .split('\n')
      .map((line) => {
        const [postcode, name, latitude, longitude, municipalityCode, municipalityName, regionName] = line.split(';');
        return {
          postcode,
          name,
          latitude: latitude ? Number(latitude) : null,
          longitude: longitude ? Number(longitude) : null,
          municipality_code: municipalityCode,
          municipality_name: municipalityName,
          region_name: regionName || null,
        };
      });
    await queryRunner.query(
      `INSERT INTO postcodes
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(postcode char(4), name text, latitude double precision,
         longitude double precision, municipality_code char(4), municipality_name text, region_name text)`,
      [JSON.stringify(rows)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE postcodes');
  }
}
