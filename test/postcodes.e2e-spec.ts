import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Postcodes (/api/v1/postcodes): every Danish postcode, and the distance between two', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
  });
  afterAll(() => testApp.close());

  const get = (path: string, headers = jobcentre.headers()) =>
    testApp.http().get(`/api/v1/postcodes${path}`).set(headers);

  it('holds the whole country from the migration, a point on land for all but three codes', async () => {
    const [{ total, placed }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS total, count(latitude)::int AS placed FROM postcodes',
    );
    expect(total).toBe(1108);
    expect(total - placed).toBe(2);
  });

  it('answers a postcode with its town, its place on the map and its kommune', async () => {
    const { body } = await get('/8722').expect(200);
    expect(body).toEqual({
      postcode: '8722',
      name: 'Hedensted',
      latitude: expect.closeTo(55.77, 1),
      longitude: expect.closeTo(9.7, 1),
      municipalityCode: '0766',
      municipalityName: 'Hedensted',
      regionName: 'Region Midtjylland',
    });
  });

  it('measures the distance in km as the crow flies, the same both ways', async () => {
    const there = (await get('/8722/distance?to=8700').expect(200)).body;
    const back = (await get('/8700/distance?to=8722').expect(200)).body;
    expect(there.from.name).toBe('Hedensted');
    expect(there.to.name).toBe('Horsens');
    expect(there.km).toBeGreaterThan(10);
    expect(there.km).toBeLessThan(20);
    expect(back.km).toBe(there.km);
    expect((await get('/9990/distance?to=4874').expect(200)).body.km).toBeGreaterThan(300);
  });

  it('is for every signed-in caller, employers too, since it is the same for every jobcentre', async () => {
    const employer = await jobcentre.employer([randomCvrNumber()]);
    await get('/8722', employer.headers).expect(200);
    await testApp.http().get('/api/v1/postcodes/8722').expect(401);
  });

  it('refuses what is not a postcode, knows no unknown one, and cannot place a code with no area', async () => {
    expect((await get('/872').expect(400)).body.errors).toEqual([
      { field: 'postcode', messages: ['postcode must be a 4-digit Danish postcode'] },
    ]);
    expect((await get('/8722/distance?to=87').expect(400)).body.errors[0].field).toBe('to');
    expect((await get('/8722/distance').expect(400)).body.errors[0].field).toBe('to');
    expect((await get('/0001').expect(404)).body.message).toBe('No Danish postcode 0001');
    expect((await get('/8722/distance?to=0999').expect(422)).body.message).toMatch(/0999 .* has no place on the map/);
  });
});
