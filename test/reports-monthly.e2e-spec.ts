import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import {
  MONTHLY_CHART_NAMES,
  MONTHLY_FIGURES_QUEUE,
  MONTHLY_FIGURES_SCHEDULER_ID,
  MonthlyFiguresScheduler,
} from '@jobbro/reports';
import { pdfPageCount, pdfText } from '../libs/reports/src/exports/pdf-inspect';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import {
  availableQueueBackends,
  createTestApp,
  flushRedisDb,
  SettableClock,
  type QueueBackend,
  type TestApp,
} from './support/test-app';

const REDIS_DB = 11;

/** supertest's parser for a body kept as bytes (XLSX, PDF, SVG). */
const binary = (response: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};
const MONTH = '2026-10';
/** Jobcentre A's name, with Danish letters for the export's file names. */
const A_NAME = 'Jobcenter Århus Øst';
/** Two ESCO occupations of two sectors (handvaerk, kontor) from the shipped taxonomy. */
const CRAFT = { occupation: '3112.1', sector: 'handvaerk' };
const OFFICE = { occupation: '2411.1', sector: 'kontor' };

/** Rows written straight into the tables, each with the times the month's figures depend on. */
class MonthBuilder {
  constructor(
    private readonly testApp: TestApp,
    private readonly jobcentreId: string,
  ) {}

  private query(sql: string, params: unknown[]) {
    return this.testApp.dataSource.query(sql, params);
  }

  async company(createdAt: string): Promise<string> {
    const [row] = await this.query(
      `INSERT INTO companies (jobcentre_id, cvr_number, name, created_at)
       VALUES ($1, $2, 'Firma ApS', $3) RETURNING id`,
      [this.jobcentreId, randomCvrNumber(), createdAt],
    );
    return row.id;
  }

  /** An intake received at `receivedAt`, deadline 24 h later, first contacted `contactAfterHours` later (or not). */
  async intake(options: {
    companyId: string;
    kind: string;
    channel: string;
    receivedAt: string;
    contactAfterHours: number | null;
    breached: boolean;
    assigneeId: string | null;
  }): Promise<void> {
    const received = new Date(options.receivedAt);
    const deadline = new Date(received.getTime() + 24 * 3_600_000);
    const contact =
      options.contactAfterHours === null ? null : new Date(received.getTime() + options.contactAfterHours * 3_600_000);
    await this.query(
      `INSERT INTO intakes (jobcentre_id, company_id, kind, channel, description, contact_person, status, assignee_id,
                            received_at, deadline_at, reminder_at, first_contact_at, breached_at)
       VALUES ($1, $2, $3, $4, 'Hjælp søges', '{"name":"Mette Jensen"}', $5, $6, $7, $8, $7, $9, $10)`,
      [
        this.jobcentreId,
        options.companyId,
        options.kind,
        options.channel,
        contact ? 'contacted' : 'awaiting-contact',
        options.assigneeId,
        received,
        deadline,
        contact,
        options.breached ? deadline : null,
      ],
    );
  }

  async posting(options: {
    companyId: string;
    kind: string;
    occupation: string;
    publishedAt: string;
    positions: number;
    filled: number;
  }): Promise<string> {
    const [row] = await this.query(
      `INSERT INTO postings (jobcentre_id, company_id, kind, status, title, occupation_code, hours_per_week,
                             workplace_postcode, start_date, positions, positions_filled, published_at, target_groups)
       VALUES ($1, $2, $3, $4, 'Stilling', $5, 20, '8722', '2026-09-01', $6, $7, $8, '{}') RETURNING id`,
      [
        this.jobcentreId,
        options.companyId,
        options.kind,
        options.filled === options.positions ? 'filled' : 'open',
        options.occupation,
        options.positions,
        options.filled,
        options.publishedAt,
      ],
    );
    return row.id;
  }

  async candidate(targetGroup: string | null): Promise<string> {
    const [row] = await this.query(
      `INSERT INTO candidates (jobcentre_id, name, ladder_step, target_group)
       VALUES ($1, 'Kandidat', 2, $2) RETURNING id`,
      [this.jobcentreId, targetGroup],
    );
    return row.id;
  }

