import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the public job pages need: a jobcentre's public contact (where a jobseeker asks about a job: phone, e-mail,
 * address, opening hours) and a short reference number on every posting, to say on the phone or in an e-mail's
 * subject. The demo jobcentre Hedensted, seeded before this migration existed, gets its contact here.
 */
export class PublicJobPages1764547200000 implements MigrationInterface {
  name = 'PublicJobPages1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE jobcentres
        ADD COLUMN public_phone text CHECK (length(public_phone) BETWEEN 1 AND 40),
        ADD COLUMN public_email text CHECK (length(public_email) BETWEEN 3 AND 320),
        ADD COLUMN public_address text CHECK (length(public_address) BETWEEN 1 AND 300),
        ADD COLUMN public_opening_hours text CHECK (length(public_opening_hours) BETWEEN 1 AND 300)`);
    await queryRunner.query(
      `UPDATE jobcentres SET public_phone = $1, public_email = $2, public_address = $3, public_opening_hours = $4
        WHERE code = 'hedensted' AND public_phone IS NULL`,
      [HEDENSTED_CONTACT.phone, HEDENSTED_CONTACT.email, HEDENSTED_CONTACT.address, HEDENSTED_CONTACT.openingHours],
    );
    // A serial numbers the postings already there in the order the table holds them; new ones take the next.
    await queryRunner.query(`ALTER TABLE postings ADD COLUMN reference_number serial`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE postings DROP COLUMN reference_number`);
    await queryRunner.query(`
      ALTER TABLE jobcentres DROP COLUMN public_phone, DROP COLUMN public_email, DROP COLUMN public_address,
        DROP COLUMN public_opening_hours`);
  }
}

/** The demo jobcentre's public contact, as the demo seed writes it (apps/api/src/demo/demo-data.ts) from now on. */
const HEDENSTED_CONTACT = {
  phone: '79 75 50 00',
  email: 'jobcentret@hedensted.dk',
  address: 'Niels Espes Vej 8, 8722 Hedensted',
  openingHours: 'Telefonen er åben mandag–torsdag kl. 9–15 og fredag kl. 9–12',
};
