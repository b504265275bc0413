import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, SettableClock, type TestApp } from './support/test-app';

/**
 * Checks that `text` is one well-formed XML element: every tag closed in order, attributes quoted, no stray `<` or
 * `&` in text. (No XML parser is installed; an SVG is simple enough for this.)
 */
function wellFormedXml(text: string): { ok: boolean; root: string | null; problem?: string } {
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/gy;
  const textPart = /[^<]+/y;
  const stack: string[] = [];
  let root: string | null = null;
  let position = 0;
  while (position < text.length) {
    textPart.lastIndex = position;
    const chunk = textPart.exec(text);
    if (chunk) {
      if (/&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(chunk[0]))
        return { ok: false, root, problem: `a bare & at ${position}` };
      if (stack.length === 0 && chunk[0].trim() !== '')
        return { ok: false, root, problem: `text outside the root at ${position}` };
      position = textPart.lastIndex;
      continue;
    }
    token.lastIndex = position;
    const tag = token.exec(text);
    if (!tag) return { ok: false, root, problem: `not a tag at ${position}: ${text.slice(position, position + 40)}` };
    position = token.lastIndex;
    const [, closing, name, , selfClosing] = tag;
    if (!name) continue;
    if (closing) {
      if (stack.pop() !== name) return { ok: false, root, problem: `</${name}> closes nothing open` };
      continue;
    }
    if (stack.length === 0) {
      if (root !== null) return { ok: false, root, problem: 'a second root element' };
      root = name;
    }
    if (!selfClosing) stack.push(name);
  }
  return stack.length === 0 && root !== null ? { ok: true, root } : { ok: false, root, problem: 'unclosed elements' };
}