  async placement(options: {
    postingId: string;
    candidateId: string;
    kind: string;
    startDate: string;
    hours: number;
    createdAt: string;
    endedAt?: string;
  }): Promise<void> {
    await this.query(
      `INSERT INTO placements (jobcentre_id, posting_id, candidate_id, kind, start_date, hours_per_week, created_at,
                               ended_at, end_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz,
               CASE WHEN $8::timestamptz IS NULL THEN NULL ELSE 'moved-on' END)`,
      [
        this.jobcentreId,
        options.postingId,
        options.candidateId,
        options.kind,
        options.startDate,
        options.hours,
        options.createdAt,
        options.endedAt ?? null,
      ],
    );
  }

  async ladderStep(candidateId: string, previous: number | null, step: number, at: string): Promise<void> {
    await this.query(
      `INSERT INTO candidate_ladder_steps (jobcentre_id, candidate_id, step, previous_step, reason, changed_at)
       VALUES ($1, $2, $3, $4, 'Vurdering', $5)`,
      [this.jobcentreId, candidateId, step, previous, at],
    );
  }

  async consultantChange(candidateId: string, from: string | null, to: string | null, at: string): Promise<void> {
    await this.query(
      `INSERT INTO candidate_consultant_changes
         (jobcentre_id, candidate_id, from_consultant_id, to_consultant_id, changed_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [this.jobcentreId, candidateId, from, to, at],
    );
  }

  async shortagePeriod(validFrom: string, validTo: string, sector: string): Promise<void> {
    await this.query(
      `INSERT INTO shortage_periods (jobcentre_id, name, valid_from, valid_to, source, sectors, occupations)
       VALUES ($1, 'Mangelområder', $2, $3, 'manual', $4, '[]')`,
      [this.jobcentreId, validFrom, validTo, JSON.stringify([{ code: sector, weight: 1 }])],
    );
  }

  /** A membership; `activity` lists its activity changes (effective day, active or inactive). */
  async membership(options: {
    companyId: string;
    status: 'prospect' | 'member' | 'left';
    joinedOn: string | null;
    leftOn?: string;
    activity?: [string, 'active' | 'inactive'][];
  }): Promise<void> {
    const [row] = await this.query(
      `INSERT INTO code_of_care_memberships
         (jobcentre_id, company_id, status, source, pledge_signed_on, pledge_signatory, joined_on, left_on)
       VALUES ($1, $2, $3, 'manual', $4, CASE WHEN $4::date IS NULL THEN NULL ELSE 'Mette Jensen' END, $4, $5)
       RETURNING id`,
      [this.jobcentreId, options.companyId, options.status, options.joinedOn, options.leftOn ?? null],
    );
    for (const [effectiveOn, value] of options.activity ?? []) {
      await this.query(
        `INSERT INTO code_of_care_membership_events (jobcentre_id, membership_id, kind, to_value, effective_on)
         VALUES ($1, $2, 'activity', $3, $4)`,
        [this.jobcentreId, row.id, value, effectiveOn],
      );
    }
  }
}

/**
 * October 2026 in jobcentre A, built by hand, with rows just inside and just outside the month's Danish edges
 * (1 October 00:00 CEST = 30 September 22:00 UTC; 1 November 00:00 CET = 31 October 23:00 UTC). Returns what the
 * figures must be, worked out by hand in the comments.
 */
async function buildOctober(testApp: TestApp, jobcentre: SeededJobcentre) {
  const build = new MonthBuilder(testApp, jobcentre.id);
  const [k1, k2] = jobcentre.consultants;
  // Known at the month's end: c1–c5; c6 was registered in November.
  const c = [];
  for (let index = 0; index < 5; index++) c.push(await build.company('2026-09-01T10:00:00Z'));
  const c6 = await build.company('2026-11-05T10:00:00Z');

  // Intakes: six received in October (i1–i5, i8); i6 falls in November and i7 in September, by Danish time.
  const intake = (companyId: string, kind: string, channel: string, receivedAt: string, hours: number | null) => ({
    companyId,
    kind,
    channel,
    receivedAt,
    contactAfterHours: hours,
  });
  await build.intake({
    ...intake(c[0], 'recruitment', 'phone', '2026-10-05T08:00:00Z', 2),
    breached: false,
    assigneeId: k1.id,
  });
  await build.intake({
    ...intake(c[0], 'småjob', 'e-mail', '2026-10-06T08:00:00Z', 4),
    breached: false,
    assigneeId: k1.id,
  });
  await build.intake({
    ...intake(c[1], 'recruitment', 'phone', '2026-10-07T08:00:00Z', 30),
    breached: true,
    assigneeId: k1.id,
  });
  await build.intake({
    ...intake(c[2], 'voksenlærling', 'web', '2026-10-20T10:00:00Z', 10),
    breached: false,
    assigneeId: k2.id,
  });
  // 23:30 on 31 October in Denmark: October, never contacted, breached, assigned to no one.
  await build.intake({
    ...intake(c[1], 'recruitment', 'phone', '2026-10-31T22:30:00Z', null),
    breached: true,
    assigneeId: null,
  });
  // 00:30 on 1 November in Denmark.
  await build.intake({
    ...intake(c[3], 'retention', 'visit', '2026-10-31T23:30:00Z', 1),
    breached: false,
    assigneeId: k2.id,
  });
  // 23:30 on 30 September in Denmark.
  await build.intake({
    ...intake(c[4], 'recruitment', 'phone', '2026-09-30T21:30:00Z', 50),
    breached: true,
    assigneeId: k2.id,
  });
  // 00:30 on 1 October in Denmark.
  await build.intake({
    ...intake(c[3], 'retention', 'visit', '2026-09-30T22:30:00Z', 1),
    breached: false,
    assigneeId: k2.id,
  });

  // Postings: opened in October p1, p5 (småjob) and p3 (voksenlærling); p2 opened in September, p4 in November.
  const p1 = await build.posting({
    companyId: c[0],
    kind: 'småjob',
    occupation: CRAFT.occupation,
    publishedAt: '2026-10-02T10:00:00Z',
    positions: 1,
    filled: 1,
  });
  const p2 = await build.posting({
    companyId: c[1],
    kind: 'ordinary',
    occupation: CRAFT.occupation,
    publishedAt: '2026-09-10T10:00:00Z',
    positions: 2,
    filled: 2,
  });
  const p3 = await build.posting({
    companyId: c[2],
    kind: 'voksenlærling',
    occupation: OFFICE.occupation,
    publishedAt: '2026-10-15T10:00:00Z',
    positions: 2,
    filled: 1,
  });
  await build.posting({
    companyId: c[4],
    kind: 'ordinary',
    occupation: OFFICE.occupation,
    publishedAt: '2026-10-31T23:30:00Z',
    positions: 1,
    filled: 0,
  });
  const p5 = await build.posting({
    companyId: c[0],
    kind: 'småjob',
    occupation: CRAFT.occupation,
    publishedAt: '2026-10-03T10:00:00Z',
    positions: 1,
    filled: 1,
  });

  const cand1 = await build.candidate('kontanthjælp');
  const cand2 = await build.candidate('dagpenge');
  const cand3 = await build.candidate('kontanthjælp');
  const cand4 = await build.candidate(null);
  const cand5 = await build.candidate('dagpenge');
  // p1 filled on 12 October, 10 days after it opened; cand1 starts on the 13th (småjob, 10 h).
  await build.placement({
    postingId: p1,
    candidateId: cand1,
    kind: 'småjob',
    startDate: '2026-10-13',
    hours: 10,
    createdAt: '2026-10-12T10:00:00Z',
  });
  // p2: cand2 in September (craft), and cand3 fills its last position on 20 October (40 days), starting in November.
  await build.placement({
    postingId: p2,
    candidateId: cand2,
    kind: 'ordinary',
    startDate: '2026-09-21',
    hours: 37,
    createdAt: '2026-09-20T10:00:00Z',
    endedAt: '2026-10-16T10:00:00Z',
  });
  await build.placement({
    postingId: p2,
    candidateId: cand3,
    kind: 'ordinary',
    startDate: '2026-11-02',
    hours: 37,
    createdAt: '2026-10-20T10:00:00Z',
  });
  // p3: cand2 moves from craft to office, a shortage sector in October.
  await build.placement({
    postingId: p3,
    candidateId: cand2,
    kind: 'voksenlærling',
    startDate: '2026-10-17',
    hours: 37,
    createdAt: '2026-10-16T10:00:00Z',
  });
  // p5 filled in November, but its placement starts on 31 October (småjob, 8.5 h).
  await build.placement({
    postingId: p5,
    candidateId: cand4,
    kind: 'småjob',
    startDate: '2026-10-31',
    hours: 8.5,
    createdAt: '2026-11-02T10:00:00Z',
  });

  // Office is a shortage sector from October; craft was one until September only.
  await build.shortagePeriod('2026-01-01', '2026-09-30', CRAFT.sector);
  await build.shortagePeriod('2026-10-01', '2026-12-31', OFFICE.sector);

  // Ladder: up (cand1), down (cand2), a first step (cand3), up at 00:30 on 1 October (cand5); cand4's is November's.
  await build.ladderStep(cand1, 2, 3, '2026-10-13T10:00:00Z');
  await build.ladderStep(cand2, 3, 2, '2026-10-20T10:00:00Z');
  await build.ladderStep(cand3, null, 2, '2026-10-05T10:00:00Z');
  await build.ladderStep(cand4, 4, 5, '2026-10-31T23:30:00Z');
  await build.ladderStep(cand5, 1, 2, '2026-09-30T22:30:00Z');

  // Consultant changes: cand1 twice, cand3 once; cand2's first assignment is no change; cand4's is November's.
  await build.consultantChange(cand1, k1.id, k2.id, '2026-10-03T10:00:00Z');
  await build.consultantChange(cand1, k2.id, k1.id, '2026-10-25T10:00:00Z');
  await build.consultantChange(cand2, null, k1.id, '2026-10-04T10:00:00Z');
  await build.consultantChange(cand3, k1.id, k2.id, '2026-10-10T10:00:00Z');
  await build.consultantChange(cand4, k2.id, k1.id, '2026-11-02T10:00:00Z');

  // Code of Care at 31 October: c1 active, c2 inactive since the 20th, c3 active (leaves in November); c4 left on
  // the 31st, c5 joins in November, c6 is a prospect.
  await build.membership({
    companyId: c[0],
    status: 'member',
    joinedOn: '2026-03-01',
    activity: [['2026-05-01', 'active']],
  });
  await build.membership({
    companyId: c[1],
    status: 'member',
    joinedOn: '2026-06-01',
    activity: [
      ['2026-06-10', 'active'],
      ['2026-10-20', 'inactive'],
    ],
  });
  await build.membership({
    companyId: c[2],
    status: 'left',
    joinedOn: '2025-01-01',
    leftOn: '2026-11-15',
    activity: [['2025-02-01', 'active']],
  });
  await build.membership({
    companyId: c[3],
    status: 'left',
    joinedOn: '2025-01-01',
    leftOn: '2026-10-31',
    activity: [['2025-02-01', 'active']],
  });
  await build.membership({ companyId: c[4], status: 'member', joinedOn: '2026-11-03' });
  await build.membership({ companyId: c6, status: 'prospect', joinedOn: null });
  await testApp.dataSource.query(
    `INSERT INTO code_of_care_goals (jobcentre_id, year, target, baseline, baseline_on, deadline_on, counts)
     VALUES ($1, 2026, 55, 48, '2025-12-31', '2026-12-31', 'members')`,
    [jobcentre.id],
  );

  return {
    jobcentreId: jobcentre.id,
    month: MONTH,
    intakes: {
      received: 6,
      contactedWithinDeadline: 4,
      withinDeadlineShare: 0.6667,
      awaitingContact: 1,
      // Contact times 1, 2, 4, 10, 30 h: median 4; p90 at position 3.6 = 10 + 0.6 × 20 = 22.
      hoursToFirstContact: { median: 4, p90: 22 },
      breaches: {
        total: 2,
        byConsultant: [
          { staffMemberId: null, name: 'Unassigned', count: 1 },
          { staffMemberId: k1.id, name: k1.name, count: 1 },
        ],
        byChannel: [{ channel: 'phone', count: 2 }],
        byKind: [{ kind: 'recruitment', count: 2 }],
      },
    },
    postings: {
      byKind: [
        { kind: 'ordinary', opened: 0, filled: 1, medianDaysToFill: 40 },
        { kind: 'småjob', opened: 2, filled: 1, medianDaysToFill: 10 },
        { kind: 'voksenlærling', opened: 1, filled: 0, medianDaysToFill: null },
        { kind: 'virksomhedspraktik', opened: 0, filled: 0, medianDaysToFill: null },
        { kind: 'løntilskud', opened: 0, filled: 0, medianDaysToFill: null },
        { kind: 'fleksjob', opened: 0, filled: 0, medianDaysToFill: null },
      ],
    },
    smaajobs: { started: 2, hoursPerWeek: 18.5 },
    voksenlaerlingStarts: 1,
    placements: {
      started: 3,
      byTargetGroup: [
        { targetGroup: 'dagpenge', count: 1 },
        { targetGroup: 'kontanthjælp', count: 1 },
        { targetGroup: 'unknown', count: 1 },
      ],
      ladderStepMoves: { up: 2, down: 1 },
    },
    shortageSectors: { placementsIntoShortageSectors: 1, candidatesWhoChangedSector: 1 },
    codeOfCare: { members: 3, activeMembers: 2, goal: { target: 55, counts: 'members', year: 2026 } },
    // c1–c4 had an intake (c4: at 00:30 on 1 October); c5 only in September and November. 4 of 5.
    cooperation: { knownCompanies: 5, cooperatingCompanies: 4, share: 0.8 },
    consultantChanges: { changes: 3, candidatesAffected: 2, perCandidate: 1.5 },
  };
}

describe('Monthly management figures (/api/v1/reports/monthly)', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let expected: Awaited<ReturnType<typeof buildOctober>>;
  const http = () => testApp.http();

  beforeAll(async () => {
    testApp = await createTestApp();
    a = await seedJobcentre(testApp, { consultants: 2 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    expected = await buildOctober(testApp, a);
    await testApp.dataSource.query('UPDATE jobcentres SET name = $2 WHERE id = $1', [a.id, A_NAME]);
  });
  afterAll(() => testApp?.close());

  it('computes a hand-built month exactly as worked out by hand', async () => {
    const response = await http()
      .post('/api/v1/reports/monthly/recompute')
      .set(a.lead.headers)
      .send({ month: MONTH })
      .expect(201);
    expect(response.body.figures).toEqual(expected);
    expect(response.body).toMatchObject({
      month: MONTH,
      trigger: 'on-demand',
      requestedBy: { id: a.lead.id, name: a.lead.name },
      computedFrom: {
        computationVersion: 1,
        rows: {
          intakes: 6,
          breachedIntakes: 2,
          postingsOpened: 3,
          postingsFilled: 2,
          placementsStarted: 3,
          ladderSteps: 4,
          consultantChanges: 3,
          memberships: 3,
          companies: 5,
        },
      },
    });
    const latest = await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.lead.headers).expect(200);
    expect(latest.body.id).toBe(response.body.id);
    expect(latest.body.figures).toEqual(expected);
  });

  it('keeps every snapshot: a recompute adds one, and the database refuses to change or remove any', async () => {
    const first = await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.admin.headers).expect(200);
    const second = await http()
      .post('/api/v1/reports/monthly/recompute')
      .set(a.admin.headers)
      .send({ month: MONTH })
      .expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    const history = await http().get(`/api/v1/reports/monthly/history?month=${MONTH}`).set(a.lead.headers).expect(200);
    expect(history.body.items.map((item: { id: string }) => item.id)).toEqual([second.body.id, first.body.id]);
    const latest = await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.lead.headers).expect(200);
    expect(latest.body.id).toBe(second.body.id);

    await expect(
      testApp.dataSource.query(`UPDATE monthly_figure_snapshots SET figures = '{}' WHERE id = $1`, [first.body.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      testApp.dataSource.query(`DELETE FROM monthly_figure_snapshots WHERE id = $1`, [first.body.id]),
    ).rejects.toThrow(/immutable/);
    await expect(testApp.dataSource.query(`TRUNCATE monthly_figure_snapshots`)).rejects.toThrow(/immutable/);
    const [row] = await testApp.dataSource.query(`SELECT figures FROM monthly_figure_snapshots WHERE id = $1`, [
      first.body.id,
    ]);
    expect(row.figures).toEqual(expected);
  });

  it('gives the dashboard the last 12 months in one call, with the months never computed empty', async () => {
    const response = await http().get(`/api/v1/reports/monthly/series?to=${MONTH}`).set(a.lead.headers).expect(200);
    expect(response.body.months.map((month: { month: string }) => month.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(response.body.months.slice(0, 11).every((month: { snapshot: unknown }) => month.snapshot === null)).toBe(
      true,
    );
    expect(response.body.months[11].snapshot.figures).toEqual(expected);
  });

  it("shows another jobcentre nothing of this one's, and computes its own month from its own rows only", async () => {
    const missing = await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(b.lead.headers).expect(404);
    expect(missing.body.message).toMatch(/No figures have been computed for 2026-10 yet/);
    const history = await http().get(`/api/v1/reports/monthly/history?month=${MONTH}`).set(b.lead.headers).expect(200);
    expect(history.body.items).toEqual([]);
    const series = await http().get(`/api/v1/reports/monthly/series?to=${MONTH}`).set(b.lead.headers).expect(200);
    expect(series.body.months.every((month: { snapshot: unknown }) => month.snapshot === null)).toBe(true);

    const own = await http()
      .post('/api/v1/reports/monthly/recompute')
      .set(b.lead.headers)
      .send({ month: MONTH })
      .expect(201);
    expect(own.body.figures).toMatchObject({
      jobcentreId: b.id,
      intakes: { received: 0, withinDeadlineShare: null, hoursToFirstContact: { median: null, p90: null } },
      placements: { started: 0, byTargetGroup: [] },
      codeOfCare: { members: 0, activeMembers: 0, goal: null },
      cooperation: { knownCompanies: 0, cooperatingCompanies: 0, share: null },
      consultantChanges: { changes: 0, candidatesAffected: 0, perCandidate: null },
    });
  });

  it("exports the month's latest snapshot as CSV, XLSX and PDF that open, named after the jobcentre", async () => {
    const latest = await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.lead.headers).expect(200);
    const exported = (format: string) =>
      http()
        .get(`/api/v1/reports/monthly/export?month=${MONTH}&format=${format}`)
        .set(a.lead.headers)
        .buffer(true)
        .parse(binary)
        .expect(200);
    const fileName = (response: { headers: Record<string, string> }) =>
      /filename="([^"]+)"/.exec(response.headers['content-disposition'])?.[1];
    const slug = 'jobcenter-aarhus-oest';

    const csv = await exported('csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(fileName(csv)).toBe(`maaltal-${slug}-2026-10.csv`);
    const csvText = (csv.body as Buffer).toString('utf8');
    expect(csvText.startsWith('\uFEFFMåned;Afsnit;Nøgletal;Opdeling;Værdi;Enhed\r\n')).toBe(true);
    expect(csvText).toContain(`2026-10;Virksomhedshenvendelser;Modtaget;;${expected.intakes.received};antal`);

    const xlsx = await exported('xlsx');
    expect(fileName(xlsx)).toBe(`maaltal-${slug}-2026-10.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const intakes = workbook.getWorksheet('Virksomhedshenvendelser')!;
    expect(intakes.getRow(1).values).toEqual([undefined, 'Nøgletal', 'Opdeling', 'Enhed', MONTH]);
    const cells = new Map<string, unknown>();
    intakes.eachRow((row, index) => index > 1 && cells.set(String(row.getCell(1).value), row.getCell(4).value));
    expect(cells.get('Modtaget')).toBe(expected.intakes.received);
    expect(workbook.title).toContain(A_NAME);
    expect(workbook.created.toISOString().slice(0, 19)).toBe(latest.body.computedAt.slice(0, 19));

    const pdf = await exported('pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(fileName(pdf)).toBe(`maaltal-${slug}-2026-10.pdf`);
    expect(pdfPageCount(pdf.body)).toBeGreaterThanOrEqual(1);
    expect(pdfText(pdf.body)).toContain(`Måltal for ${A_NAME}, oktober 2026`);
  });

  it('exports the 12 months as one spreadsheet, a column for each month computed', async () => {
    const september = await http()
      .post('/api/v1/reports/monthly/recompute')
      .set(a.lead.headers)
      .send({ month: '2026-09' })
      .expect(201);
    const septemberReceived = september.body.figures.intakes.received;
    // The hand-built month has one request of September's (the company that cooperated outside October).
    expect(septemberReceived).toBe(1);
    const response = await http()
      .get(`/api/v1/reports/monthly/series/export?to=${MONTH}&format=xlsx`)
      .set(a.lead.headers)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="maaltal-jobcenter-aarhus-oest-2026-09-til-2026-10.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    const intakes = workbook.getWorksheet('Virksomhedshenvendelser')!;
    expect((intakes.getRow(1).values as unknown[]).slice(4)).toEqual(['2026-09', MONTH]);
    expect((intakes.getRow(2).values as unknown[]).slice(4)).toEqual([septemberReceived, expected.intakes.received]);

    const csv = await http()
      .get(`/api/v1/reports/monthly/series/export?to=${MONTH}&format=csv`)
      .set(a.lead.headers)
      .expect(200);
    expect(csv.text).toContain(`2026-09;Virksomhedshenvendelser;Modtaget;;${septemberReceived};antal`);
    expect(csv.text).toContain(`2026-10;Virksomhedshenvendelser;Modtaget;;${expected.intakes.received};antal`);
  });

  it('draws each of the 12-month charts as SVG with a Danish title and every value for screen readers', async () => {
    for (const name of MONTHLY_CHART_NAMES) {
      const response = await http()
        .get(`/api/v1/reports/monthly/charts/${name}.svg?to=${MONTH}`)
        .set(a.lead.headers)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      const svg = (response.body as Buffer).toString('utf8');
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain(`<title id="monthly-chart-${name}-title">`);
      expect(svg).toContain('okt 2026');
    }
    const compliance = await http()
      .get(`/api/v1/reports/monthly/charts/compliance.svg?to=${MONTH}`)
      .set(a.lead.headers)
      .buffer(true)
      .parse(binary);
    expect((compliance.body as Buffer).toString('utf8')).toContain('okt 2026 66,7 %');
  });

  it('refuses an unknown format or chart, and has no file or chart of months never computed', async () => {
    for (const format of ['doc', 'PDF', '']) {
      const response = await http()
        .get(`/api/v1/reports/monthly/export?month=${MONTH}&format=${format}`)
        .set(a.lead.headers)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['format']);
    }
    const pdfSeries = await http()
      .get(`/api/v1/reports/monthly/series/export?to=${MONTH}&format=pdf`)
      .set(a.lead.headers)
      .expect(400);
    expect(pdfSeries.body.errors[0]).toMatchObject({ field: 'format', messages: ['format must be one of: csv, xlsx'] });
    const noMonth = await http().get('/api/v1/reports/monthly/export?format=csv').set(a.lead.headers).expect(400);
    expect(noMonth.body.errors[0].field).toBe('month');
    const chart = await http()
      .get(`/api/v1/reports/monthly/charts/pie.svg?to=${MONTH}`)
      .set(a.lead.headers)
      .expect(400);
    expect(chart.body.errors[0].field).toBe('name');
    await http().get('/api/v1/reports/monthly/charts/compliance.svg?to=2999-01').set(a.lead.headers).expect(400);

    await http().get('/api/v1/reports/monthly/export?month=2026-03&format=pdf').set(a.lead.headers).expect(404);
    const never = await http().get('/api/v1/reports/monthly/charts/placements.svg?to=2020-06').set(a.lead.headers);
    expect(never.status).toBe(404);
    expect(never.body.message).toMatch(/None of the 12 months up to 2020-06/);
    await http().get('/api/v1/reports/monthly/series/export?to=2020-06&format=csv').set(a.lead.headers).expect(404);
    await http()
      .get(`/api/v1/reports/monthly/export?month=${MONTH}&format=csv`)
      .set(a.consultants[0].headers)
      .expect(403);
  });

