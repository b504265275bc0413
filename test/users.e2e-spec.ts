import { randomUUID } from 'node:crypto';
import { randomCvrNumber, seedJobcentre, signIn, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('Users and roles (/api/v1/users)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let other: SeededJobcentre;
  let cvrNumber: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 1 });
    other = await seedJobcentre(testApp, { consultants: 1 });
    cvrNumber = randomCvrNumber();
    await testApp
      .http()
      .post('/api/v1/companies')
      .set(jobcentre.headers())
      .send({ cvrNumber, name: 'Juelsminde Byg ApS' })
      .expect(201);
  });
  afterAll(() => testApp.close());

  const admin = () => jobcentre.admin.headers;
  const http = () => testApp.http();
  const create = (body: object, headers = admin()) => http().post('/api/v1/users').set(headers).send(body);
  const email = (name: string) => `${name}.${randomUUID().slice(0, 6)}@example.dk`;
  const accountOf = async (address: string) =>
    (await testApp.dataSource.query(`SELECT id FROM user_accounts WHERE email = $1`, [address]))[0].id as string;
  const auditOf = async (id: string) =>
    (await http().get('/api/v1/audit-log').query({ recordType: 'user', recordId: id }).set(admin()).expect(200)).body
      .items;

  it('creates a staff user with a one-time password that signs in, listed with role and last sign-in', async () => {
    const address = email('sara');
    const created = await create({ name: 'Sara Sørensen', email: address.toUpperCase(), role: 'consultant' }).expect(
      201,
    );
    expect(created.body).toMatchObject({
      name: 'Sara Sørensen',
      email: address,
      role: 'consultant',
      companyCvrNumbers: [],
      active: true,
      lastSignInAt: null,
      staffMemberId: expect.any(String),
    });
    const password: string = created.body.initialPassword;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    // Only a hash is kept.
    const [stored] = await testApp.dataSource.query(`SELECT password_hash FROM user_accounts WHERE id = $1`, [
      created.body.id,
    ]);
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    expect(stored.password_hash).not.toContain(password);

    const session = await signIn(testApp, address, password);
    const me = await http().get('/api/v1/auth/me').set(session.headers).expect(200);
    expect(me.body).toMatchObject({ id: created.body.staffMemberId, role: 'consultant', name: 'Sara Sørensen' });
    // A staff user is a colleague too: on the staff list, and can be put on the roster.
    const staff = await http().get('/api/v1/staff').query({ role: 'consultant' }).set(admin()).expect(200);
    expect(staff.body.items.map((member: { email: string }) => member.email)).toContain(address);

    const listed = await http().get('/api/v1/users').query({ q: 'sørensen' }).set(admin()).expect(200);
    expect(listed.body).toMatchObject({ total: 1, page: 1 });
    expect(listed.body.items[0]).toMatchObject({ id: created.body.id, lastSignInAt: expect.any(String) });
    expect(listed.body.items[0]).not.toHaveProperty('initialPassword');
    const all = await http().get('/api/v1/users').set(admin()).expect(200);
    expect(all.body.items.map((user: { name: string }) => user.name)).toEqual(
      [...all.body.items.map((user: { name: string }) => user.name)].sort((x: string, y: string) =>
        x < y ? -1 : x > y ? 1 : 0,
      ),
    );
    expect(all.body.total).toBe(5);
    expect(await auditOf(created.body.id)).toEqual([
      expect.objectContaining({
        action: 'create',
        actorId: jobcentre.admin.id,
        actorName: 'Adam Admin',
        endpoint: 'POST /api/v1/users',
        detail: 'created: consultant',
      }),
    ]);
  });

  it('creates an employer user acting for a company of the jobcentre, and refuses unknown companies', async () => {
    const address = email('mette');
    const created = await create({
      name: 'Mette Jensen',
      email: address,
      role: 'employer',
      companyCvrNumbers: [cvrNumber],
    }).expect(201);
    expect(created.body).toMatchObject({ role: 'employer', companyCvrNumbers: [cvrNumber], staffMemberId: null });
    const session = await signIn(testApp, address, created.body.initialPassword);
    const companies = await http().get('/api/v1/employer/companies').set(session.headers).expect(200);
    expect(companies.body.map((company: { cvrNumber: string }) => company.cvrNumber)).toEqual([cvrNumber]);

    const unknown = randomCvrNumber();
    const refused = await create({
      name: 'Ukendt',
      email: email('ukendt'),
      role: 'employer',
      companyCvrNumbers: [cvrNumber, unknown],
    }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'companyCvrNumbers.1', messages: [`No company with CVR ${unknown} in your jobcentre`] },
    ]);
    const missing = await create({ name: 'Uden firma', email: email('uden'), role: 'employer' }).expect(400);
    expect(missing.body.errors[0].field).toBe('companyCvrNumbers');
    const roleChange = await http()
      .patch(`/api/v1/users/${created.body.id}`)
      .set(admin())
      .send({ role: 'consultant' })
      .expect(400);
    expect(roleChange.body.errors[0]).toEqual({
      field: 'role',
      messages: [expect.stringMatching(/stays an employer/)],
    });
  });

  it('refuses bad input by field, and an e-mail already in use with 409 on the e-mail', async () => {
    const bad = await create({ name: '', email: 'ikke-en-adresse', role: 'boss' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'name', 'role']);
    const taken = await create({ name: 'Igen', email: jobcentre.consultants[0].email, role: 'lead' }).expect(409);
    expect(taken.body.errors).toEqual([{ field: 'email', messages: [expect.stringMatching(/already belongs/)] }]);
    // Also when the e-mail signs in to another jobcentre; nothing is left half-made.
    await create({ name: 'Fremmed', email: other.admin.email, role: 'consultant' }).expect(409);
    const staff = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM staff_members WHERE name = 'Fremmed'`);
    expect(staff[0].n).toBe(0);
    await create({ name: 'X', email: email('x'), role: 'consultant', companyCvrNumbers: ['123'] }).expect(400);
    const staffWithCompanies = await create({
      name: 'Y',
      email: email('y'),
      role: 'consultant',
      companyCvrNumbers: [cvrNumber],
    }).expect(400);
    expect(staffWithCompanies.body.errors).toEqual([
      { field: 'companyCvrNumbers', messages: ['companyCvrNumbers is for employer users only'] },
    ]);
    await http().get('/api/v1/users').query({ active: 'ja' }).set(admin()).expect(400);
    await http().get('/api/v1/users/nope').set(admin()).expect(400);
    await http().get(`/api/v1/users/${randomUUID()}`).set(admin()).expect(404);
  });

  it('changes a role, which applies to the very next request, and audits it', async () => {
    const address = email('bo');
    const created = (await create({ name: 'Bo Berg', email: address, role: 'consultant' }).expect(201)).body;
    const session = await signIn(testApp, address, created.initialPassword);
    await http().get('/api/v1/users').set(session.headers).expect(403);
    const changed = await http()
      .patch(`/api/v1/users/${created.id}`)
      .set(admin())
      .send({ role: 'admin', name: 'Bo Berg-Hansen' })
      .expect(200);
    expect(changed.body).toMatchObject({ role: 'admin', name: 'Bo Berg-Hansen' });
    await http().get('/api/v1/users').set(session.headers).expect(200);
    const entries = await auditOf(created.id);
    expect(entries[0]).toMatchObject({ action: 'update', detail: 'name changed; role: consultant → admin' });
    // Nothing to change: nothing audited.
    await http().patch(`/api/v1/users/${created.id}`).set(admin()).send({ role: 'admin' }).expect(200);
    expect(await auditOf(created.id)).toHaveLength(entries.length);
    await http()
      .patch(`/api/v1/users/${created.id}`)
      .set(admin())
      .send({ companyCvrNumbers: [cvrNumber] })
      .expect(400);
  });

  it('deactivates a user: their token stops working at once, no sign-in; reactivation restores it', async () => {
    const address = email('kim');
    const created = (await create({ name: 'Kim Kragh', email: address, role: 'lead' }).expect(201)).body;
    const session = await signIn(testApp, address, created.initialPassword);
    await http().get('/api/v1/auth/me').set(session.headers).expect(200);

    const deactivated = await http().post(`/api/v1/users/${created.id}/deactivate`).set(admin()).expect(200);
    expect(deactivated.body.active).toBe(false);
    await http().get('/api/v1/auth/me').set(session.headers).expect(401);
    await http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await http().post('/api/v1/auth/login').send({ email: address, password: created.initialPassword }).expect(401);
    const former = await http().get('/api/v1/staff').query({ active: false }).set(admin()).expect(200);
    expect(former.body.items.map((member: { id: string }) => member.id)).toContain(created.staffMemberId);
    const inactive = await http().get('/api/v1/users').query({ active: false }).set(admin()).expect(200);
    expect(inactive.body.items.map((user: { id: string }) => user.id)).toEqual([created.id]);

    await http().post(`/api/v1/users/${created.id}/reactivate`).set(admin()).expect(200);
    await testApp.dataSource.query(`DELETE FROM login_failures`);
    await signIn(testApp, address, created.initialPassword);
    expect((await auditOf(created.id)).map((entry: { detail: string }) => entry.detail)).toEqual([
      'reactivated',
      'deactivated; 1 session(s) ended',
      'created: lead',
    ]);
  });

  it('issues a new one-time password: the old one and the sessions stop working', async () => {
    const address = email('lis');
    const created = (await create({ name: 'Lis Lund', email: address, role: 'network-coordinator' }).expect(201)).body;
    const session = await signIn(testApp, address, created.initialPassword);
    const reset = await http().post(`/api/v1/users/${created.id}/password`).set(admin()).expect(200);
    expect(reset.body.initialPassword).not.toBe(created.initialPassword);
    await http().get('/api/v1/auth/me').set(session.headers).expect(401);
    await signIn(testApp, address, reset.body.initialPassword);
    expect((await auditOf(created.id))[0].detail).toBe('new one-time password issued; 1 session(s) ended');
  });

  it('never lets an admin deactivate or demote themself, nor the last active admin go', async () => {
    const self = await accountOf(jobcentre.admin.email);
    const deactivateSelf = await http().post(`/api/v1/users/${self}/deactivate`).set(admin()).expect(409);
    expect(deactivateSelf.body.message).toBe('You cannot deactivate yourself; another admin can');
    const demoteSelf = await http().patch(`/api/v1/users/${self}`).set(admin()).send({ role: 'lead' }).expect(409);
    expect(demoteSelf.body.message).toMatch(/admin role from yourself/);

    // Two admins of the other jobcentre demote each other at the same moment: one wins, one admin is left.
    const second = (
      await create({ name: 'Anden Admin', email: email('anden'), role: 'admin' }, other.admin.headers).expect(201)
    ).body;
    const secondSession = await signIn(testApp, second.email, second.initialPassword);
    const first = await accountOf(other.admin.email);
    const [one, two] = await Promise.all([
      http().patch(`/api/v1/users/${second.id}`).set(other.admin.headers).send({ role: 'lead' }),
      http().patch(`/api/v1/users/${first}`).set(secondSession.headers).send({ role: 'lead' }),
    ]);
    const statuses = [one.status, two.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const loser = one.status === 200 ? two : one;
    if (loser.status === 409) expect(loser.body.message).toMatch(/last active admin: make someone else admin first/);
    const otherAdmins = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM staff_members WHERE jobcentre_id = $1 AND role = 'admin' AND active`,
      [other.id],
    );
    expect(otherAdmins[0].n).toBe(1);
  });

  it('filters the audit log by who, record type, action and time, and refuses a bad filter by name', async () => {
    const log = (query: Record<string, string>) =>
      http().get('/api/v1/audit-log').query(query).set(admin()).expect(200);
    const creates = (await log({ recordType: 'user', action: 'create' })).body;
    expect(creates.total).toBeGreaterThanOrEqual(4);
    expect(creates.items.every((entry: { action: string }) => entry.action === 'create')).toBe(true);
    const updates = (await log({ actorId: jobcentre.admin.id, action: 'update' })).body.items;
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((entry: { actorId: string }) => entry.actorId === jobcentre.admin.id)).toBe(true);
    const newest = creates.items[0].at as string;
    // `to` is exclusive, `from` inclusive.
    const until = (await log({ recordType: 'user', action: 'create', to: newest })).body;
    expect(until.total).toBe(creates.total - 1);
    expect((await log({ recordType: 'user', action: 'create', from: newest })).body.total).toBe(1);
    const paged = (await log({ recordType: 'user', pageSize: '2', page: '2' })).body;
    expect(paged).toMatchObject({ page: 2, pageSize: 2 });
    const bad = await http().get('/api/v1/audit-log').query({ action: 'delete-all' }).set(admin()).expect(400);
    expect(bad.body.errors[0].field).toBe('action');
    const backwards = await http()
      .get('/api/v1/audit-log')
      .query({ from: '2026-11-24T10:00:00Z', to: '2026-11-24T09:00:00Z' })
      .set(admin())
      .expect(400);
    expect(backwards.body.errors[0].field).toBe('to');
  });

  it('audits issuing and revoking an API key, never with its secret', async () => {
    const created = await http().post('/api/v1/api-keys').set(admin()).send({ name: 'Kontaktformular' }).expect(201);
    await http().delete(`/api/v1/api-keys/${created.body.id}`).set(admin()).expect(204);
    await http().delete(`/api/v1/api-keys/${created.body.id}`).set(admin()).expect(204);
    const entries = (
      await http().get('/api/v1/audit-log').query({ recordType: 'api-key', recordId: created.body.id }).set(admin())
    ).body.items;
    expect(entries).toEqual([
      expect.objectContaining({ action: 'delete', detail: `revoked: ${created.body.keyPrefix}` }),
      expect.objectContaining({ action: 'create', detail: `created: ${created.body.keyPrefix}` }),
    ]);
    // The prefix is base64url and may hold an underscore itself: cut the secret off by the prefix's length.
    expect(JSON.stringify(entries)).not.toContain(created.body.key.slice(`jbk_${created.body.keyPrefix}_`.length));
  });

  it('keeps jobcentres apart and is for admins only', async () => {
    const foreign = await accountOf(other.consultants[0].email);
    const foreignAdmin = other.admin.headers;
    const mine = await accountOf(jobcentre.consultants[0].email);
    for (const call of [
      http().get(`/api/v1/users/${mine}`).set(foreignAdmin),
      http().patch(`/api/v1/users/${mine}`).set(foreignAdmin).send({ role: 'lead' }),
      http().post(`/api/v1/users/${mine}/deactivate`).set(foreignAdmin),
      http().post(`/api/v1/users/${mine}/reactivate`).set(foreignAdmin),
      http().post(`/api/v1/users/${mine}/password`).set(foreignAdmin),
      http().post(`/api/v1/users/${foreign}/deactivate`).set(admin()),
    ]) {
      expect((await call).status).toBe(404);
    }
    const list = await http().get('/api/v1/users').set(foreignAdmin).expect(200);
    expect(list.body.items.map((user: { email: string }) => user.email)).not.toContain(jobcentre.consultants[0].email);
    for (const headers of [jobcentre.lead.headers, jobcentre.headers(), jobcentre.coordinator.headers]) {
      await http().get('/api/v1/users').set(headers).expect(403);
      await create({ name: 'Nej', email: email('nej'), role: 'admin' }, headers).expect(403);
      await http().post(`/api/v1/users/${mine}/deactivate`).set(headers).expect(403);
    }
    await http().get('/api/v1/users').expect(401);
  });
});
