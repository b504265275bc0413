import { randomUUID } from 'node:crypto';
import { seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Duty roster (/api/v1/duty-roster)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  const hour = 3_600_000;
  const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * hour).toISOString();

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 2 });
  });
  afterAll(() => testApp.close());

  const add = (body: object) => testApp.http().post('/api/v1/duty-roster').set(jobcentre.lead.headers).send(body);

  it('puts consultants on duty, lists the week ahead and removes a period', async () => {
    const [anna, bo] = jobcentre.consultants;
    const first = await add({ consultantId: anna.id, startsAt: at(1), endsAt: at(9) }).expect(201);
    expect(first.body.consultant).toEqual({ id: anna.id, name: anna.name });
    await add({ consultantId: bo.id, startsAt: at(1), endsAt: at(9) }).expect(201);
    const later = await add({ consultantId: anna.id, startsAt: at(24), endsAt: at(32) }).expect(201);

    const week = (await testApp.http().get('/api/v1/duty-roster').set(jobcentre.headers()).expect(200)).body;
    expect(week.map((period: { id: string }) => period.id)).toEqual(
      expect.arrayContaining([first.body.id, later.body.id]),
    );
    expect(week).toHaveLength(3);
    const window = (
      await testApp
        .http()
        .get('/api/v1/duty-roster')
        .query({ from: at(20), to: at(40) })
        .set(jobcentre.headers())
        .expect(200)
    ).body;
    expect(window.map((period: { id: string }) => period.id)).toEqual([later.body.id]);

    await testApp.http().delete(`/api/v1/duty-roster/${later.body.id}`).set(jobcentre.lead.headers).expect(204);
    await testApp.http().delete(`/api/v1/duty-roster/${later.body.id}`).set(jobcentre.lead.headers).expect(404);
  });

  it('refuses an overlapping period for the same consultant with 409', async () => {
    const [, bo] = jobcentre.consultants;
    await add({ consultantId: bo.id, startsAt: at(100), endsAt: at(108) }).expect(201);
    const overlap = await add({ consultantId: bo.id, startsAt: at(107), endsAt: at(110) }).expect(409);
    expect(overlap.body.message).toMatch(new RegExp(`^${bo.name} is already on duty`));
    await add({ consultantId: bo.id, startsAt: at(108), endsAt: at(110) }).expect(201);
  });

  it('keeps each jobcentre to its own roster', async () => {
    const other = await seedJobcentre(testApp, { consultants: 1 });
    const period = await add({ consultantId: jobcentre.consultants[0].id, startsAt: at(200), endsAt: at(201) }).expect(
      201,
    );
    await testApp.http().delete(`/api/v1/duty-roster/${period.body.id}`).set(other.lead.headers).expect(404);
    const foreign = await testApp
      .http()
      .post('/api/v1/duty-roster')
      .set(other.lead.headers)
      .send({ consultantId: jobcentre.consultants[0].id, startsAt: at(1), endsAt: at(2) })
      .expect(400);
    expect(foreign.body.errors[0].field).toBe('consultantId');
  });

  describe('bad input', () => {
    it('rejects missing, malformed and reversed times with field-level messages', async () => {
      const empty = await add({}).expect(400);
      expect(empty.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'consultantId',
        'endsAt',
        'startsAt',
      ]);
      const malformed = await add({
        consultantId: jobcentre.consultants[0].id,
        startsAt: 'tomorrow',
        endsAt: at(2),
      }).expect(400);
      expect(malformed.body.errors[0]).toEqual({
        field: 'startsAt',
        messages: expect.arrayContaining(['startsAt must be an ISO 8601 date-time']),
      });
      const reversed = await add({ consultantId: jobcentre.consultants[0].id, startsAt: at(5), endsAt: at(4) }).expect(
        400,
      );
      expect(reversed.body.errors[0].field).toBe('endsAt');
      const tooLong = await add({
        consultantId: jobcentre.consultants[0].id,
        startsAt: at(5),
        endsAt: at(5 + 24 * 40),
      }).expect(400);
      expect(tooLong.body.errors[0].messages[0]).toMatch(/at most 31 days/);
      const unknown = await add({ consultantId: randomUUID(), startsAt: at(1), endsAt: at(2) }).expect(400);
      expect(unknown.body.errors[0].field).toBe('consultantId');
    });

    it('rejects a bad window and a malformed id', async () => {
      const window = await testApp
        .http()
        .get('/api/v1/duty-roster')
        .query({ from: at(5), to: at(1) })
        .set(jobcentre.headers())
        .expect(400);
      expect(window.body.errors[0].field).toBe('to');
      await testApp.http().get('/api/v1/duty-roster').query({ from: 'soon' }).set(jobcentre.headers()).expect(400);
      await testApp.http().delete('/api/v1/duty-roster/nope').set(jobcentre.lead.headers).expect(400);
    });
  });

  describe('changing a period (PATCH)', () => {
    const patch = (id: string, body: object, headers = jobcentre.admin.headers) =>
      testApp.http().patch(`/api/v1/duty-roster/${id}`).set(headers).send(body);

    it('moves a period, hands it to another consultant, and the list shows the change', async () => {
      const [anna, bo] = jobcentre.consultants;
      const period = (await add({ consultantId: anna.id, startsAt: at(300), endsAt: at(308) }).expect(201)).body;
      const [startsAt, endsAt] = [at(301), at(306)];
      const moved = await patch(period.id, { startsAt, endsAt }).expect(200);
      expect(moved.body).toEqual({ id: period.id, consultant: { id: anna.id, name: anna.name }, startsAt, endsAt });
      // Only the end: checked against the stored start.
      const shorter = await patch(period.id, { endsAt: new Date(Date.parse(moved.body.startsAt) + hour) }).expect(200);
      expect(Date.parse(shorter.body.endsAt) - Date.parse(shorter.body.startsAt)).toBe(hour);
      const handed = await patch(period.id, { consultantId: bo.id }).expect(200);
      expect(handed.body.consultant).toEqual({ id: bo.id, name: bo.name });
      const listed = (
        await testApp
          .http()
          .get('/api/v1/duty-roster')
          .query({ from: at(299), to: at(310) })
          .set(jobcentre.headers())
          .expect(200)
      ).body;
      expect(listed).toEqual([handed.body]);
    });

    it('refuses an end before the start (stored or sent), an overlap, and an unknown or foreign period', async () => {
      const [anna] = jobcentre.consultants;
      const period = (await add({ consultantId: anna.id, startsAt: at(400), endsAt: at(404) }).expect(201)).body;
      const reversed = await patch(period.id, { endsAt: at(399) }).expect(400);
      expect(reversed.body.errors).toEqual([{ field: 'endsAt', messages: [expect.stringMatching(/after startsAt/)] }]);
      await patch(period.id, { startsAt: at(405) }).expect(400);
      await add({ consultantId: anna.id, startsAt: at(410), endsAt: at(412) }).expect(201);
      const overlap = await patch(period.id, { endsAt: at(411) }).expect(409);
      expect(overlap.body.message).toMatch(/already on duty/);
      const notRostered = await patch(period.id, { consultantId: jobcentre.coordinator.id }).expect(400);
      expect(notRostered.body.errors[0].field).toBe('consultantId');
      await patch(randomUUID(), { endsAt: at(403) }).expect(404);
      const other = await seedJobcentre(testApp, { consultants: 1 });
      await patch(period.id, { endsAt: at(403) }, other.admin.headers).expect(404);
      await patch(period.id, { endsAt: at(403) }, jobcentre.headers()).expect(403);
      await patch(period.id, { endsAt: null }).expect(400);
    });
  });
});