  it('is for leads and admins only', async () => {
    await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.consultants[0].headers).expect(403);
    await http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.coordinator.headers).expect(403);
    await http()
      .post('/api/v1/reports/monthly/recompute')
      .set(a.consultants[0].headers)
      .send({ month: MONTH })
      .expect(403);
  });

  it('refuses a month that is malformed, out of range or in the future, naming the field', async () => {
    for (const month of ['2026-13', '2026-1', '2026-10-01', '1999-12', 'oktober', '']) {
      const response = await http()
        .get(`/api/v1/reports/monthly?month=${encodeURIComponent(month)}`)
        .set(a.lead.headers)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['month']);
    }
    const missing = await http().get('/api/v1/reports/monthly').set(a.lead.headers).expect(400);
    expect(missing.body.errors[0].field).toBe('month');
    for (const body of [{}, { month: '2026-00' }, { month: 202610 }, { month: '2999-01' }]) {
      const response = await http()
        .post('/api/v1/reports/monthly/recompute')
        .set(a.lead.headers)
        .send(body)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['month']);
    }
    const future = await http()
      .post('/api/v1/reports/monthly/recompute')
      .set(a.lead.headers)
      .send({ month: '2999-01' })
      .expect(400);
    expect(future.body.errors[0].messages[0]).toMatch(/future/);
    await http().get('/api/v1/reports/monthly/history?month=2026-13').set(a.lead.headers).expect(400);
    const series = await http().get('/api/v1/reports/monthly/series?to=2999-01').set(a.lead.headers).expect(400);
    expect(series.body.errors[0].field).toBe('to');
  });
});

