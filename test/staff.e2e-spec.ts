import { seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Staff of the jobcentre (/api/v1/staff)', () => {
  let testApp: TestApp;
  let hedensted: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp();
    hedensted = await seedJobcentre(testApp, { consultants: 3 });
    await seedJobcentre(testApp, { consultants: 2 });
    await testApp.dataSource.query(`UPDATE staff_members SET active = false WHERE id = $1`, [
      hedensted.consultants[2].id,
    ]);
  });
  afterAll(() => testApp.close());

  const list = (query: Record<string, string | number> = {}) =>
    testApp.http().get('/api/v1/staff').query(query).set(hedensted.headers());

  it('lists the active staff of the caller’s jobcentre by name, with their roles, and nobody else’s', async () => {
    const { body } = await list().expect(200);
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
    expect(body.items.map((member: { name: string }) => member.name)).toEqual([
      'Adam Admin',
      'Konsulent 1',
      'Konsulent 2',
      'Lene Leder',
      'Nina Netværk',
    ]);
    expect(body.items[1]).toEqual({
      id: hedensted.consultants[0].id,
      name: 'Konsulent 1',
      email: hedensted.consultants[0].email,
      role: 'consultant',
      active: true,
    });
  });

  it('filters by role and by active, and pages', async () => {
    const consultants = (await list({ role: 'consultant' }).expect(200)).body;
    expect(consultants.items.map((member: { id: string }) => member.id)).toEqual(
      hedensted.consultants.slice(0, 2).map((c) => c.id),
    );
    const former = (await list({ active: 'false' }).expect(200)).body;
    expect(former.items.map((member: { id: string }) => member.id)).toEqual([hedensted.consultants[2].id]);
    const second = (await list({ pageSize: 2, page: 2 }).expect(200)).body;
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items.map((member: { name: string }) => member.name)).toEqual(['Konsulent 2', 'Lene Leder']);
  });

  it('refuses a role or an active filter it does not know, naming the field', async () => {
    const role = await list({ role: 'boss' }).expect(400);
    expect(role.body.errors.map((error: { field: string }) => error.field)).toEqual(['role']);
    const active = await list({ active: 'maybe' }).expect(400);
    expect(active.body.errors).toEqual([{ field: 'active', messages: ['active must be true or false'] }]);
  });
});
