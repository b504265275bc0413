import { parse } from 'csv-parse/sync';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPERATE_FORKLIFT, STACK_GOODS } from './support/endpoints';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';
import { freePort, removeDir } from './support/test-infrastructure';

const CLI = join(__dirname, '../dist/libs/imports/src/cli/main.js');

/** `npm run import` as a process of its own, on the test database; resolves with its exit code and output. */
function runCli(
  args: string[],
  databaseUrl: string | null,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('CSV import and export (/api/v1/imports, /api/v1/candidates/export.csv, npm run import)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  const dir = mkdtempSync(join(tmpdir(), 'jobbro-import-'));

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 2 });
    b = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const importCsv = (kind: string, csv: string, headers = a.headers()) =>
    http().post(`/api/v1/imports/${kind}`).set(headers).set('Content-Type', 'text/csv').send(csv);
  const count = async (sql: string, params: unknown[]) =>
    Number((await testApp.dataSource.query(sql, params))[0].count);

  const header =
    'externalId;name;email;birthDate;targetGroup;ladderStep;postcode;hoursPerWeek;skills;desiredOccupations;' +
    'desiredSectors;willingToChangeSector;consultantId;notes';
  const sofieRow = (tag: string, step: number, skills: string, consultantId: string) =>
    `${tag}-1;Sofie Hansen;sofie@example.dk;1990-04-12;kontanthjælp;${step};8722;15;${skills};8344.1;` +
    `lager-logistik;ja;${consultantId};"Vil gerne; starte stille"`;
  const candidatesCsv = (tag: string, overrides: Record<number, string> = {}) => {
    const [first, second] = a.consultants;
    const rows = [
      sofieRow(tag, 2, `${OPERATE_FORKLIFT}:3|stack goods`, first.id),
      `${tag}-2;Ung Ulla;;2014-01-01;uddannelseshjælp;1;8700;;;;;;;`,
      `${tag}-3;Ukendt Evne;;1980-01-01;dagpenge;3;8700;;jonglering på ethjul:2;;;;;`,
      `${tag}-4;Jonas Berg;;1985-03-03;pension;3;8700;;;;;;;`,
      `${tag}-5;For mange;felter;1985-03-03;dagpenge;3;8700;;;;;;;;ekstra`,
      `${tag}-6;Ingen Postnummer;;1985-03-03;dagpenge;3;0001;;;;;;;`,
      `;Uden Id;;1985-03-03;dagpenge;3;8700;;;;;;;`,
      `${tag}-8;Mette CPR;;1985-03-03;dagpenge;3;8700;;;;;;;cpr 010190-1234`,
      `${tag}-9;Peter Lager;peter@example.dk;1970-10-10;integration;4;8700;37;${STACK_GOODS}:4;;;nej;${second.id};`,
      `${tag}-10;Anden Konsulent;;1985-03-03;dagpenge;3;8700;;;;;;${b.consultants[0].id};`,
    ];
    for (const [index, row] of Object.entries(overrides)) rows[Number(index)] = row;
    return `\uFEFF${header}\n${rows.join('\n')}\n`;
  };
  const expectedRejections = [
    { line: 3, field: 'birthDate', message: expect.stringMatching(/15 to 80 years old today; it makes them 1[12]$/) },
    { line: 4, field: 'skills.0.skill', message: expect.stringContaining('jonglering på ethjul') },
    { line: 5, field: 'targetGroup', message: expect.stringMatching(/^targetGroup must be one of/) },
    { line: 6, field: 'row', message: 'The row does not have as many fields as the header has columns' },
    { line: 7, field: 'postcode', message: 'postcode 0001 is not a Danish postcode' },
    { line: 8, field: 'externalId', message: expect.stringMatching(/^externalId is required/) },
    { line: 9, field: 'notes', message: 'notes must not contain a CPR number; Jobbro does not store them' },
    {
      line: 11,
      field: 'consultantId',
      message: 'consultantId must be the id of a consultant or lead of your jobcentre',
    },
  ];

  // Two imports of ten rows resolving skill labels: ~4 s on an idle machine, more while the suite runs in parallel.
  it('imports the good rows, reports each bad row by line and field, and a second run changes nothing', async () => {
    const tag = `api${Date.now()}`;
    const csv = candidatesCsv(tag);
    const first = await importCsv('candidates', csv).expect(200);
    expect(first.body).toEqual({
      rows: 10,
      imported: 2,
      updated: 0,
      unchanged: 0,
      rejectedRows: 8,
      rejected: expectedRejections,
    });
    const [sofie] = await testApp.dataSource.query(
      `SELECT id, name, notes, target_group, desired_occupations, desired_sectors, willing_to_change_sector,
              consultant_id, version FROM candidates WHERE jobcentre_id = $1 AND external_id = $2`,
      [a.id, `${tag}-1`],
    );
    expect(sofie).toMatchObject({
      name: 'Sofie Hansen',
      notes: 'Vil gerne; starte stille',
      target_group: 'kontanthjælp',
      desired_occupations: ['8344.1'],
      desired_sectors: ['lager-logistik'],
      willing_to_change_sector: true,
      consultant_id: a.consultants[0].id,
    });
    const read = await http().get(`/api/v1/candidates/${sofie.id}`).set(a.headers()).expect(200);
    expect(read.body.skills).toEqual([
      { uri: OPERATE_FORKLIFT, label: 'betjene gaffeltruck', level: 3 },
      { uri: STACK_GOODS, label: 'stable varer', level: 2 },
    ]);
    const steps = await http().get(`/api/v1/candidates/${sofie.id}/ladder-steps`).set(a.headers()).expect(200);
    expect(steps.body).toEqual([
      expect.objectContaining({ step: 2, reason: 'registered', changedById: a.consultants[0].id }),
    ]);
    const changes = await http().get(`/api/v1/candidates/${sofie.id}/consultant-changes`).set(a.headers()).expect(200);
    expect(changes.body).toEqual([expect.objectContaining({ toConsultantId: a.consultants[0].id })]);
    const audit = () =>
      count(`SELECT count(*) FROM audit_log WHERE record_id = $1 AND endpoint = 'POST /api/v1/imports/candidates'`, [
        sofie.id,
      ]);
    expect(await audit()).toBe(1);

    const again = await importCsv('candidates', csv).expect(200);
    expect(again.body).toMatchObject({ rows: 10, imported: 0, updated: 0, unchanged: 2, rejectedRows: 8 });
    expect(await audit()).toBe(1);
    const [unchanged] = await testApp.dataSource.query(`SELECT version FROM candidates WHERE id = $1`, [sofie.id]);
    expect(unchanged.version).toBe(sofie.version);
    expect(await count(`SELECT count(*) FROM candidate_ladder_steps WHERE candidate_id = $1`, [sofie.id])).toBe(1);

    // A changed step, consultant and skill level are updates, with their histories.
    const changed = candidatesCsv(tag, {
      0: sofieRow(tag, 3, `${OPERATE_FORKLIFT}:4|stack goods`, a.consultants[1].id),
    });
    const third = await importCsv('candidates', changed).expect(200);
    expect(third.body).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const history = (await http().get(`/api/v1/candidates/${sofie.id}/ladder-steps`).set(a.headers()).expect(200)).body;
    expect(history[1]).toMatchObject({ previousStep: 2, step: 3, reason: 'changed by import' });
    const consultants = (
      await http().get(`/api/v1/candidates/${sofie.id}/consultant-changes`).set(a.headers()).expect(200)
    ).body;
    expect(consultants[1]).toMatchObject({
      fromConsultantId: a.consultants[0].id,
      toConsultantId: a.consultants[1].id,
      reason: 'changed by import',
    });
    // Only the skill changes: still an update.
    const skillOnly = candidatesCsv(tag, {
      0: sofieRow(tag, 3, `${OPERATE_FORKLIFT}:4`, a.consultants[1].id),
    });
    expect((await importCsv('candidates', skillOnly).expect(200)).body).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await count(`SELECT count(*) FROM candidate_skills WHERE candidate_id = $1`, [sofie.id])).toBe(1);
    // A file without a column leaves that field as it is; an empty cell in a column it has clears it.
    const narrow = await importCsv(
      'candidates',
      `externalId;name;birthDate;targetGroup;ladderStep;email\n${tag}-1;Sofie Hansen;1990-04-12;kontanthjælp;3;\n`,
    ).expect(200);
    expect(narrow.body).toMatchObject({ imported: 0, updated: 1 });
    const [kept] = await testApp.dataSource.query(
      `SELECT email, notes, consultant_id,
              (SELECT count(*)::int FROM candidate_skills WHERE candidate_id = $1) AS skills
         FROM candidates WHERE id = $1`,
      [sofie.id],
    );
    expect(kept).toEqual({
      email: null,
      notes: 'Vil gerne; starte stille',
      consultant_id: a.consultants[1].id,
      skills: 1,
    });
    // Another jobcentre importing the same external ids gets its own candidates.
    expect((await importCsv('candidates', csv, b.headers()).expect(200)).body).toMatchObject({ imported: 1 });
  }, 30_000);

  it('imports companies by CVR number from a comma-separated file, twice without a change', async () => {
    const [cvrA, cvrB] = [randomCvrNumber(), randomCvrNumber()];
    const csv =
      'cvrNumber,name,postcode,city,sizeBand,contactName,contactEmail\n' +
      `${cvrA},Juelsminde Byg ApS,7130,Juelsminde,small,Mette Jensen,mette@example.dk\n` +
      `12345678,Forkert CVR ApS,7130,Juelsminde,small,,\n` +
      `DK ${cvrB.slice(0, 4)} ${cvrB.slice(4)},Hedensted Lager A/S,8722,Hedensted,huge,,\n` +
      `${cvrB},Hedensted Lager A/S,8722,Hedensted,,,\n`;
    const first = await importCsv('companies', csv, a.lead.headers).expect(200);
    expect(first.body).toEqual({
      rows: 4,
      imported: 2,
      updated: 0,
      unchanged: 0,
      rejectedRows: 2,
      rejected: [
        { line: 3, field: 'cvrNumber', message: expect.stringMatching(/modulus-11/) },
        { line: 4, field: 'sizeBand', message: expect.any(String) },
      ],
    });
    const listed = await http().get('/api/v1/companies').query({ cvrNumber: cvrA }).set(a.headers()).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        name: 'Juelsminde Byg ApS',
        contactPersons: [{ name: 'Mette Jensen', email: 'mette@example.dk' }],
      }),
    ]);
    expect((await importCsv('companies', csv, a.admin.headers).expect(200)).body).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 2,
    });
    // Without contact columns the contact persons stay.
    const renamed = await importCsv('companies', `cvrNumber;name\n${cvrA};Juelsminde Byg & Anlæg ApS\n`).expect(200);
    expect(renamed.body).toMatchObject({ updated: 1 });
    const after = await http().get('/api/v1/companies').query({ cvrNumber: cvrA }).set(a.headers()).expect(200);
    expect(after.body.items[0]).toMatchObject({
      name: 'Juelsminde Byg & Anlæg ApS',
      city: 'Juelsminde',
      contactPersons: [{ name: 'Mette Jensen' }],
    });
  });

  it('imports postings by external id and company CVR, as drafts or published, twice without a change', async () => {
    const tag = `P${Date.now()}`;
    const cvr = randomCvrNumber();
    const company = await http()
      .post('/api/v1/companies')
      .set(a.headers())
      .send({ cvrNumber: cvr, name: 'Lager Import ApS' })
      .expect(201);
    const header =
      'externalId;companyCvr;kind;title;occupation;requiredSkills;hoursPerWeek;workplacePostcode;startDate;' +
      'positions;status';
    const rows = [
      `${tag}-1;${cvr};småjob;Lager, 10 timer;8344.1;${OPERATE_FORKLIFT}|stack goods;10;8722;2027-01-04;2;open`,
      `${tag}-2;${cvr};småjob;Lager, 20 timer;8344.1;;20;8722;2027-01-04;1;`,
      `${tag}-3;${randomCvrNumber()};ordinary;Ukendt firma;8344.1;;37;8722;2027-01-04;1;`,
      `${tag}-4;${cvr};ordinary;Kok;drømmejob;;37;8722;2027-01-04;1;`,
      `${tag}-5;${cvr};ordinary;Udkast;;;7,5;;;1;`,
      `${tag}-6;${cvr};ordinary;Ufærdig;;;37;;;1;open`,
      `${tag}-7;${cvr};småjob;Forkert status;8344.1;;10;8722;2027-01-04;1;lukket`,
      `;${cvr};ordinary;Uden id;8344.1;;37;8722;2027-01-04;1;`,
    ];
    const csv = `\uFEFF${header}\n${rows.join('\n')}\n`;
    const first = await importCsv('postings', csv, a.lead.headers).expect(200);
    expect(first.body).toMatchObject({ rows: 8, imported: 2, updated: 0, unchanged: 0, rejectedRows: 6 });
    const fields = (line: number) =>
      (first.body.rejected as { line: number; field: string }[])
        .filter((each) => each.line === line)
        .map((each) => each.field)
        .sort();
    expect(fields(3)).toEqual(['hoursPerWeek']);
    expect(first.body.rejected).toContainEqual({
      line: 3,
      field: 'hoursPerWeek',
      message: expect.stringMatching(/rule småjob-hours/),
    });
    expect(first.body.rejected).toContainEqual({
      line: 4,
      field: 'companyCvr',
      message: expect.stringMatching(/is not a company of your jobcentre/),
    });
    expect(fields(4)).toEqual(['companyCvr']);
    expect(fields(5)).toEqual(['occupation']);
    expect(fields(7)).toEqual(expect.arrayContaining(['occupation', 'startDate', 'workplacePostcode']));
    expect(fields(8)).toEqual(['status']);
    expect(fields(9)).toEqual(['externalId']);

    const listed = await http()
      .get('/api/v1/postings')
      .query({ companyId: company.body.id, pageSize: 100 })
      .set(a.headers())
      .expect(200);
    const byId = Object.fromEntries(listed.body.items.map((each: { externalId: string }) => [each.externalId, each]));
    expect(Object.keys(byId).sort()).toEqual([`${tag}-1`, `${tag}-5`]);
    expect(byId[`${tag}-1`]).toMatchObject({
      status: 'open',
      positions: 2,
      occupation: { code: '8344.1' },
      requiredSkills: [
        expect.objectContaining({ uri: OPERATE_FORKLIFT }),
        expect.objectContaining({ uri: STACK_GOODS }),
      ],
      targetGroups: expect.arrayContaining(['kontanthjælp']),
    });
    expect(byId[`${tag}-1`].publishedAt).toEqual(expect.any(String));
    expect(byId[`${tag}-5`]).toMatchObject({ status: 'draft', hoursPerWeek: 7.5 });

    const again = await importCsv('postings', csv, a.admin.headers).expect(200);
    expect(again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejectedRows: 6 });
    const changed = `${header}\n${rows[0].replace('Lager, 10 timer', 'Lager, 12 timer').replace(';10;', ';12;')}\n`;
    expect((await importCsv('postings', changed).expect(200)).body).toMatchObject({ updated: 1, rejectedRows: 0 });
    const stored = await http()
      .get(`/api/v1/postings/${byId[`${tag}-1`].id}`)
      .set(a.headers())
      .expect(200);
    expect(stored.body).toMatchObject({ title: 'Lager, 12 timer', hoursPerWeek: 12, status: 'open' });
    // Another jobcentre's import does not see this one's companies.
    const foreign = await importCsv('postings', changed, b.headers()).expect(200);
    expect(foreign.body).toMatchObject({ imported: 0, rejectedRows: 1, rejected: [{ line: 2, field: 'companyCvr' }] });
  });

  it('runs from the command line on the configured database, with a summary and an exit code', async () => {
    const tag = `cli${Date.now()}`;
    const file = join(dir, 'candidates.csv');
    writeFileSync(file, candidatesCsv(tag));
    const run = await runCli(['candidates', file, '--jobcentre', a.code], testApp.databaseUrl);
    expect(run.output).toContain(`Jobcentre ${a.code}: 10 rows`);
    expect(run.output).toContain('2 imported, 0 updated, 0 unchanged, 8 rejected');
    expect(run.output).toContain('line 3: birthDate: birthDate must make the candidate 15 to 80 years old today');
    expect(run.code).toBe(2);
    const [imported] = await testApp.dataSource.query(
      `SELECT c.id, (SELECT count(*) FROM audit_log l WHERE l.record_id = c.id AND l.actor_id IS NULL
                       AND l.endpoint = 'npm run import -- candidates')::int AS audited
         FROM candidates c WHERE c.jobcentre_id = $1 AND c.external_id = $2`,
      [a.id, `${tag}-9`],
    );
    expect(imported.audited).toBe(1);
    const second = await runCli(['candidates', file, `--jobcentre=${a.id}`], testApp.databaseUrl);
    expect(second.output).toContain('0 imported, 0 updated, 2 unchanged, 8 rejected');

    const companies = join(dir, 'companies.csv');
    writeFileSync(companies, `cvrNumber;name\n${randomCvrNumber()};CLI Firma ApS\n`);
    const good = await runCli(['companies', companies, '--jobcentre', a.code], testApp.databaseUrl);
    expect(good).toMatchObject({ code: 0, output: expect.stringContaining('1 imported') });
    const noJobcentre = await runCli(['companies', companies], testApp.databaseUrl);
    expect(noJobcentre.code).toBe(1);
    expect(noJobcentre.output).toContain('Name the jobcentre with --jobcentre <code>');
    const badHeader = join(dir, 'bad-header.csv');
    writeFileSync(badHeader, 'name;city\nFirma;Horsens\n');
    const refused = await runCli(['companies', badHeader, '--jobcentre', a.code], testApp.databaseUrl);
    expect(refused).toMatchObject({
      code: 1,
      output: expect.stringContaining('cvrNumber: The header has no cvrNumber'),
    });
    const postings = join(dir, 'postings.csv');
    const cvr = randomCvrNumber();
    await http().post('/api/v1/companies').set(a.headers()).send({ cvrNumber: cvr, name: 'CLI Lager ApS' }).expect(201);
    writeFileSync(postings, `externalId,companyCvr,kind,title\n${tag}-P1,${cvr},ordinary,Lagermedarbejder\n`);
    const posted = await runCli(['postings', postings, '--jobcentre', a.code], testApp.databaseUrl);
    expect(posted).toMatchObject({ code: 0, output: expect.stringContaining('1 imported') });
    expect((await runCli(['postings'], testApp.databaseUrl)).output).toContain('Usage: npm run import');
  }, 60_000);

  it('runs on the embedded default without DATABASE_URL, starting and migrating its PostgreSQL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-import-embedded-'));
    // As root, PostgreSQL runs as the postgres user, which must be able to reach its data directory.
    chmodSync(dataDir, 0o755);
    const file = join(dataDir, 'companies.csv');
    writeFileSync(file, `cvrNumber;name\n${randomCvrNumber()};Firma ApS\n`);
    const run = await runCli(['companies', file], null, {
      EMBEDDED_POSTGRES_DIR: join(dataDir, 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    });
    // A new embedded database has no jobcentre until the API seeds one; the import says so and writes nothing.
    expect(run.output).toContain('Name the jobcentre with --jobcentre <code>; the jobcentres are: none');
    expect(run.code).toBe(1);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    removeDir(dataDir);
  }, 120_000);

  it('exports the filtered candidates with their personal fields as CSV, each one audited', async () => {
    const tag = `Eksport${Date.now()}`;
    const ids: string[] = [];
    for (const [name, targetGroup] of [
      [`${tag} Anna`, 'dagpenge'],
      [`${tag} Bo`, 'kontanthjælp'],
      [`${tag} Carl`, 'dagpenge'],
    ]) {
      const body = {
        name,
        targetGroup,
        birthDate: '1980-05-05',
        ladderStep: 3,
        email: `${name.split(' ')[1].toLowerCase()}@example.dk`,
        accommodations: 'Skal kunne sidde ned',
        notes: 'Note; med "citat"',
        skills: [{ skill: OPERATE_FORKLIFT, level: 3 }],
      };
      ids.push((await http().post('/api/v1/candidates').set(a.headers()).send(body).expect(201)).body.id);
    }
    const response = await http()
      .get('/api/v1/candidates/export.csv')
      .query({ name: tag, targetGroup: 'dagpenge' })
      .set(a.coordinator.headers)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(response.text.startsWith('\uFEFFid;age;externalId;name;email;phone;birthDate;targetGroup')).toBe(true);
    const rows = parse(response.text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows.map((row) => row.name)).toEqual([`${tag} Anna`, `${tag} Carl`]);
    expect(rows[0]).toMatchObject({
      id: ids[0],
      email: 'anna@example.dk',
      birthDate: '1980-05-05',
      age: expect.stringMatching(/^4[0-9]$/),
      accommodations: 'Skal kunne sidde ned',
      notes: 'Note; med "citat"',
      skills: `${OPERATE_FORKLIFT}:3`,
    });
    const audited = await testApp.dataSource.query(
      `SELECT record_id, action, actor_id FROM audit_log
        WHERE endpoint = 'GET /api/v1/candidates/export.csv' AND record_id = ANY($1) ORDER BY record_id`,
      [ids],
    );
    expect(audited).toEqual(
      [ids[0], ids[2]].sort().map((id) => ({ record_id: id, action: 'read', actor_id: a.coordinator.id })),
    );
    const empty = await http()
      .get('/api/v1/candidates/export.csv')
      .query({ name: `${tag} ingen` })
      .set(a.headers())
      .expect(200);
    expect(empty.text.trim().split('\n')).toHaveLength(1);
    const bad = await http()
      .get('/api/v1/candidates/export.csv')
      .query({ hours: 'mange' })
      .set(a.headers())
      .expect(400);
    expect(bad.body.errors[0].field).toBe('hours');
    await http().get('/api/v1/candidates/export.csv').set(a.admin.headers).expect(403);
  });

  it('refuses what cannot be imported: other types, empty, a header without a column, too large', async () => {
    const json = await http().post('/api/v1/imports/candidates').set(a.headers()).send({ name: 'Sofie' }).expect(415);
    expect(json.body.message).toContain('text/csv');
    await http()
      .post('/api/v1/imports/candidates')
      .set(a.headers())
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    await http()
      .post('/api/v1/imports/companies')
      .set(a.headers())
      .set('Content-Type', 'text/csv; charset=windows-1252')
      .send('cvrNumber;name\n')
      .expect(415);
    const empty = await importCsv('candidates', '').expect(400);
    expect(empty.body.errors).toEqual([
      { field: 'file', messages: ['The file is empty: it must start with a header row'] },
    ]);
    const missing = await importCsv('candidates', 'externalId;name;birthDate;ladderStep\nx;y;1990-01-01;3\n').expect(
      400,
    );
    expect(missing.body.errors).toEqual([
      { field: 'targetGroup', messages: ['The header has no targetGroup column; it is required'] },
    ]);
    const unknown = await importCsv('companies', 'cvrNumber;name;cpr\n').expect(400);
    expect(unknown.body.errors.map((error: { field: string }) => error.field)).toEqual(['cpr']);
    // A field far too long is a bad row; the rows around it are imported.
    const tag = `huge${Date.now()}`;
    const huge = await importCsv(
      'candidates',
      'externalId;name;birthDate;targetGroup;ladderStep;notes\n' +
        `${tag}-1;Før;1990-01-01;dagpenge;3;\n` +
        `${tag}-2;Kæmpe;1990-01-01;dagpenge;3;${'x'.repeat(200_000)}\n` +
        `${tag}-3;Efter;1990-01-01;dagpenge;3;\n`,
    ).expect(200);
    expect(huge.body).toMatchObject({
      imported: 2,
      rejectedRows: 1,
      rejected: [{ line: 3, field: 'notes', message: 'notes is longer than 10000 characters' }],
    });
    // A body over 50 MB is cut off there.
    const tooLarge = await importCsv(
      'candidates',
      `externalId;name;birthDate;targetGroup;ladderStep\n${`${'x'.repeat(900_000)}\n`.repeat(60)}`,
    ).expect(413);
    expect(tooLarge.body.message).toBe('The file is larger than 50 MB');
    await http()
      .post('/api/v1/imports/candidates')
      .set(a.coordinator.headers)
      .set('Content-Type', 'text/csv')
      .send('x\n')
      .expect(403);
  }, 60_000);
});