describe.each(availableQueueBackends())('The monthly figures job on the %s queue backend', (queue: QueueBackend) => {
  const clock = new SettableClock();
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;

  beforeAll(async () => {
    if (queue === 'redis') await flushRedisDb(REDIS_DB);
    testApp = await createTestApp({ queue, redisDb: REDIS_DB, clock });
    a = await seedJobcentre(testApp, { consultants: 2 });
    b = await seedJobcentre(testApp, { consultants: 1 });
    await buildOctober(testApp, a);
  });
  afterAll(() => testApp?.close());

  const figuresQueue = () => testApp.app.get<Queue>(getQueueToken(MONTHLY_FIGURES_QUEUE));
  /** The job's result, once a worker has finished it. */
  const finished = (jobId: string) =>
    waitFor(async () => {
      const job = await figuresQueue().getJob(jobId);
      return job && (await job.isCompleted()) ? (job.returnvalue as Record<string, unknown>) : null;
    }, 30_000);

  it('is scheduled for the 1st at 04:30 Danish time, and scheduled again when the queue lost it', async () => {
    expect(await figuresQueue().getJobScheduler(MONTHLY_FIGURES_SCHEDULER_ID)).toMatchObject({
      pattern: '30 4 1 * *',
      tz: 'Europe/Copenhagen',
    });
    await figuresQueue().removeJobScheduler(MONTHLY_FIGURES_SCHEDULER_ID);
    await testApp.app.get(MonthlyFiguresScheduler).ensureSchedule();
    expect(await figuresQueue().getJobScheduler(MONTHLY_FIGURES_SCHEDULER_ID)).toMatchObject({ pattern: '30 4 1 * *' });
  });

  it("computes the past month for every jobcentre on the 1st and tells each jobcentre's lead, once", async () => {
    // 04:30 on 1 November in Denmark (CET): the past month is October.
    clock.set('2026-11-01T03:30:00Z');
    const job = await figuresQueue().add('compute-past-month', {});
    const summary = await finished(job.id!);
    expect(summary).toMatchObject({ month: MONTH, computed: expect.any(Number), failed: 0 });

    const snapshots = await testApp.dataSource.query(
      `SELECT jobcentre_id, trigger, requested_by_name, figures FROM monthly_figure_snapshots WHERE month = $1`,
      [MONTH],
    );
    const ofA = snapshots.filter((row: { jobcentre_id: string }) => row.jobcentre_id === a.id);
    expect(ofA).toHaveLength(1);
    expect(ofA[0]).toMatchObject({ trigger: 'schedule', requested_by_name: null });
    expect(ofA[0].figures.intakes.received).toBe(6);
    expect(ofA[0].figures.cooperation).toEqual({ knownCompanies: 5, cooperatingCompanies: 4, share: 0.8 });

    const latest = await testApp.http().get(`/api/v1/reports/monthly?month=${MONTH}`).set(a.lead.headers).expect(200);
    const told = (jobcentreId: string) =>
      testApp.dataSource.query(
        `SELECT subject_id, data, recipient_email FROM notifications
          WHERE event_type = 'monthly-figures-ready' AND jobcentre_id = $1`,
        [jobcentreId],
      );
    expect(await told(a.id)).toEqual([
      {
        subject_id: latest.body.id,
        recipient_email: a.lead.email,
        data: expect.objectContaining({ month: MONTH, reportId: latest.body.id }),
      },
    ]);
    expect(await told(b.id)).toEqual([expect.objectContaining({ recipient_email: b.lead.email })]);

    // The same job again (a retry, or a second worker): nothing computed or told twice.
    const again = await figuresQueue().add('compute-past-month', {});
    const second = await finished(again.id!);
    expect(second).toMatchObject({ month: MONTH, computed: 0, failed: 0 });
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE event_type = 'monthly-figures-ready'`,
    );
    expect(count).toBe(2);
  });
});
