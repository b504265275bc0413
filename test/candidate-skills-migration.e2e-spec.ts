import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ensureDatabase, withDatabase } from '@jobbro/platform';
import { MIGRATIONS } from '../libs/platform/src/database/migrations';
import { TEST_ENV } from './support/test-infrastructure';

/**
 * The migration to coded skills, on a database that holds a candidate written before it: the template is migrated
 * up to the migration before, a legacy row is inserted at that schema, then the rest of the migrations run.
 */
describe('Migration to coded candidate skills', () => {
  let dataSource: DataSource;
  let url: string;
  const split = MIGRATIONS.findIndex((migration) => migration.name === 'CodedCandidateSkills1764374400000');

  beforeAll(async () => {
    const adminUrl = process.env[TEST_ENV.adminUrl]!;
    const name = `jobbro_migration_${randomUUID().replace(/-/g, '')}`;
    await ensureDatabase(adminUrl, name);
    url = withDatabase(adminUrl, name);
    dataSource = await new DataSource({ type: 'postgres', url, migrations: MIGRATIONS.slice(0, split) }).initialize();
    await dataSource.runMigrations({ transaction: 'all' });
  }, 120_000);
  afterAll(() => dataSource?.destroy());

  it('moves matched skills and sectors to codes, the rest to the notes, and drops the free-text column', async () => {
    expect(split).toBeGreaterThan(0);
    // An English label that names exactly one skill, and a Danish label given to another (in any case).
    const [english, other] = await dataSource.query(`
      SELECT uri, label_en AS label FROM skills s
       WHERE (SELECT count(*) FROM skills o WHERE lower(o.label_en) = lower(s.label_en)) = 1
       ORDER BY uri LIMIT 2`);
    await dataSource.query(`UPDATE skills SET label_da = 'Prøvefærdighed i æblemost' WHERE uri = $1`, [other.uri]);
    const danish = { uri: other.uri, label: 'Prøvefærdighed i æblemost' };
    const [sector] = await dataSource.query(`SELECT code, label_da FROM sectors ORDER BY position LIMIT 1`);
    const [{ id: jobcentreId }] = await dataSource.query(
      `INSERT INTO jobcentres (code, name) VALUES ('legacy', 'Jobcenter Legacy') RETURNING id`,
    );
    const [{ id: candidateId }] = await dataSource.query(
      `INSERT INTO candidates (jobcentre_id, name, ladder_step, skills, desired_sectors, notes)
       VALUES ($1, 'Sofie Hansen', 3, $2, $3, 'Vil gerne starte stille') RETURNING id`,
      [
        jobcentreId,
        [` ${danish.label.toUpperCase()} `, english.label.toLowerCase(), 'jonglering på ethjulet cykel'],
        [sector.label_da.toUpperCase(), 'rumfart'],
      ],
    );
    const [{ id: emptyId }] = await dataSource.query(
      `INSERT INTO candidates (jobcentre_id, name, ladder_step) VALUES ($1, 'Uden Noget', 1) RETURNING id`,
      [jobcentreId],
    );
    await dataSource.destroy();

    dataSource = await new DataSource({ type: 'postgres', url, migrations: MIGRATIONS }).initialize();
    const ran = await dataSource.runMigrations({ transaction: 'all' });
    expect(ran.map((migration) => migration.name)).toContain('CodedCandidateSkills1764374400000');

    const skills = await dataSource.query(
      `SELECT skill_uri, level, jobcentre_id FROM candidate_skills WHERE candidate_id = $1 ORDER BY skill_uri`,
      [candidateId],
    );
    expect(skills).toEqual(
      [danish.uri, english.uri].sort().map((uri) => ({ skill_uri: uri, level: 2, jobcentre_id: jobcentreId })),
    );
    const [candidate] = await dataSource.query(`SELECT desired_sectors, notes FROM candidates WHERE id = $1`, [
      candidateId,
    ]);
    expect(candidate.desired_sectors).toEqual([sector.code]);
    expect(candidate.notes).toBe(
      'Vil gerne starte stille\n' +
        'Skills not matched to a coded skill: jonglering på ethjulet cykel\n' +
        'Desired sectors not matched to a sector: rumfart',
    );
    const [untouched] = await dataSource.query(`SELECT desired_sectors, notes FROM candidates WHERE id = $1`, [
      emptyId,
    ]);
    expect(untouched).toEqual({ desired_sectors: [], notes: null });
    const columns = await dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'candidates' AND column_name = 'skills'`,
    );
    expect(columns).toEqual([]);
  }, 120_000);
});