describe('Code of Care goals, progress and chart (/api/v1/code-of-care/goals, /progress)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let coordinator: Record<string, string>;
  let lead: Record<string, string>;
  const clock = new SettableClock();
  const companies = new Map<string, string>();

  beforeAll(async () => {
    testApp = await createTestApp({ clock });
    clock.set('2021-06-15T10:00:00Z');
    a = await seedJobcentre(testApp, { consultants: 1 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    coordinator = a.headers(a.coordinator.email);
    lead = a.headers(a.lead.email);
  });
  afterAll(() => testApp.close());

  const http = () => testApp.http();
  const sql = (text: string, params: unknown[] = []) => testApp.dataSource.query(text, params);
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);
  const hedensted = (overrides: Record<string, unknown> = {}) => ({
    year: 2021,
    target: 55,
    baseline: 48,
    ...overrides,
  });

  async function company(name: string, jobcentre = a): Promise<string> {
    const [{ id }] = await sql(
      `INSERT INTO companies (jobcentre_id, cvr_number, name) VALUES ($1, $2, $3) RETURNING id`,
      [jobcentre.id, randomCvrNumber(), name],
    );
    companies.set(name, id);
    return id;
  }

  /**
   * A membership of A's network written as helper A's endpoints would leave it: the row in its last status, and one
   * status event per change (`[from, to, effectiveOn]`).
   */
  async function membership(
    name: string,
    changes: [string | null, string, string][],
    extra: { stage?: string; lastContactAt?: string; ownerId?: string } = {},
  ): Promise<string> {
    const companyId = await company(name);
    const status = changes[changes.length - 1][1];
    const joinedOn = [...changes].reverse().find(([, to]) => to === 'member')?.[2] ?? null;
    const leftOn = status === 'left' ? changes[changes.length - 1][2] : null;
    const [{ id }] = await sql(
      `INSERT INTO code_of_care_memberships
         (jobcentre_id, company_id, status, prospect_stage, source, owner_id, last_contact_at, pledge_signed_on,
          pledge_signatory, joined_on, left_on, left_reason)
       VALUES ($1, $2, $3, $4, 'manual', $5, $6, $7, $8, $7, $9, $10) RETURNING id`,
      [
        a.id,
        companyId,
        status,
        extra.stage ?? 'new',
        extra.ownerId ?? null,
        extra.lastContactAt ?? null,
        joinedOn,
        joinedOn ? 'Direktøren' : null,
        leftOn,
        leftOn ? 'Lukket afdeling' : null,
      ],
    );
    for (const [from, to, on] of changes) {
      await sql(
        `INSERT INTO code_of_care_membership_events
           (jobcentre_id, membership_id, kind, from_value, to_value, effective_on)
         VALUES ($1, $2, 'status', $3, $4, $5)`,
        [a.id, id, from, to, on],
      );
    }
    return id;
  }
  const joined = (on: string, prospectOn = '2019-03-01'): [string | null, string, string][] => [
    [null, 'prospect', prospectOn],
    ['prospect', 'member', on],
  ];

  /** An event on `heldOn` with the companies attending (and the first hosting, when `hosted`). */
  async function networkEvent(heldOn: string, names: string[], hosted = false): Promise<void> {
    const [{ id }] = await sql(
      `INSERT INTO code_of_care_events (jobcentre_id, held_on, topic, host_company_id)
       VALUES ($1, $2, 'Netværksmøde', $3) RETURNING id`,
      [a.id, heldOn, hosted ? companies.get(names[0]) : null],
    );
    for (const name of hosted ? names.slice(1) : names) {
      await sql(
        `INSERT INTO code_of_care_event_attendance (jobcentre_id, event_id, company_id, attendees)
         VALUES ($1, $2, $3, 2)`,
        [a.id, id, companies.get(name)],
      );
    }
  }

  let goalId: string;

  it('creates a goal with the year as its default span, lists, reads, replaces and deletes goals', async () => {
    const created = await http().post('/api/v1/code-of-care/goals').set(coordinator).send(hedensted()).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      year: 2021,
      target: 55,
      baseline: 48,
      baselineOn: '2020-12-31',
      deadlineOn: '2021-12-31',
      counts: 'members',
      note: null,
      version: 1,
    });
    goalId = created.body.id;

    const other = await http()
      .post('/api/v1/code-of-care/goals')
      .set(lead)
      .send({
        year: 2022,
        target: 62,
        baseline: 55,
        baselineOn: '2022-01-01',
        counts: 'active-members',
        note: 'Mål 2022',
      })
      .expect(201);
    expect(other.body).toMatchObject({ baselineOn: '2022-01-01', deadlineOn: '2022-12-31', counts: 'active-members' });

    const list = await http().get('/api/v1/code-of-care/goals').set(a.headers()).expect(200);
    expect(list.body.map((goal: { year: number }) => goal.year)).toEqual([2022, 2021]);
    await http().get(`/api/v1/code-of-care/goals/${goalId}`).set(a.headers()).expect(200);

    const replaced = await http()
      .put(`/api/v1/code-of-care/goals/${other.body.id}`)
      .set(coordinator)
      .send({ year: 2022, target: 60, baseline: 55, note: 'Justeret', version: 1 })
      .expect(200);
    expect(replaced.body).toMatchObject({ target: 60, baselineOn: '2021-12-31', counts: 'members', version: 2 });
    const stale = await http()
      .put(`/api/v1/code-of-care/goals/${other.body.id}`)
      .set(coordinator)
      .send({ year: 2022, target: 61, baseline: 55, version: 1 })
      .expect(409);
    expect(stale.body.message).toContain('version 1');

    await http().delete(`/api/v1/code-of-care/goals/${other.body.id}`).set(lead).expect(204);
    await http().get(`/api/v1/code-of-care/goals/${other.body.id}`).set(a.headers()).expect(404);
    await http().delete(`/api/v1/code-of-care/goals/${other.body.id}`).set(lead).expect(404);
  });

  it('refuses a second goal for a year, also by moving another goal to it', async () => {
    const duplicate = await http().post('/api/v1/code-of-care/goals').set(lead).send(hedensted()).expect(409);
    expect(duplicate.body.message).toContain('2021');
    const goal2023 = await http()
      .post('/api/v1/code-of-care/goals')
      .set(lead)
      .send(hedensted({ year: 2023 }))
      .expect(201);
    await http()
      .put(`/api/v1/code-of-care/goals/${goal2023.body.id}`)
      .set(lead)
      .send({ ...hedensted(), version: 1 })
      .expect(409);
    await http().delete(`/api/v1/code-of-care/goals/${goal2023.body.id}`).set(lead).expect(204);
  });

  it('lets consultants read goals but not set them', async () => {
    await http().get('/api/v1/code-of-care/goals').set(a.headers()).expect(200);
    await http()
      .post('/api/v1/code-of-care/goals')
      .set(a.headers())
      .send(hedensted({ year: 2030 }))
      .expect(403);
  });

  it.each([
    ['year before 2000', { year: 1999 }, 'year'],
    ['year after 2100', { year: 2101 }, 'year'],
    ['year not whole', { year: 2021.5 }, 'year'],
    ['year as text', { year: '2021' }, 'year'],
    ['target 0', { target: 0 }, 'target'],
    ['target too large', { target: 100_001 }, 'target'],
    ['target NaN-like', { target: 'mange' }, 'target'],
    ['negative baseline', { baseline: -1 }, 'baseline'],
    ['baselineOn not a date', { baselineOn: '2020-02-30' }, 'baselineOn'],
    ['deadlineOn not a date', { deadlineOn: '31-12-2021' }, 'deadlineOn'],
    ['baselineOn after deadlineOn', { baselineOn: '2041-01-01' }, 'baselineOn'],
    ['baselineOn on deadlineOn', { baselineOn: '2040-06-30', deadlineOn: '2040-06-30' }, 'baselineOn'],
    ['deadlineOn before the default baseline', { deadlineOn: '2039-06-30' }, 'deadlineOn'],
    ['counts unknown', { counts: 'everyone' }, 'counts'],
    ['counts null', { counts: null }, 'counts'],
    ['note too long', { note: 'x'.repeat(1001) }, 'note'],
    ['an unknown field', { isAdmin: true }, 'isAdmin'],
  ])('refuses a goal with %s (400 naming the field)', async (_name, change, field) => {
    const response = await http()
      .post('/api/v1/code-of-care/goals')
      .set(coordinator)
      .send(hedensted({ year: 2040, ...change }))
      .expect(400);
    expect(fieldsOf(response.body)).toContain(field);
  });

  it('refuses non-finite numbers and a replacement without its version', async () => {
    for (const raw of ['1e400', '-1e400']) {
      const response = await http()
        .post('/api/v1/code-of-care/goals')
        .set(coordinator)
        .set('Content-Type', 'application/json')
        .send(`{"year":2040,"target":${raw},"baseline":48}`)
        .expect(400);
      expect(fieldsOf(response.body)).toContain('target');
    }
    const noVersion = await http()
      .put(`/api/v1/code-of-care/goals/${goalId}`)
      .set(coordinator)
      .send(hedensted())
      .expect(400);
    expect(fieldsOf(noVersion.body)).toContain('version');
    await http().get('/api/v1/code-of-care/goals/ikke-et-id').set(a.headers()).expect(400);
    const badDay = await http()
      .get(`/api/v1/code-of-care/goals/${goalId}/progress?asOf=2021-13-01`)
      .set(a.headers())
      .expect(400);
    expect(fieldsOf(badDay.body)).toEqual(['asOf']);
    const badYear = await http().get('/api/v1/code-of-care/progress?year=tyve').set(a.headers()).expect(400);
    expect(fieldsOf(badYear.body)).toEqual(['year']);
    const badChart = await http()
      .get(`/api/v1/code-of-care/goals/${goalId}/chart.svg?asOf=i-morgen`)
      .set(a.headers())
      .expect(400);
    expect(badChart.headers['content-type']).toMatch(/^application\/json/);
    expect(fieldsOf(badChart.body)).toEqual(['asOf']);
  });

  describe('with Hedensted 2021 in the books', () => {
    beforeAll(async () => {
      // In the baseline of 48 already: members from before 2021, one joined in December 2020.
      await membership('M0 Gammelt medlem', joined('2019-05-01'));
      await membership('J0 December', joined('2020-12-15'));
      // 2021, by month: January 2 joins; February 1 join, 1 leave; March 1 leave; April 2 joins; May 1 join;
      // June 1 join by the 15th, and a leave on the 20th (after the day asked about).
      await membership('J1 Januar', joined('2021-01-04', '2020-11-01'));
      await membership('J2 Januar', joined('2021-01-28', '2020-11-01'));
      await membership('J3 Februar', joined('2021-02-10', '2021-01-05'));
      await membership('L1 Februar', [...joined('2019-06-01'), ['member', 'left', '2021-02-26']]);
      await membership('L2 Marts', [...joined('2019-07-01'), ['member', 'left', '2021-03-31']]);
      await membership('J4 April', joined('2021-04-01', '2021-02-01'));
      await membership('J5 April', joined('2021-04-19', '2021-02-01'));
      await membership('J6 Maj', joined('2021-05-12', '2021-03-01'));
      await membership('J7 Juni', joined('2021-06-10', '2021-03-01'));
      await membership('L3 Juni', [...joined('2019-08-01'), ['member', 'left', '2021-06-20']]);
      // Prospects: the furthest in the pipeline first, then the latest contacted; declined ones never.
      await membership('P1 Kontaktet', [[null, 'prospect', '2021-05-01']], {
        stage: 'contacted',
        lastContactAt: '2021-06-10T09:00:00Z',
      });
      await membership('P2 Beslutter', [[null, 'prospect', '2021-04-01']], {
        stage: 'deciding',
        lastContactAt: '2021-05-01T09:00:00Z',
        ownerId: a.coordinator.id,
      });
      await membership('P3 Beslutter', [[null, 'prospect', '2021-04-01']], {
        stage: 'deciding',
        lastContactAt: '2021-06-05T09:00:00Z',
      });
      await membership('P4 Sagde nej', [[null, 'prospect', '2021-04-01']], {
        stage: 'declined',
        lastContactAt: '2021-06-14T09:00:00Z',
      });
      await membership('P5 Ny', [[null, 'prospect', '2021-06-01']]);
    });

    const HEDENSTED_MONTHLY = [
      { month: '2020-12', joins: 0, leaves: 0, count: 48 },
      { month: '2021-01', joins: 2, leaves: 0, count: 50 },
      { month: '2021-02', joins: 1, leaves: 1, count: 50 },
      { month: '2021-03', joins: 0, leaves: 1, count: 49 },
      { month: '2021-04', joins: 2, leaves: 0, count: 51 },
      { month: '2021-05', joins: 1, leaves: 0, count: 52 },
      { month: '2021-06', joins: 1, leaves: 0, count: 53 },
    ];

    it('counts 48 → 53 by today (15 June 2021), month by month, with the forecast worked by hand', async () => {
      const progress = await http().get(`/api/v1/code-of-care/goals/${goalId}/progress`).set(a.headers()).expect(200);
      expect(progress.body).toMatchObject({
        goal: { id: goalId, year: 2021 },
        asOf: '2021-06-15',
        current: 53,
        target: 55,
        shareReached: 0.9636,
        gap: 2,
        monthly: HEDENSTED_MONTHLY,
      });
      // Whole months January–May: +2, 0, −1, +2, +1 → mean 0.8, s² = 6.8/4 = 1.7; h = 6.5 months to 31 December;
      // expected 53 + 0.8·6.5 = 58.2; variance 6.5·1.7 + 6.5²·1.7/5 = 25.415 (sd 5.0413); 80 %: 58.2 ∓ 6.461;
      // P(≥ 55) = 1 − Φ(−3.2/5.0413) = 0.737.
      expect(progress.body.forecast).toEqual({
        method: 'mean-monthly-net-change',
        description: expect.stringContaining('over the last 5 whole months, +0.80 a month'),
        descriptionDa: expect.stringContaining('over de seneste 5 hele måneder, +0,80 om måneden'),
        basedOnMonths: 5,
        meanPerMonth: 0.8,
        sdPerMonth: 1.3,
        monthsAhead: 6.5,
        expectedAtDeadline: 58.2,
        low: 51.7,
        high: 64.7,
        confidence: 0.8,
        probabilityOfReaching: 0.737,
        onTrack: true,
      });
      expect(progress.body.prospectsToCloseGap).toEqual([
        {
          membershipId: expect.any(String),
          company: { id: companies.get('P3 Beslutter'), name: 'P3 Beslutter', cvrNumber: expect.any(String) },
          prospectStage: 'deciding',
          owner: null,
          lastContactAt: '2021-06-05T09:00:00.000Z',
        },
        {
          membershipId: expect.any(String),
          company: { id: companies.get('P2 Beslutter'), name: 'P2 Beslutter', cvrNumber: expect.any(String) },
          prospectStage: 'deciding',
          owner: { id: a.coordinator.id, name: 'Nina Netværk' },
          lastContactAt: '2021-05-01T09:00:00.000Z',
        },
      ]);
      const byYear = await http().get('/api/v1/code-of-care/progress').set(a.headers()).expect(200);
      expect(byYear.body).toEqual(progress.body);
      await http().get('/api/v1/code-of-care/progress?year=2021').set(a.headers()).expect(200);
      await http().get('/api/v1/code-of-care/progress?year=2025').set(a.headers()).expect(404);
    });

    it('counts to the day asked: no forecast from one whole month, none after the deadline', async () => {
      const early = await http()
        .get(`/api/v1/code-of-care/goals/${goalId}/progress?asOf=2021-02-10`)
        .set(a.headers())
        .expect(200);
      expect(early.body).toMatchObject({ current: 51, gap: 4, forecast: null });
      expect(early.body.monthly).toEqual([
        HEDENSTED_MONTHLY[0],
        HEDENSTED_MONTHLY[1],
        { month: '2021-02', joins: 1, leaves: 0, count: 51 },
      ]);
      expect(early.body.prospectsToCloseGap.map((each: { company: { name: string } }) => each.company.name)).toEqual([
        'P3 Beslutter',
        'P2 Beslutter',
        'P1 Kontaktet',
        'P5 Ny',
      ]);

      const late = await http()
        .get(`/api/v1/code-of-care/goals/${goalId}/progress?asOf=2022-02-01`)
        .set(a.headers())
        .expect(200);
      expect(late.body).toMatchObject({ current: 52, gap: 3, forecast: null });
      expect(late.body.monthly).toHaveLength(13);
      expect(late.body.monthly[12]).toEqual({ month: '2021-12', joins: 0, leaves: 0, count: 52 });
    });

    it('counts active members at each month end for an active-members goal', async () => {
      // M0 attended in April 2020 (active to 19 April 2021), L1 in June 2020 (but left in February), J1 attended
      // in March 2021, J2 hosted in May 2021; the window is the default 12 months.
      await networkEvent('2020-04-20', ['M0 Gammelt medlem']);
      await networkEvent('2020-06-01', ['L1 Februar']);
      await networkEvent('2021-03-10', ['J1 Januar']);
      await networkEvent('2021-05-05', ['J2 Januar', 'P1 Kontaktet'], true);
      const current = (await http().get(`/api/v1/code-of-care/goals/${goalId}`).set(a.headers())).body;
      await http()
        .put(`/api/v1/code-of-care/goals/${goalId}`)
        .set(coordinator)
        .send({ ...hedensted(), counts: 'active-members', version: current.version })
        .expect(200);

      const progress = await http().get(`/api/v1/code-of-care/goals/${goalId}/progress`).set(a.headers()).expect(200);
      expect(progress.body.monthly.map((month: { count: number }) => month.count)).toEqual([2, 2, 1, 2, 1, 2, 2]);
      expect(progress.body.monthly[1]).toMatchObject({ joins: 2, leaves: 0 });
      // Whole months: 0, −1, +1, −1, +1 → mean 0, s = 1; expected 2; variance 6.5 + 6.5²/5 = 14.95.
      expect(progress.body).toMatchObject({ current: 2, gap: 53 });
      expect(progress.body.forecast).toMatchObject({
        meanPerMonth: 0,
        sdPerMonth: 1,
        expectedAtDeadline: 2,
        // sd √14.95 = 3.8665; 2 ∓ 1.2816·3.8665 = 2 ∓ 4.955, to one decimal.
        low: -3,
        high: 7,
        probabilityOfReaching: 0,
        onTrack: false,
      });
      expect(progress.body.forecast.description).toContain('active members');
      // Only open prospects, however large the gap.
      expect(progress.body.prospectsToCloseGap).toHaveLength(4);

      await http()
        .put(`/api/v1/code-of-care/goals/${goalId}`)
        .set(coordinator)
        .send({ ...hedensted(), version: current.version + 1 })
        .expect(200);
    });

    it('draws the chart as a well-formed SVG with a Danish title and description', async () => {
      const response = await http()
        .get(`/api/v1/code-of-care/goals/${goalId}/chart.svg`)
        .set(a.headers())
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => done(null, text));
        })
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const svg = response.body as string;
      expect(svg.startsWith('<svg ')).toBe(true);
      expect(wellFormedXml(svg)).toEqual({ ok: true, root: 'svg' });
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('<title id="goal-chart-title">Code of Care 2021: medlemmer mod målet på 55</title>');
      expect(svg).toContain(
        '<desc id="goal-chart-desc">53 medlemmer pr. 15.6.2021 mod målet på 55 pr. 31.12.2021 (96 % nået, 2 mangler)',
      );
      for (const label of ['>Medlemmer<', '>Mål: 55<', '>Prognose med 80 %-interval<', '>jan 2021<', '>jun<'])
        expect(svg).toContain(label);
      expect(svg).toContain('stroke-dasharray="6,4"');
    });

    it('checks the XML check itself', () => {
      expect(wellFormedXml('<svg><g><text>a &amp; b</text></g><rect/></svg>').ok).toBe(true);
      expect(wellFormedXml('<svg><g></svg>').ok).toBe(false);
      expect(wellFormedXml('<svg><text>a & b</text></svg>').ok).toBe(false);
      expect(wellFormedXml('<svg></svg><svg></svg>').ok).toBe(false);
      expect(wellFormedXml('<svg a=b></svg>').ok).toBe(false);
    });

    it('shows another jobcentre nothing: its own goals and progress only', async () => {
      for (const path of [
        `/api/v1/code-of-care/goals/${goalId}`,
        `/api/v1/code-of-care/goals/${goalId}/progress`,
        `/api/v1/code-of-care/goals/${goalId}/chart.svg`,
        '/api/v1/code-of-care/progress?year=2021',
      ]) {
        await http().get(path).set(b.headers()).expect(404);
      }
      await http()
        .put(`/api/v1/code-of-care/goals/${goalId}`)
        .set(b.headers(b.coordinator.email))
        .send({ ...hedensted(), version: 1 })
        .expect(404);
      await http().delete(`/api/v1/code-of-care/goals/${goalId}`).set(b.headers(b.lead.email)).expect(404);
      expect((await http().get('/api/v1/code-of-care/goals').set(b.headers()).expect(200)).body).toEqual([]);

      // B's own goal for the same year counts none of A's joins, leaves or prospects.
      const own = await http()
        .post('/api/v1/code-of-care/goals')
        .set(b.headers(b.coordinator.email))
        .send(hedensted({ baseline: 10, target: 12 }))
        .expect(201);
      const progress = await http()
        .get(`/api/v1/code-of-care/goals/${own.body.id}/progress`)
        .set(b.headers())
        .expect(200);
      expect(progress.body).toMatchObject({ current: 10, gap: 2, prospectsToCloseGap: [] });
      expect(
        progress.body.monthly.every((month: { joins: number; leaves: number }) => !month.joins && !month.leaves),
      ).toBe(true);
      expect(progress.body.forecast).toMatchObject({ meanPerMonth: 0, sdPerMonth: 0, probabilityOfReaching: 0 });
      await http().get(`/api/v1/code-of-care/goals/${goalId}`).set(a.headers()).expect(200);
    });
  });
});
