import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ShortageSectorsService } from '@jobbro/matching';
import { seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const SAMPLE = readFileSync(
  join(__dirname, '../libs/matching/src/shortage-sectors/fixtures/arbejdsmarkedsbalancen-2026-07-oestjylland.csv'),
  'utf8',
);

describe('Shortage sectors (/api/v1/shortage-sectors)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let coordinator: Record<string, string>;
  let lead: Record<string, string>;

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    coordinator = a.headers(a.coordinator.email);
    lead = a.headers(a.lead.email);
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const period = (overrides: Record<string, unknown> = {}) => ({
    name: 'Mangelområder 2027, 1. halvår',
    validFrom: '2027-01-01',
    validTo: '2027-06-30',
    sectors: [
      { code: 'handvaerk', weight: 1 },
      { code: 'social-sundhed', weight: 0.8 },
    ],
    occupations: [{ code: '5322.1', weight: 1 }],
    ...overrides,
  });
  const importCsv = (csv: string, query = '', headers = coordinator) =>
    http().post(`/api/v1/shortage-sectors/import${query}`).set(headers).set('Content-Type', 'text/csv').send(csv);
  const fieldsOf = (body: { errors?: { field: string; messages: string[] }[] }) =>
    (body.errors ?? []).map((error) => error.field);

  it('creates, reads, lists by day, replaces and deletes a period; another jobcentre sees nothing', async () => {
    const created = await http().post('/api/v1/shortage-sectors').set(coordinator).send(period()).expect(201);
    expect(created.body).toMatchObject({
      name: 'Mangelområder 2027, 1. halvår',
      validFrom: '2027-01-01',
      validTo: '2027-06-30',
      source: 'manual',
      rarArea: null,
      version: 1,
      sectors: [
        { code: 'handvaerk', labelDa: 'Håndværk', weight: 1 },
        { code: 'social-sundhed', weight: 0.8 },
      ],
      occupations: [{ code: '5322.1', label: 'social- og sundhedshjælper', weight: 1, starRating: null }],
    });
    const id = created.body.id;
    await http().get(`/api/v1/shortage-sectors/${id}`).set(a.headers()).expect(200);
    const on = await http().get('/api/v1/shortage-sectors?on=2027-03-01').set(a.headers()).expect(200);
    expect(on.body.items.map((each: { id: string }) => each.id)).toEqual([id]);
    const off = await http().get('/api/v1/shortage-sectors?on=2027-07-01').set(a.headers()).expect(200);
    expect(off.body.total).toBe(0);

    const replaced = await http()
      .put(`/api/v1/shortage-sectors/${id}`)
      .set(lead)
      .send(period({ name: 'Ændret', sectors: [{ code: 'lager-logistik', weight: 0.5 }], version: 1 }))
      .expect(200);
    expect(replaced.body).toMatchObject({ name: 'Ændret', version: 2, sectors: [{ code: 'lager-logistik' }] });
    const stale = await http()
      .put(`/api/v1/shortage-sectors/${id}`)
      .set(lead)
      .send(period({ version: 1 }))
      .expect(409);
    expect(stale.body.message).toContain('version 1');

    await http().get(`/api/v1/shortage-sectors/${id}`).set(b.headers()).expect(404);
    await http().put(`/api/v1/shortage-sectors/${id}`).set(b.headers(b.lead.email)).send(period()).expect(404);
    await http().delete(`/api/v1/shortage-sectors/${id}`).set(b.headers(b.lead.email)).expect(404);
    expect((await http().get('/api/v1/shortage-sectors').set(b.headers()).expect(200)).body.total).toBe(0);

    await http().delete(`/api/v1/shortage-sectors/${id}`).set(coordinator).expect(204);
    await http().get(`/api/v1/shortage-sectors/${id}`).set(a.headers()).expect(404);
  });

  it('refuses a period that shares a day with another, naming it', async () => {
    const first = await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .send(period({ name: 'Efterår 2028', validFrom: '2028-07-01', validTo: '2028-12-31' }))
      .expect(201);
    const overlap = await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .send(period({ validFrom: '2028-12-31', validTo: '2029-03-31' }))
      .expect(409);
    expect(overlap.body.message).toContain('"Efterår 2028" (2028-07-01 to 2028-12-31)');
    await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .send(period({ validFrom: '2029-01-01', validTo: '2029-03-31' }))
      .expect(201);
    // Another jobcentre's periods are its own business.
    await http()
      .post('/api/v1/shortage-sectors')
      .set(b.headers(b.coordinator.email))
      .send(period({ validFrom: '2028-07-01', validTo: '2028-12-31' }))
      .expect(201);
    await http().delete(`/api/v1/shortage-sectors/${first.body.id}`).set(coordinator).expect(204);
  });

  it('says which weights apply on a day, falling back to the posting settings; weightsOn agrees', async () => {
    const service = testApp.app.get(ShortageSectorsService);
    const fallback = await http().get('/api/v1/shortage-sectors/current?on=2030-05-05').set(a.headers()).expect(200);
    expect(fallback.body).toMatchObject({ on: '2030-05-05', basis: 'posting-settings', period: null, occupations: [] });
    expect(fallback.body.sectors.map((each: { code: string; weight: number }) => [each.code, each.weight])).toEqual([
      ['handvaerk', 1],
      ['social-sundhed', 1],
      ['lager-logistik', 1],
    ]);
    const before = await service.weightsOn(a.id, '2030-05-05');
    expect(before.periodId).toBeNull();
    expect(before.name).toContain('ingen periode dækker 2030-05-05');

    const created = await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .send(period({ validFrom: '2030-01-01', validTo: '2030-06-30' }))
      .expect(201);
    // The write dropped the cached fallback at once.
    const after = await service.weightsOn(a.id, '2030-05-05');
    expect(after).toEqual({
      periodId: created.body.id,
      name: 'Mangelområder 2027, 1. halvår',
      sectors: new Map([
        ['handvaerk', 1],
        ['social-sundhed', 0.8],
      ]),
      occupations: new Map([['5322.1', 1]]),
    });
    const current = await http().get('/api/v1/shortage-sectors/current?on=2030-06-30').set(a.headers()).expect(200);
    expect(current.body).toMatchObject({ basis: 'period', period: { id: created.body.id } });
    expect((await service.weightsOn(b.id, '2030-05-05')).periodId).toBeNull();
    await expect(service.weightsOn(a.id, '2030-5-5')).rejects.toThrow(RangeError);
  });

  it('imports the sample STAR file into a period and reports every row left out', async () => {
    const report = await importCsv(`\uFEFF${SAMPLE}`, '?rarArea=RAR%20%C3%98stjylland').expect(201);
    expect(report.body).toMatchObject({
      rows: 14,
      occupationsStored: 25,
      skippedRows: 7,
      skippedByReason: { 'unknown-star-code': 1, 'other-area': 2, 'not-shortage': 3, 'bad-rating': 1, 'bad-row': 0 },
      period: {
        name: 'Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland',
        validFrom: '2026-07-01',
        validTo: '2026-12-31',
        source: 'star-import',
        rarArea: 'RAR Østjylland',
      },
    });
    expect(report.body.skipped[0]).toEqual({
      line: 9,
      reason: 'not-shortage',
      message: 'Lager- og logistikmedarbejder (9333.8): Gode beskæftigelsesmuligheder is not a shortage',
    });
    expect(report.body.period.occupations).toContainEqual({
      code: '7115.1',
      label: 'tømrer',
      weight: 0.5,
      starRating: 'paradoks',
      starCode: '7115.1',
    });
    // The same half-year again overlaps the imported one.
    const again = await importCsv(SAMPLE, '?rarArea=Sydjylland').expect(409);
    expect(again.body.message).toContain('Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland');
    // Commas and given dates; the only area of the file needs no choosing.
    const commas = 'rar_omraade,star_kode,vurdering\nRAR Fyn,8344.1,Mangel på arbejdskraft\n';
    const fyn = await importCsv(commas, '?validFrom=2031-01-01&validTo=2031-06-30&name=Fyn').expect(201);
    expect(fyn.body.period).toMatchObject({ name: 'Fyn', rarArea: 'RAR Fyn', occupations: [{ code: '8344.1' }] });
  });

  it('refuses bad input on every endpoint with a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [period({ name: 42 }), 'name'],
      [period({ validFrom: '2027-02-30' }), 'validFrom'],
      [period({ validTo: 20270630 }), 'validTo'],
      [period({ validFrom: '2027-07-01', validTo: '2027-06-30' }), 'validTo'],
      [period({ sectors: [{ code: 'handvaerk', weight: 1.5 }] }), 'sectors.0.weight'],
      [period({ sectors: [{ code: 'handvaerk', weight: -1 }] }), 'sectors.0.weight'],
      [period({ sectors: [{ code: 'handvaerk', weight: 'NaN' }] }), 'sectors.0.weight'],
      [period({ occupations: [{ code: '5322.1', weight: null }] }), 'occupations.0.weight'],
      [period({ sectors: [{ code: 'bageri', weight: 1 }] }), 'sectors.0.code'],
      [
        period({
          occupations: [
            { code: '5322.1', weight: 1 },
            { code: '9999.9', weight: 1 },
          ],
        }),
        'occupations.1.code',
      ],
      [
        period({
          occupations: [
            { code: '5322.1', weight: 1 },
            { code: '5322.1', weight: 1 },
          ],
        }),
        'occupations.1.code',
      ],
      [period({ sectors: 'handvaerk' }), 'sectors'],
      [period({ isActive: true }), 'isActive'],
      [period({ sectors: [{ code: 'handvaerk', weight: 1, note: 'x' }] }), 'sectors.0.note'],
    ];
    for (const [body, field] of cases) {
      const response = await http().post('/api/v1/shortage-sectors').set(coordinator).send(body);
      expect({ field, status: response.status, fields: fieldsOf(response.body) }).toEqual({
        field,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    const unknownSector = await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .send(period({ sectors: [{ code: 'bageri', weight: 1 }] }));
    expect(unknownSector.body.errors[0].messages[0]).toContain(
      '"bageri" is not a sector code; the codes are handvaerk',
    );

    const created = await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .send(period({ validFrom: '2035-01-01', validTo: '2035-01-31' }))
      .expect(201);
    const put = await http()
      .put(`/api/v1/shortage-sectors/${created.body.id}`)
      .set(coordinator)
      .send(period({ validFrom: '2035-01-01', validTo: '2035-01-31', version: 'one' }));
    expect(fieldsOf(put.body)).toEqual(['version']);
    await http().put('/api/v1/shortage-sectors/not-a-uuid').set(coordinator).send(period()).expect(400);
    await http().delete('/api/v1/shortage-sectors/not-a-uuid').set(coordinator).expect(400);
    await http().get('/api/v1/shortage-sectors/not-a-uuid').set(coordinator).expect(400);
    expect(fieldsOf((await http().get('/api/v1/shortage-sectors?on=24-11-2026').set(lead).expect(400)).body)).toEqual([
      'on',
    ]);
    expect(fieldsOf((await http().get('/api/v1/shortage-sectors?pageSize=0').set(lead).expect(400)).body)).toEqual([
      'pageSize',
    ]);
    expect(
      fieldsOf((await http().get('/api/v1/shortage-sectors/current?on=2026-11-31').set(lead).expect(400)).body),
    ).toEqual(['on']);
    await http()
      .post('/api/v1/shortage-sectors')
      .set(coordinator)
      .set('Content-Type', 'text/plain')
      .send('name=x')
      .expect(415);
  });

  it('refuses a file that is not a STAR CSV, saying what is wrong', async () => {
    const header = 'rar_omraade;periode;stillingsbetegnelse;star_kode;vurdering\n';
    const rows = 'RAR Fyn;2040-01;Tømrer;7115.1;Mangel\nRAR Sjælland;2040-01;Tømrer;7115.1;Mangel\n';
    const expectField = async (csv: string, query: string, field: string, contains?: string) => {
      const response = await importCsv(csv, query).expect(400);
      expect(fieldsOf(response.body)).toContain(field);
      if (contains) expect(JSON.stringify(response.body)).toContain(contains);
    };
    await expectField('', '', 'file');
    await expectField(header, '', 'file', 'no rows');
    await expectField('name;email\nMette;m@example.dk\n', '', 'rar_omraade');
    await expectField(header + rows, '', 'rarArea', 'RAR Fyn, RAR Sjælland');
    await expectField(header + rows, '?rarArea=Bornholm', 'rarArea');
    await expectField(header + 'RAR Fyn;snart;Tømrer;7115.1;Mangel\n', '', 'periode');
    await expectField(header + rows, '?rarArea=Fyn&validFrom=2040-01-01', 'validTo');
    await expectField(header + rows, '?rarArea=Fyn&validFrom=2040-02-01&validTo=2040-01-01', 'validTo');
    await expectField(header + rows, '?validFrom=2040-13-01&validTo=2040-12-31', 'validFrom');
    await importCsv(JSON.stringify({ rows }), '').set('Content-Type', 'application/json').expect(415);
    await http()
      .post('/api/v1/shortage-sectors/import')
      .set(coordinator)
      .set('Content-Type', 'text/plain')
      .send(header + rows)
      .expect(415);
    // A malformed row is reported by line; the good rows are stored.
    const malformed = await importCsv(
      header + 'RAR Fyn;2041-01;Tømrer;7115.1;Mangel\nRAR Fyn;2041-01;"Murer;7112.1\n',
      '',
    ).expect(201);
    expect(malformed.body).toMatchObject({ rows: 2, occupationsStored: 2, skippedByReason: { 'bad-row': 1 } });
  });

  it('lets every staff role read and only coordinators and leads write; employers get nothing', async () => {
    const consultant = a.headers();
    await http().get('/api/v1/shortage-sectors/current').set(consultant).expect(200);
    await http().get('/api/v1/shortage-sectors').set(a.headers(a.admin.email)).expect(200);
    await http().post('/api/v1/shortage-sectors').set(consultant).send(period()).expect(403);
    await http().post('/api/v1/shortage-sectors').set(a.headers(a.admin.email)).send(period()).expect(403);
    await importCsv(SAMPLE, '?rarArea=Fyn', consultant).expect(403);
    const employer = await a.employer(['10150817']);
    await http().get('/api/v1/shortage-sectors/current').set(employer.headers).expect(403);
    await http().get('/api/v1/shortage-sectors/current').expect(401);
  });
});
