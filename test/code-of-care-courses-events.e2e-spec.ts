import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, SettableClock, type TestApp } from './support/test-app';

/** Mentor courses and network events of the Code of Care: /api/v1/code-of-care/courses and /events. */
describe('Code of Care mentor courses and network events', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let coordinator: Record<string, string>;
  let other: Record<string, string>;
  let hansen: string;
  let jensen: string;
  let foreign: string;
  const clock = new SettableClock();

  beforeAll(async () => {
    testApp = await createTestApp({ clock });
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    coordinator = a.headers(a.coordinator.email);
    other = b.headers(b.coordinator.email);
    [hansen, jensen, foreign] = [
      await company('Tømrer Hansen ApS'),
      await company('Jensens Bageri'),
      await company('Andet Jobcenters Firma', b),
    ];
    clock.set('2030-06-15T10:00:00Z');
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field).sort();
  async function company(name: string, jobcentre?: SeededJobcentre): Promise<string> {
    return (
      await http()
        .post('/api/v1/companies')
        .set((jobcentre ?? a).headers())
        .send({ cvrNumber: randomCvrNumber(), name })
        .expect(201)
    ).body.id;
  }

  describe('mentor courses', () => {
    const courses = '/api/v1/code-of-care/courses';
    const course = (overrides: Record<string, unknown> = {}) => ({
      title: 'Mentoruddannelse, forår',
      provider: 'VIA University College',
      startsOn: '2030-03-02',
      endsOn: '2030-03-27',
      participants: [
        { companyId: jensen, participants: 2, mentorsTrained: 1 },
        { companyId: hansen, participants: 3, mentorsTrained: 3 },
      ],
      ...overrides,
    });

    it('creates, reads, lists by period, replaces and deletes a course; another jobcentre sees nothing', async () => {
      const created = await http().post(courses).set(coordinator).send(course()).expect(201);
      expect(created.body).toMatchObject({
        title: 'Mentoruddannelse, forår',
        provider: 'VIA University College',
        startsOn: '2030-03-02',
        endsOn: '2030-03-27',
        totalMentorsTrained: 4,
        version: 1,
        participants: [
          { company: { id: jensen, name: 'Jensens Bageri' }, participants: 2, mentorsTrained: 1 },
          { company: { id: hansen, name: 'Tømrer Hansen ApS' }, participants: 3, mentorsTrained: 3 },
        ],
      });
      const id = created.body.id;
      expect((await http().get(`${courses}/${id}`).set(a.headers()).expect(200)).body).toEqual(created.body);
      const later = await http()
        .post(courses)
        .set(coordinator)
        .send(course({ title: 'Efterår', startsOn: '2030-09-01', endsOn: '2030-09-30', provider: undefined }))
        .expect(201);
      expect(later.body.provider).toBeNull();

      const ids = async (query: string) =>
        (await http().get(`${courses}?${query}`).set(a.headers()).expect(200)).body.items.map(
          (each: { id: string }) => each.id,
        );
      expect(await ids('')).toEqual([later.body.id, id]);
      // A course counts for a period it shares a day with.
      expect(await ids('from=2030-03-27&to=2030-08-31')).toEqual([id]);
      expect(await ids('from=2030-03-28&to=2030-08-31')).toEqual([]);
      expect(await ids('to=2030-03-02')).toEqual([id]);
      expect(await ids('from=2030-04-01')).toEqual([later.body.id]);
      const page = await http().get(`${courses}?limit=1&offset=1`).set(a.headers()).expect(200);
      expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ id }] });

      const replaced = await http()
        .put(`${courses}/${id}`)
        .set(a.headers(a.lead.email))
        .send(
          course({
            title: 'Ændret',
            participants: [{ companyId: hansen, participants: 1, mentorsTrained: 0 }],
            version: 1,
          }),
        )
        .expect(200);
      expect(replaced.body).toMatchObject({
        title: 'Ændret',
        version: 2,
        totalMentorsTrained: 0,
        participants: [{ company: { id: hansen }, participants: 1, mentorsTrained: 0 }],
      });
      const stale = await http()
        .put(`${courses}/${id}`)
        .set(coordinator)
        .send(course({ version: 1 }))
        .expect(409);
      expect(stale.body).toMatchObject({ currentVersion: 2 });

      expect((await http().get(courses).set(other).expect(200)).body.total).toBe(0);
      await http().get(`${courses}/${id}`).set(other).expect(404);
      await http()
        .put(`${courses}/${id}`)
        .set(other)
        .send(course({ participants: [], version: 2 }))
        .expect(404);
      await http().delete(`${courses}/${id}`).set(other).expect(404);
      await http().delete(`${courses}/${id}`).set(a.headers()).expect(403);

      await http().delete(`${courses}/${id}`).set(coordinator).expect(204);
      await http().get(`${courses}/${id}`).set(coordinator).expect(404);
      await http().delete(`${courses}/${later.body.id}`).set(coordinator).expect(204);
    });

    it('refuses dates out of order, unknown or repeated companies, more mentors than people', async () => {
      const cases: [Record<string, unknown>, string[]][] = [
        [{ endsOn: '2030-03-01' }, ['endsOn']],
        [{ startsOn: '2030-02-30' }, ['startsOn']],
        [{ participants: [{ companyId: foreign, participants: 1, mentorsTrained: 0 }] }, ['participants.0.companyId']],
        [
          {
            participants: [
              { companyId: hansen, participants: 1, mentorsTrained: 0 },
              { companyId: hansen, participants: 2, mentorsTrained: 0 },
            ],
          },
          ['participants.1.companyId'],
        ],
        [
          { participants: [{ companyId: hansen, participants: 2, mentorsTrained: 3 }] },
          ['participants.0.mentorsTrained'],
        ],
        [
          { participants: [{ companyId: hansen, participants: 0, mentorsTrained: 0 }] },
          ['participants.0.participants'],
        ],
        [{ participants: [{ companyId: hansen, participants: 1 }] }, ['participants.0.mentorsTrained']],
        [{ participants: null }, ['participants']],
        [{ title: '' }, ['title']],
        [{ title: 'x'.repeat(201) }, ['title']],
        [{ version: 1 }, ['version']],
      ];
      for (const [overrides, fields] of cases) {
        const response = await http().post(courses).set(coordinator).send(course(overrides));
        expect({ body: overrides, status: response.status, fields: fieldsOf(response.body) }).toEqual({
          body: overrides,
          status: 400,
          fields,
        });
      }
      const created = await http().post(courses).set(coordinator).send(course()).expect(201);
      const noVersion = await http().put(`${courses}/${created.body.id}`).set(coordinator).send(course()).expect(400);
      expect(fieldsOf(noVersion.body)).toEqual(['version']);
      const reversed = await http().get(`${courses}?from=2030-05-01&to=2030-04-01`).set(a.headers()).expect(400);
      expect(fieldsOf(reversed.body)).toEqual(['to']);
      for (const query of ['from=i-går', 'to=2030-13-01', 'limit=0', 'limit=101', 'offset=-1'])
        await http().get(`${courses}?${query}`).set(a.headers()).expect(400);
      await http().delete(`${courses}/${created.body.id}`).set(coordinator).expect(204);
    });
  });

  describe('network events', () => {
    const events = '/api/v1/code-of-care/events';
    const event = (overrides: Record<string, unknown> = {}) => ({
      heldOn: '2030-05-20',
      topic: 'Småjobs i praksis',
      location: 'Hedensted Rådhus',
      hostCompanyId: hansen,
      attendance: [
        { companyId: jensen, attendees: 2, sharedKnowledge: true },
        { companyId: hansen, attendees: 1 },
      ],
      ...overrides,
    });

    it('creates, reads, lists by day, replaces and deletes an event; another jobcentre sees nothing', async () => {
      const created = await http().post(events).set(coordinator).send(event()).expect(201);
      expect(created.body).toMatchObject({
        heldOn: '2030-05-20',
        topic: 'Småjobs i praksis',
        location: 'Hedensted Rådhus',
        hostCompany: { id: hansen, name: 'Tømrer Hansen ApS' },
        version: 1,
        attendance: [
          { company: { id: jensen }, attendees: 2, sharedKnowledge: true },
          { company: { id: hansen }, attendees: 1, sharedKnowledge: false },
        ],
      });
      const id = created.body.id;
      expect((await http().get(`${events}/${id}`).set(a.headers()).expect(200)).body).toEqual(created.body);
      const unhosted = await http()
        .post(events)
        .set(coordinator)
        .send(event({ heldOn: '2030-06-01', hostCompanyId: undefined, location: undefined, attendance: [] }))
        .expect(201);
      expect(unhosted.body).toMatchObject({ hostCompany: null, location: null, attendance: [] });

      const ids = async (query: string) =>
        (await http().get(`${events}?${query}`).set(a.headers()).expect(200)).body.items.map(
          (each: { id: string }) => each.id,
        );
      expect(await ids('')).toEqual([unhosted.body.id, id]);
      expect(await ids('from=2030-05-20&to=2030-05-20')).toEqual([id]);
      expect(await ids('from=2030-05-21')).toEqual([unhosted.body.id]);

      const replaced = await http()
        .put(`${events}/${id}`)
        .set(coordinator)
        .send(
          event({
            topic: 'Mentorer',
            hostCompanyId: jensen,
            attendance: [{ companyId: jensen, attendees: 4 }],
            version: 1,
          }),
        )
        .expect(200);
      expect(replaced.body).toMatchObject({
        topic: 'Mentorer',
        hostCompany: { id: jensen },
        attendance: [{ company: { id: jensen }, attendees: 4, sharedKnowledge: false }],
        version: 2,
      });
      await http()
        .put(`${events}/${id}`)
        .set(coordinator)
        .send(event({ version: 1 }))
        .expect(409);

      expect((await http().get(events).set(other).expect(200)).body.total).toBe(0);
      await http().get(`${events}/${id}`).set(other).expect(404);
      await http()
        .put(`${events}/${id}`)
        .set(other)
        .send(event({ hostCompanyId: undefined, attendance: [], version: 2 }))
        .expect(404);
      await http().delete(`${events}/${id}`).set(other).expect(404);

      await http().delete(`${events}/${id}`).set(coordinator).expect(204);
      await http().get(`${events}/${id}`).set(coordinator).expect(404);
      await http().delete(`${events}/${unhosted.body.id}`).set(coordinator).expect(204);
    });

    it('refuses a host or attendants not of the jobcentre, companies named twice, bad fields', async () => {
      const cases: [Record<string, unknown>, string[]][] = [
        [{ hostCompanyId: foreign }, ['hostCompanyId']],
        [{ attendance: [{ companyId: foreign, attendees: 1 }] }, ['attendance.0.companyId']],
        [
          {
            attendance: [
              { companyId: jensen, attendees: 1 },
              { companyId: jensen, attendees: 1 },
            ],
          },
          ['attendance.1.companyId'],
        ],
        [{ attendance: [{ companyId: jensen, attendees: 1001 }] }, ['attendance.0.attendees']],
        [
          { attendance: [{ companyId: jensen, attendees: 1, sharedKnowledge: 'ja' }] },
          ['attendance.0.sharedKnowledge'],
        ],
        [{ heldOn: '20-05-2030' }, ['heldOn']],
        [{ topic: '   ' }, ['topic']],
        [{ hostCompanyId: null }, ['hostCompanyId']],
      ];
      for (const [overrides, fields] of cases) {
        const response = await http().post(events).set(coordinator).send(event(overrides));
        expect({ body: overrides, status: response.status, fields: fieldsOf(response.body) }).toEqual({
          body: overrides,
          status: 400,
          fields,
        });
      }
      await http().post(events).set(a.headers()).send(event()).expect(403);
      expect((await http().get(events).set(a.headers()).expect(200)).body.total).toBe(0);
    });
  });

  it("makes a member active by its mentors trained and the events it attended, as of the clock's day", async () => {
    const companyId = await company('Aktiv Gennem Netværket');
    const member = await http()
      .post('/api/v1/code-of-care/members')
      .set(coordinator)
      .send({ companyId, status: 'member', pledgeSignedOn: '2028-01-01', pledgeSignatory: 'Direktør' })
      .expect(201);
    expect(member.body.activity).toMatchObject({ status: 'inactive', lastActivityOn: null });
    const activity = async () =>
      (await http().get(`/api/v1/code-of-care/members/${member.body.id}`).set(coordinator).expect(200)).body.activity;

    // Trained no mentors: a course alone is no activity.
    const course = await http()
      .post('/api/v1/code-of-care/courses')
      .set(coordinator)
      .send({
        title: 'Kursus',
        startsOn: '2029-09-01',
        endsOn: '2029-09-30',
        participants: [{ companyId, participants: 1, mentorsTrained: 0 }],
      })
      .expect(201);
    expect((await activity()).status).toBe('inactive');
    await http()
      .put(`/api/v1/code-of-care/courses/${course.body.id}`)
      .set(coordinator)
      .send({
        title: 'Kursus',
        startsOn: '2029-09-01',
        endsOn: '2029-09-30',
        participants: [{ companyId, participants: 1, mentorsTrained: 1 }],
        version: 1,
      })
      .expect(200);
    expect(await activity()).toMatchObject({
      status: 'active',
      lastActivityOn: '2029-09-30',
      lastActivityKind: 'mentor-trained',
    });

    // Hosting an event counts as attending one; an event still ahead counts from its day.
    await http()
      .post('/api/v1/code-of-care/events')
      .set(coordinator)
      .send({ heldOn: '2030-02-10', topic: 'Netværksmøde', hostCompanyId: companyId, attendance: [] })
      .expect(201);
    await http()
      .post('/api/v1/code-of-care/events')
      .set(coordinator)
      .send({ heldOn: '2030-07-01', topic: 'Sommermøde', attendance: [{ companyId, attendees: 1 }] })
      .expect(201);
    expect(await activity()).toMatchObject({ lastActivityOn: '2030-02-10', lastActivityKind: 'event' });
    clock.set('2030-07-02T10:00:00Z');
    expect(await activity()).toMatchObject({ lastActivityOn: '2030-07-01', activeUntil: '2031-06-30' });
    clock.set('2031-07-01T10:00:00Z');
    expect(await activity()).toMatchObject({ status: 'inactive', lastActivityOn: '2030-07-01' });
    clock.set('2030-06-15T10:00:00Z');
  });
});
