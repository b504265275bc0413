import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, queryDatabase, SettableClock, type TestApp } from './support/test-app';

/** The Code of Care network's members and prospects: /api/v1/code-of-care/network and /members. */
describe('Code of Care memberships (/api/v1/code-of-care/members)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let coordinator: Record<string, string>;
  let lead: Record<string, string>;
  const clock = new SettableClock();
  /** The day the tests live on: far from any real day, so "today" never depends on when they run. */
  const TODAY = '2030-06-15';

  beforeAll(async () => {
    testApp = await createTestApp({ clock });
    a = await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    coordinator = a.headers(a.coordinator.email);
    lead = a.headers(a.lead.email);
  });
  beforeEach(() => clock.set(`${TODAY}T10:00:00Z`));
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const members = '/api/v1/code-of-care/members';
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);
  const company = async (name: string, jobcentre = a) =>
    (
      await http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name })
        .expect(201)
    ).body as { id: string; name: string; cvrNumber: string };
  const prospect = async (name: string, extra: Record<string, unknown> = {}) => {
    const { id: companyId } = await company(name);
    return (
      await http()
        .post(members)
        .set(coordinator)
        .send({ companyId, status: 'prospect', ...extra })
        .expect(201)
    ).body;
  };

  it('makes the company of an intake of Code of Care interest a prospect, with its history', async () => {
    const interested = await company('Interesseret Tømrer ApS');
    const intake = await http()
      .post('/api/v1/intakes')
      .set(a.headers())
      .send({
        companyId: interested.id,
        contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
        kind: 'code-of-care-interest',
        description: 'Vil gerne høre om Code of Care',
        channel: 'phone',
      })
      .expect(201);
    const list = await http().get(`${members}?status=prospect&q=Interesseret`).set(coordinator).expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    const [created] = list.body.items;
    expect(created).toMatchObject({
      company: { id: interested.id, name: 'Interesseret Tømrer ApS', cvrNumber: interested.cvrNumber },
      status: 'prospect',
      prospectStage: 'new',
      source: 'intake',
      sourceIntakeId: intake.body.id,
      owner: { id: a.consultants[0].id, name: a.consultants[0].name },
      activity: null,
      version: 1,
    });
    const detail = await http().get(`${members}/${created.id}`).set(a.headers()).expect(200);
    expect(detail.body.history).toEqual([
      expect.objectContaining({
        kind: 'status',
        fromValue: null,
        toValue: 'prospect',
        note: 'Henvendelse om Code of Care',
        byName: null,
      }),
    ]);
    // The intake's Danish day, whatever the test clock says: the trigger dates it when it arrived.
    expect(detail.body.history[0].effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A second intake of interest from the same company leaves the one prospect as it is.
    await http()
      .post('/api/v1/intakes')
      .set(a.headers())
      .send({
        companyId: interested.id,
        contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
        kind: 'code-of-care-interest',
        description: 'Spørger igen',
        channel: 'e-mail',
      })
      .expect(201);
    const [{ count }] = await queryDatabase<{ count: string }>(
      testApp.databaseUrl,
      'SELECT count(*) FROM code_of_care_memberships WHERE company_id = $1',
      [interested.id],
    );
    expect(count).toBe('1');
    expect((await http().get(`${members}/${created.id}`).set(a.headers()).expect(200)).body.history).toHaveLength(1);
    // The trigger made the network too.
    expect((await http().get('/api/v1/code-of-care/network').set(a.headers()).expect(200)).body).toMatchObject({
      name: 'Code of Care',
      activityWindowMonths: 12,
      warningDays: 30,
    });
  });

  it('moves a prospect through the pipeline: stage, owner, contacts, each in the history', async () => {
    const created = await prospect('Pipeline Bageri');
    const staged = await http()
      .patch(`${members}/${created.id}`)
      .set(coordinator)
      .send({ prospectStage: 'meeting', ownerId: a.coordinator.id, note: 'Møde i uge 3', version: 1 })
      .expect(200);
    expect(staged.body).toMatchObject({
      prospectStage: 'meeting',
      owner: { id: a.coordinator.id, name: a.coordinator.name },
      note: 'Møde i uge 3',
      version: 2,
    });
    // Sending what it already has changes nothing.
    const same = await http()
      .patch(`${members}/${created.id}`)
      .set(coordinator)
      .send({ prospectStage: 'meeting', version: 2 })
      .expect(200);
    expect(same.body.version).toBe(2);

    await http()
      .post(`${members}/${created.id}/contacts`)
      .set(lead)
      .send({ contactedAt: '2030-06-10T09:00:00+02:00', note: 'Ringede til direktøren' })
      .expect(200);
    // A contact logged late does not move the last contact back.
    const late = await http()
      .post(`${members}/${created.id}/contacts`)
      .set(lead)
      .send({ contactedAt: '2030-06-01T09:00:00+02:00', note: 'Mail fra sidste uge' })
      .expect(200);
    expect(late.body.lastContactAt).toBe('2030-06-10T07:00:00.000Z');
    const cleared = await http()
      .patch(`${members}/${created.id}`)
      .set(coordinator)
      .send({ ownerId: null, note: null, version: late.body.version })
      .expect(200);
    expect(cleared.body).toMatchObject({ owner: null, note: null });

    const detail = await http().get(`${members}/${created.id}`).set(coordinator).expect(200);
    expect(
      detail.body.history.map((entry: Record<string, string>) => [
        entry.kind,
        entry.fromValue,
        entry.toValue,
        entry.effectiveOn,
      ]),
    ).toEqual([
      ['status', null, 'prospect', TODAY],
      ['stage', 'new', 'meeting', TODAY],
      ['owner', null, a.coordinator.name, TODAY],
      ['contact', null, '2030-06-10T07:00:00.000Z', '2030-06-10'],
      ['contact', null, '2030-06-01T07:00:00.000Z', '2030-06-01'],
      ['owner', a.coordinator.name, 'none', TODAY],
    ]);
    expect(detail.body.history.find((entry: { kind: string }) => entry.kind === 'stage').byName).toBe(
      a.coordinator.name,
    );
  });

  it('moves a prospect still at stage new on to contacted with its first contact', async () => {
    const created = await prospect('Nyt Firma');
    const contacted = await http()
      .post(`${members}/${created.id}/contacts`)
      .set(coordinator)
      .send({ contactedAt: '2030-06-14T13:30:00Z', note: 'Første opkald' })
      .expect(200);
    expect(contacted.body).toMatchObject({ prospectStage: 'contacted', lastContactAt: '2030-06-14T13:30:00.000Z' });
    const future = await http()
      .post(`${members}/${created.id}/contacts`)
      .set(coordinator)
      .send({ contactedAt: '2030-06-16T10:00:00Z', note: 'I morgen' })
      .expect(400);
    expect(fieldsOf(future.body)).toEqual(['contactedAt']);
  });

  it('signs a prospect up as a member, lets it leave and come back, each status change dated', async () => {
    const created = await prospect('Medlem Maskinfabrik');
    const joined = await http()
      .post(`${members}/${created.id}/join`)
      .set(coordinator)
      .send({ pledgeSignedOn: '2030-06-01', pledgeSignatory: 'Direktør Hansen', version: 1, note: 'Netværksmødet' })
      .expect(200);
    expect(joined.body).toMatchObject({
      status: 'member',
      pledgeSignedOn: '2030-06-01',
      pledgeSignatory: 'Direktør Hansen',
      joinedOn: '2030-06-01',
      version: 2,
      // No posting, placement, course or event yet: a member, but not an active one.
      activity: {
        status: 'inactive',
        lastActivityOn: null,
        lastActivityKind: null,
        activeUntil: null,
        daysUntilInactive: null,
        lapsingSoon: false,
      },
    });

    // The moves its status does not allow are refused with what is wrong, and change nothing.
    const again = await http()
      .post(`${members}/${created.id}/join`)
      .set(coordinator)
      .send({ pledgeSignedOn: '2030-06-01', pledgeSignatory: 'X', version: 2 })
      .expect(409);
    expect(again.body.message).toContain('already a member');
    const reopenMember = await http()
      .post(`${members}/${created.id}/reopen`)
      .set(coordinator)
      .send({ on: TODAY, version: 2 })
      .expect(409);
    expect(reopenMember.body.message).toContain('record that it left first');
    const stageOfMember = await http()
      .patch(`${members}/${created.id}`)
      .set(coordinator)
      .send({ prospectStage: 'deciding', version: 2 })
      .expect(409);
    expect(stageOfMember.body.message).toContain('Only a prospect');
    const stale = await http()
      .post(`${members}/${created.id}/leave`)
      .set(coordinator)
      .send({ leftOn: TODAY, reason: 'Lukket', version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ currentVersion: 2 });
    expect(stale.body.message).toContain('version 1');
    const future = await http()
      .post(`${members}/${created.id}/leave`)
      .set(coordinator)
      .send({ leftOn: '2030-06-16', reason: 'Lukket', version: 2 })
      .expect(400);
    expect(fieldsOf(future.body)).toEqual(['leftOn']);
    const beforeJoining = await http()
      .post(`${members}/${created.id}/leave`)
      .set(coordinator)
      .send({ leftOn: '2030-05-31', reason: 'Lukket', version: 2 })
      .expect(400);
    expect(fieldsOf(beforeJoining.body)).toEqual(['leftOn']);

    const gone = await http()
      .post(`${members}/${created.id}/leave`)
      .set(lead)
      .send({ leftOn: '2030-06-10', reason: 'Virksomheden er solgt', version: 2 })
      .expect(200);
    expect(gone.body).toMatchObject({
      status: 'left',
      leftOn: '2030-06-10',
      leftReason: 'Virksomheden er solgt',
      activity: null,
      version: 3,
    });
    await http()
      .post(`${members}/${created.id}/leave`)
      .set(lead)
      .send({ leftOn: '2030-06-10', reason: 'Igen', version: 3 })
      .expect(409);

    const rejoined = await http()
      .post(`${members}/${created.id}/join`)
      .set(coordinator)
      .send({ pledgeSignedOn: '2030-06-12', pledgeSignatory: 'Ny direktør', joinedOn: '2030-06-14', version: 3 })
      .expect(200);
    expect(rejoined.body).toMatchObject({ status: 'member', joinedOn: '2030-06-14', leftOn: null, leftReason: null });
    const left = await http()
      .post(`${members}/${created.id}/leave`)
      .set(coordinator)
      .send({ leftOn: TODAY, reason: 'Igen solgt', version: 4 })
      .expect(200);
    const reopened = await http()
      .post(`${members}/${created.id}/reopen`)
      .set(coordinator)
      .send({ on: TODAY, note: 'Vil gerne igen', version: left.body.version })
      .expect(200);
    expect(reopened.body).toMatchObject({
      status: 'prospect',
      prospectStage: 'new',
      joinedOn: null,
      pledgeSignedOn: null,
      leftOn: null,
    });

    const detail = await http().get(`${members}/${created.id}`).set(coordinator).expect(200);
    const statuses = detail.body.history
      .filter((entry: { kind: string }) => entry.kind === 'status')
      .map((entry: Record<string, string>) => [entry.fromValue, entry.toValue, entry.effectiveOn, entry.note]);
    expect(statuses).toEqual([
      [null, 'prospect', TODAY, null],
      ['prospect', 'member', '2030-06-01', 'Netværksmødet'],
      ['member', 'left', '2030-06-10', 'Virksomheden er solgt'],
      ['left', 'member', '2030-06-14', null],
      ['member', 'left', TODAY, 'Igen solgt'],
      ['left', 'prospect', TODAY, 'Vil gerne igen'],
    ]);
  });

  it('refuses joining with days in the future or out of order, and leaving as a prospect', async () => {
    const created = await prospect('Fremtid ApS');
    const cases: [Record<string, unknown>, string][] = [
      [{ pledgeSignedOn: '2030-06-16', pledgeSignatory: 'X' }, 'pledgeSignedOn'],
      [{ pledgeSignedOn: '2030-06-15', pledgeSignatory: 'X', joinedOn: '2030-06-16' }, 'joinedOn'],
      [{ pledgeSignedOn: '2030-06-10', pledgeSignatory: 'X', joinedOn: '2030-06-09' }, 'joinedOn'],
      [{ pledgeSignedOn: '2030-02-30', pledgeSignatory: 'X' }, 'pledgeSignedOn'],
      [{ pledgeSignedOn: '15-06-2030', pledgeSignatory: 'X' }, 'pledgeSignedOn'],
      [{ pledgeSignedOn: '2030-06-01' }, 'pledgeSignatory'],
      [{ pledgeSignedOn: '2030-06-01', pledgeSignatory: 'X', version: 0 }, 'version'],
    ];
    for (const [body, field] of cases) {
      const response = await http()
        .post(`${members}/${created.id}/join`)
        .set(coordinator)
        .send({ version: 1, ...body })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    }
    const leave = await http()
      .post(`${members}/${created.id}/leave`)
      .set(coordinator)
      .send({ leftOn: TODAY, reason: 'Nej tak', version: 1 })
      .expect(409);
    expect(leave.body.message).toContain('set its stage to declined');
    await http().post(`${members}/${created.id}/reopen`).set(coordinator).send({ on: TODAY, version: 1 }).expect(409);
    const unchanged = await http().get(`${members}/${created.id}`).set(coordinator).expect(200);
    expect(unchanged.body).toMatchObject({ status: 'prospect', version: 1 });
    expect(unchanged.body.history).toHaveLength(1);
  });

  it('puts companies into the network by hand, once each, only companies and staff of the jobcentre', async () => {
    const direct = await company('Direkte Medlem A/S');
    const member = await http()
      .post(members)
      .set(lead)
      .send({
        companyId: direct.id,
        status: 'member',
        pledgeSignedOn: '2020-05-04',
        pledgeSignatory: 'Mette Jensen',
        ownerId: a.coordinator.id,
      })
      .expect(201);
    expect(member.body).toMatchObject({
      status: 'member',
      source: 'manual',
      sourceIntakeId: null,
      joinedOn: '2020-05-04',
      owner: { id: a.coordinator.id },
    });
    const twice = await http().post(members).set(lead).send({ companyId: direct.id, status: 'prospect' }).expect(409);
    expect(twice.body).toMatchObject({ membershipId: member.body.id });

    const other = await company('Andet Jobcenters Firma', b);
    const fresh = await company('Frisk Firma');
    const refusals: [Record<string, unknown>, string][] = [
      [{ companyId: other.id, status: 'prospect' }, 'companyId'],
      [{ companyId: fresh.id, status: 'prospect', ownerId: b.coordinator.id }, 'ownerId'],
      [{ companyId: fresh.id, status: 'member', pledgeSignatory: 'X' }, 'pledgeSignedOn'],
      [{ companyId: fresh.id, status: 'member', pledgeSignedOn: '2030-01-01' }, 'pledgeSignatory'],
      [{ companyId: fresh.id, status: 'prospect', pledgeSignedOn: '2030-01-01' }, 'pledgeSignedOn'],
      [{ companyId: fresh.id, status: 'left' }, 'status'],
      [{ companyId: 'ikke-et-id', status: 'prospect' }, 'companyId'],
      [{ companyId: fresh.id, status: 'prospect', note: '   ' }, 'note'],
      [{ companyId: fresh.id, status: 'prospect', ownerId: null }, 'ownerId'],
    ];
    for (const [body, field] of refusals) {
      const response = await http().post(members).set(lead).send(body).expect(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    }
    // Only the coordinator and the lead keep the network's books.
    await http().post(members).set(a.headers()).send({ companyId: fresh.id, status: 'prospect' }).expect(403);
    await http().post(members).set(a.admin.headers).send({ companyId: fresh.id, status: 'prospect' }).expect(403);
  });

  it("computes a member's activity live on the clock's day, with the network's window", async () => {
    const { id: companyId } = await company('Aktiv Entreprenør');
    const created = await http()
      .post(members)
      .set(coordinator)
      .send({ companyId, status: 'member', pledgeSignedOn: '2029-01-10', pledgeSignatory: 'Direktør' })
      .expect(201);
    await http()
      .post('/api/v1/code-of-care/courses')
      .set(coordinator)
      .send({
        title: 'Mentorkursus',
        startsOn: '2029-06-01',
        endsOn: '2029-08-20',
        participants: [{ companyId, participants: 2, mentorsTrained: 1 }],
      })
      .expect(201);
    const active = await http().get(`${members}/${created.body.id}`).set(coordinator).expect(200);
    expect(active.body.activity).toEqual({
      status: 'active',
      lastActivityOn: '2029-08-20',
      lastActivityKind: 'mentor-trained',
      activeUntil: '2030-08-19',
      daysUntilInactive: 66,
      lapsingSoon: false,
    });

    clock.set('2030-07-25T10:00:00Z');
    const lapsing = await http().get(`${members}?activity=lapsing&q=Aktiv`).set(coordinator).expect(200);
    expect(lapsing.body.items.map((each: { id: string }) => each.id)).toEqual([created.body.id]);
    expect(lapsing.body.items[0].activity).toMatchObject({ daysUntilInactive: 26, lapsingSoon: true });

    clock.set('2030-08-20T10:00:00Z');
    const inactive = await http().get(`${members}?activity=inactive&q=Aktiv`).set(coordinator).expect(200);
    expect(inactive.body.items[0].activity).toMatchObject({ status: 'inactive', daysUntilInactive: null });
    expect((await http().get(`${members}?activity=active&q=Aktiv`).set(coordinator).expect(200)).body.total).toBe(0);

    // A longer window in the network's settings keeps it active.
    const network = await http().get('/api/v1/code-of-care/network').set(coordinator).expect(200);
    const updated = await http()
      .put('/api/v1/code-of-care/network')
      .set(coordinator)
      .send({
        name: 'Code of Care Hedensted',
        activityWindowMonths: 24,
        warningDays: 60,
        version: network.body.version,
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      name: 'Code of Care Hedensted',
      activityWindowMonths: 24,
      warningDays: 60,
      version: network.body.version + 1,
    });
    const longer = await http().get(`${members}/${created.body.id}`).set(coordinator).expect(200);
    expect(longer.body.activity).toMatchObject({ status: 'active', activeUntil: '2031-08-19' });
    const stale = await http()
      .put('/api/v1/code-of-care/network')
      .set(coordinator)
      .send({ name: 'X', activityWindowMonths: 12, warningDays: 30, version: network.body.version })
      .expect(409);
    expect(stale.body.message).toContain(`version ${network.body.version}`);
    const bad = await http()
      .put('/api/v1/code-of-care/network')
      .set(coordinator)
      .send({ name: '', activityWindowMonths: 61, warningDays: 0, version: updated.body.version })
      .expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['activityWindowMonths', 'name', 'warningDays']);
    await http()
      .put('/api/v1/code-of-care/network')
      .set(coordinator)
      .send({ name: 'Code of Care', activityWindowMonths: 12, warningDays: 30, version: updated.body.version })
      .expect(200);
  });

  it('lists with filters, orders and pages, and exports the same as CSV', async () => {
    const prefix = `Liste${Math.random().toString(36).slice(2, 7)}`;
    const first = await prospect(`${prefix} Alfa`, { ownerId: a.lead.id });
    const second = await prospect(`${prefix} Beta`);
    const third = await prospect(`${prefix} Gamma`);
    await http()
      .patch(`${members}/${second.id}`)
      .set(coordinator)
      .send({ prospectStage: 'deciding', version: 1 })
      .expect(200);
    await http()
      .post(`${members}/${third.id}/join`)
      .set(coordinator)
      .send({ pledgeSignedOn: '2030-06-01', pledgeSignatory: 'Direktør', version: 1 })
      .expect(200);
    await http()
      .post(`${members}/${first.id}/contacts`)
      .set(coordinator)
      .send({ contactedAt: '2030-06-12T08:00:00Z', note: 'Opkald' })
      .expect(200);
    const names = async (query: string) =>
      (await http().get(`${members}?q=${prefix}&${query}`).set(a.headers()).expect(200)).body.items.map(
        (each: { company: { name: string } }) => each.company.name.replace(`${prefix} `, ''),
      );
    expect(await names('')).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(await names('status=member')).toEqual(['Gamma']);
    expect(await names('stage=deciding')).toEqual(['Beta']);
    // Its first contact moved Alfa on from new.
    expect(await names('stage=contacted')).toEqual(['Alfa']);
    expect(await names('stage=new')).toEqual([]);
    expect(await names(`ownerId=${a.lead.id}`)).toEqual(['Alfa']);
    expect(await names('sort=status')).toEqual(['Gamma', 'Alfa', 'Beta']);
    expect(await names('sort=lastContact')).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(await names('sort=lastActivity&status=prospect')).toEqual(['Alfa', 'Beta']);
    const page = await http().get(`${members}?q=${prefix}&limit=1&offset=1`).set(a.headers()).expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ id: second.id }] });
    const byCvr = await http().get(`${members}?q=${third.company.cvrNumber}`).set(a.headers()).expect(200);
    expect(byCvr.body.items.map((each: { id: string }) => each.id)).toEqual([third.id]);

    const csv = await http().get(`${members}/export.csv?q=${prefix}&sort=status`).set(a.headers()).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0].split(';')).toEqual(
      expect.arrayContaining(['companyName', 'cvrNumber', 'status', 'activity', 'lastActivityOn', 'owner']),
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`${prefix} Gamma;${third.company.cvrNumber};member`);
    expect(lines[1]).toContain(';inactive;');
    expect(lines[2]).toContain(a.lead.name);

    const badQueries: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['offset=-1', 'offset'],
      ['status=aktiv', 'status'],
      ['stage=x', 'stage'],
      ['activity=maybe', 'activity'],
      ['ownerId=nobody', 'ownerId'],
      ['sort=cvr', 'sort'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ];
    for (const [query, field] of badQueries) {
      expect(fieldsOf((await http().get(`${members}?${query}`).set(a.headers()).expect(400)).body)).toEqual([field]);
      await http().get(`${members}/export.csv?${query}`).set(a.headers()).expect(400);
    }
  });

  it("gives another jobcentre's coordinator nothing: empty lists, 404 for every record", async () => {
    const created = await prospect('Hemmelig Virksomhed');
    const other = b.headers(b.coordinator.email);
    expect((await http().get(members).set(other).expect(200)).body).toMatchObject({ total: 0, items: [] });
    const csv = await http().get(`${members}/export.csv`).set(other).expect(200);
    expect(csv.text).not.toContain('Hemmelig');
    await http().get(`${members}/${created.id}`).set(other).expect(404);
    await http()
      .post(`${members}/${created.id}/join`)
      .set(other)
      .send({ pledgeSignedOn: '2030-06-01', pledgeSignatory: 'X', version: 1 })
      .expect(404);
    await http()
      .post(`${members}/${created.id}/leave`)
      .set(other)
      .send({ leftOn: '2030-06-01', reason: 'X', version: 1 })
      .expect(404);
    await http().post(`${members}/${created.id}/reopen`).set(other).send({ on: '2030-06-01', version: 1 }).expect(404);
    await http()
      .patch(`${members}/${created.id}`)
      .set(other)
      .send({ prospectStage: 'meeting', version: 1 })
      .expect(404);
    await http()
      .post(`${members}/${created.id}/contacts`)
      .set(other)
      .send({ contactedAt: '2030-06-01T10:00:00Z', note: 'X' })
      .expect(404);
    // Its own network is its own: the defaults, not A's settings.
    expect((await http().get('/api/v1/code-of-care/network').set(other).expect(200)).body.name).toBe('Code of Care');
    const untouched = await http().get(`${members}/${created.id}`).set(coordinator).expect(200);
    expect(untouched.body).toMatchObject({ version: 1, prospectStage: 'new' });
    // A company of A's may be in B's network too, as B's own record of it.
    expect(
      (await http().post(members).set(other).send({ companyId: created.company.id, status: 'prospect' }).expect(400))
        .body.errors[0].field,
    ).toBe('companyId');
  });

  it('lets one of several simultaneous writes win and refuses the other with 409, never a 500', async () => {
    const { id: companyId } = await company('Samtidig ApS');
    const creates = await Promise.all(
      Array.from({ length: 4 }, () => http().post(members).set(coordinator).send({ companyId, status: 'prospect' })),
    );
    expect(creates.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    const id = creates.find((response) => response.status === 201)!.body.id;
    const joins = await Promise.all(
      Array.from({ length: 3 }, (_, index) =>
        http()
          .post(`${members}/${id}/join`)
          .set(coordinator)
          .send({ pledgeSignedOn: '2030-06-01', pledgeSignatory: `Direktør ${index}`, version: 1 }),
      ),
    );
    expect(joins.map((response) => response.status).sort()).toEqual([200, 409, 409]);
    const detail = await http().get(`${members}/${id}`).set(coordinator).expect(200);
    expect(detail.body.history.filter((entry: { kind: string }) => entry.kind === 'status')).toHaveLength(2);
  });

  it('refuses bad input on every write with the field named', async () => {
    const created = await prospect('Fejl Firma');
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['patch', '', { prospectStage: 'signed', version: 1 }, 'prospectStage'],
      ['patch', '', { ownerId: 'nobody', version: 1 }, 'ownerId'],
      ['patch', '', { ownerId: b.coordinator.id, version: 1 }, 'ownerId'],
      ['patch', '', { note: 'x'.repeat(2001), version: 1 }, 'note'],
      ['patch', '', { prospectStage: 'meeting' }, 'version'],
      ['post', '/contacts', { contactedAt: '2030-06-01', note: 'X' }, 'contactedAt'],
      ['post', '/contacts', { contactedAt: '2030-06-01T10:00:00Z' }, 'note'],
      ['post', '/contacts', { contactedAt: 1780000000000, note: 'X' }, 'contactedAt'],
      ['post', '/leave', { leftOn: '2030-06-01', version: 1 }, 'reason'],
      ['post', '/reopen', { on: 'i dag', version: 1 }, 'on'],
      ['post', '/join', { pledgeSignedOn: '2030-06-01', pledgeSignatory: 'X', version: 1, extra: true }, 'extra'],
    ];
    for (const [method, suffix, body, field] of cases) {
      const response = await http()
        [method as 'post' | 'patch'](`${members}/${created.id}${suffix}`)
        .set(coordinator)
        .send(body);
      expect({ status: response.status, fields: fieldsOf(response.body) }).toEqual({ status: 400, fields: [field] });
    }
    await http().get(`${members}/not-a-uuid`).set(coordinator).expect(400);
    await http().get(`${members}/00000000-0000-4000-8000-000000000000`).set(coordinator).expect(404);
  });
});
