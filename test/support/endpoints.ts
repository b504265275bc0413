import { randomUUID } from 'node:crypto';
import type { Role } from '@jobbro/platform';
import { TaxonomyService } from '@jobbro/taxonomy';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './fixtures';
import { createTestApp, type TestApp } from './test-app';

/**
 * Every endpoint the API serves, with who may call it and how to reach a real record with it: the permission matrix
 * and the bad-input matrix are both generated from this table and the live route table, so an endpoint added
 * without an entry here fails both.
 */
export const STAFF: Role[] = ['consultant', 'network-coordinator', 'lead', 'admin'];
export const PUBLIC = 'public' as const;

export interface Fixture {
  companyId: string;
  intakeId: string;
  employerIntakeId: string;
  candidateId: string;
  /** A draft posting of the employer's company. */
  postingId: string;
  /** An open posting with room for many placements. */
  openPostingId: string;
  /** A placement of another candidate in the open posting. */
  placementId: string;
  /** A shortlist sent to the employer's company for the open posting, with the fixture's candidate on it. */
  shortlistId: string;
}

export interface Endpoint {
  allow: Role[] | typeof PUBLIC;
  /** The path names a record of jobcentre A ('tenant'), or one of the employer's company ('employer-company'). */
  record?: 'tenant' | 'employer-company';
  /** The concrete path; async when a record is made afresh for each call (for calls that remove it). */
  path: (f: Fixture, call: CallContext) => string | Promise<string>;
  body?: object;
  /**
   * For the user of another jobcentre: a valid body, so the call gets past validation to the record lookup (which
   * finds nothing). Allowed callers send the incomplete `body` instead, so they change nothing.
   */
  foreignBody?: (f: Fixture, call: CallContext) => object;
  /** Calls that end the caller's session get a session of their own. */
  freshSession?: boolean;
  /** Calls that end every session of the caller's user: the matrices sign that user in again after each. */
  endsEverySession?: boolean;
  /**
   * A complete, valid body for an allowed caller, which the bad-input matrix spoils one field at a time: a request
   * that is wrong in one field only must still be refused, and by that field's name.
   */
  validBody?: (f: Fixture, call: CallContext) => object;
  /**
   * For the routes that take a CSV file (the imports): the incomplete file callers send in place of `body` (a header
   * only), and a complete, valid one for the contract test.
   */
  csv?: { body: string; valid: (f: Fixture) => string };
  /**
   * A server-sent events stream: an allowed caller gets 200 and a stream that never ends by itself, so the matrices
   * open it with `openEventStream` (test/support/event-stream.ts), check status and media type, and close it.
   */
  stream?: true;
}

export interface CallContext {
  testApp: TestApp;
  a: SeededJobcentre;
  b: SeededJobcentre;
  /** The caller's sign-in, where the matrix knows it (for routes on the caller's own records: the inbox). */
  email?: string;
}

/** Real ESCO concepts and a Jobbro sector, as the candidates' bodies name them. */
export const OPERATE_FORKLIFT = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
export const STACK_GOODS = 'http://data.europa.eu/esco/skill/3d086228-d7fc-4c23-972a-22b7d44a6173';
export const FORKLIFT_OPERATOR = '8344.1';

/** A complete, valid candidate of jobcentre A. */
export const candidateBody = (_f: Fixture, { a }: CallContext) => ({
  name: 'Sofie Hansen',
  email: 'sofie@example.dk',
  phone: '+45 20 30 40 50',
  externalId: `ext-${Math.random().toString(36).slice(2)}`,
  birthDate: '1990-04-12',
  targetGroup: 'kontanthjælp',
  educationLevel: 'erhvervsfaglig',
  education: 'Lagerassistent',
  postcode: '8722',
  travelReachKm: 25,
  skills: [
    { skill: OPERATE_FORKLIFT, level: 3 },
    { skill: 'stack goods', level: 2 },
  ],
  desiredOccupations: [FORKLIFT_OPERATOR],
  desiredSectors: ['lager-logistik'],
  willingToChangeSector: true,
  hoursPerWeek: 15,
  ladderStep: 3,
  accommodations: 'Kan ikke løfte over 10 kg',
  consultantId: a.consultants[0].id,
  consultantChangeReason: 'Tilknyttet ved første samtale',
  notes: 'Vil gerne starte med få timer',
});

const intakeBody = (f: Fixture) => ({
  companyId: f.companyId,
  contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56', email: 'mette@example.dk' },
  kind: 'småjob',
  description: 'Ti timer om ugen på lageret',
  channel: 'phone',
});

/** A complete småjob a consultant could publish as it is. */
export const postingBody = (f: Pick<Fixture, 'companyId'>) => ({
  companyId: f.companyId,
  kind: 'småjob',
  title: 'Lagermedarbejder, 10 timer om ugen',
  description: 'Pluk og pak på lageret',
  occupation: '8344.1',
  requiredSkills: ['operate forklift'],
  desiredSkills: ['http://data.europa.eu/esco/skill/9685849e-f2b4-490f-85b5-20fc6fff9fda'],
  hoursPerWeek: 10,
  workplacePostcode: '8722',
  startDate: '2027-01-04',
  positions: 2,
  targetGroups: ['kontanthjælp', 'integration'],
  companyVisiblePublicly: true,
});

/** The user account signing in with this e-mail. */
async function accountOf(testApp: TestApp, email: string): Promise<string> {
  const [{ id }] = await testApp.dataSource.query(`SELECT id FROM user_accounts WHERE email = $1`, [email]);
  return id;
}

/** A new consultant of jobcentre A, for calls that deactivate one or change their password. */
const freshUser =
  (action: string) =>
  async (_f: Fixture, { testApp, a }: CallContext): Promise<string> => {
    const created = await testApp
      .http()
      .post('/api/v1/users')
      .set(a.admin.headers)
      .send({
        name: 'Ny Konsulent',
        email: `ny.${Math.random().toString(36).slice(2)}@example.dk`,
        role: 'consultant',
      });
    if (action === 'reactivate') {
      await testApp.http().post(`/api/v1/users/${created.body.id}/deactivate`).set(a.admin.headers).expect(200);
    }
    return `/api/v1/users/${created.body.id}/${action}`;
  };

/**
 * A duty period of its own for calls that change or remove it. Each gets the next free two-minute slot in a range
 * far ahead, because periods of one consultant may not overlap: random slots collided now and then, the create
 * answered 409, and the call went to /duty-roster/undefined.
 */
const DUTY_PERIOD_SLOTS_FROM = Date.parse('2040-01-01T00:00:00Z');
let dutyPeriodsMade = 0;
async function freshDutyPeriod({ testApp, a }: CallContext): Promise<string> {
  const start = DUTY_PERIOD_SLOTS_FROM + dutyPeriodsMade++ * 120_000;
  const period = await testApp
    .http()
    .post('/api/v1/duty-roster')
    .set(a.lead.headers)
    .send({
      consultantId: a.consultants[0].id,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 60_000).toISOString(),
    });
  if (period.status !== 201) throw new Error(`Could not make a duty period: ${period.status} ${period.text}`);
  return `/api/v1/duty-roster/${period.body.id}`;
}

/**
 * A day of its own, far ahead, so the periods the matrices make never share one (periods may not overlap). Days are
 * handed out in turn, not at random: a random day now and then met a taken one, and the create answered 409.
 */
const SHORTAGE_DAYS_FROM = Date.parse('2100-01-01T00:00:00Z');
let shortageDaysTaken = 0;
function nextShortageDay(): string {
  return new Date(SHORTAGE_DAYS_FROM + shortageDaysTaken++ * 24 * 3_600_000).toISOString().slice(0, 10);
}

/** A complete, valid shortage period on a day of its own. */
const shortagePeriodBody = () => {
  const day = nextShortageDay();
  return {
    name: `Mangelområder ${day}`,
    validFrom: day,
    validTo: day,
    rarArea: 'RAR Østjylland',
    sectors: [{ code: 'handvaerk', weight: 1 }],
    occupations: [{ code: '5322.1', weight: 0.5 }],
  };
};

/** A shortage period of jobcentre A of its own, for calls that read, change or remove it. */
async function freshShortagePeriod({ testApp, a }: CallContext): Promise<string> {
  const period = await testApp
    .http()
    .post('/api/v1/shortage-sectors')
    .set(a.headers(a.coordinator.email))
    .send(shortagePeriodBody());
  if (period.status !== 201) throw new Error(`Could not make a shortage period: ${period.status} ${period.text}`);
  return `/api/v1/shortage-sectors/${period.body.id}`;
}

/** The years the matrices' goals take; POST's valid body keeps to the last few, so it never meets one of them. */
const GOAL_YEARS = Array.from({ length: 90 }, (_, index) => 2000 + index);
/** A complete, valid goal for `year` (Hedensted's 2021 goal, moved to that year). */
export const goalBody = (year: number) => ({
  year,
  target: 55,
  baseline: 48,
  baselineOn: `${year - 1}-12-31`,
  deadlineOn: `${year}-12-31`,
  counts: 'members',
  note: 'Vedtaget i beskæftigelsesudvalget',
});
/** The year of the goal made last: PUT's valid body keeps it, so replacing that goal meets no other goal's year. */
let lastGoalYear = 2089;

/** A goal of jobcentre A of its own, in a year no goal of A has (a jobcentre has one goal per year). */
async function freshGoal({ testApp, a }: CallContext): Promise<{ id: string; year: number }> {
  const rows: { year: number }[] = await testApp.dataSource.query(
    'SELECT year FROM code_of_care_goals WHERE jobcentre_id = $1',
    [a.id],
  );
  const taken = new Set(rows.map((row) => row.year));
  const free = GOAL_YEARS.filter((year) => !taken.has(year));
  const year = free[Math.floor(Math.random() * free.length)];
  const goal = await testApp
    .http()
    .post('/api/v1/code-of-care/goals')
    .set(a.headers(a.coordinator.email))
    .send(goalBody(year));
  lastGoalYear = year;
  return { id: goal.body.id, year };
}

/** One goal of jobcentre A to read, made once per test app. */
const readGoals = new WeakMap<TestApp, Promise<{ id: string; year: number }>>();
function readGoal(call: CallContext): Promise<{ id: string; year: number }> {
  if (!readGoals.has(call.testApp)) readGoals.set(call.testApp, freshGoal(call));
  return readGoals.get(call.testApp)!;
}

/** A fresh draft posting of the fixture's company, for calls that change its status. */
async function freshPosting(f: Fixture, { testApp, a }: CallContext): Promise<string> {
  return (await testApp.http().post('/api/v1/postings').set(a.headers()).send(postingBody(f))).body.id;
}

/** A new candidate of jobcentre A, on a new shortlist for the open posting; sent with `send`. */
async function freshShortlist(
  f: Fixture,
  { testApp, a }: CallContext,
  send = false,
): Promise<{ id: string; candidateId: string }> {
  const http = () => testApp.http();
  const candidateId = (
    await http()
      .post('/api/v1/candidates')
      .set(a.headers())
      .send({ name: 'Liste Kandidat', birthDate: '1991-03-04', targetGroup: 'kontanthjælp', ladderStep: 3 })
  ).body.id as string;
  const id = (
    await http()
      .post('/api/v1/shortlists')
      .set(a.headers())
      .send({ postingId: f.openPostingId, entries: [{ candidateId }] })
  ).body.id as string;
  if (send) await http().post(`/api/v1/shortlists/${id}/send`).set(a.headers());
  return { id, candidateId };
}

/**
 * A company of jobcentre A that is a member of its Code of Care network, written straight to the tables (the
 * memberships' own endpoints are tested on their own), with the status event a join records.
 */
export async function freshCodeOfCareMember({ testApp, a }: Pick<CallContext, 'testApp' | 'a'>): Promise<string> {
  const [company] = await testApp.dataSource.query(
    `INSERT INTO companies (jobcentre_id, cvr_number, name) VALUES ($1, $2, 'Netværk ApS') RETURNING id`,
    [a.id, randomCvrNumber()],
  );
  const [membership] = await testApp.dataSource.query(
    `INSERT INTO code_of_care_memberships
       (jobcentre_id, company_id, status, source, pledge_signed_on, pledge_signatory, joined_on)
     VALUES ($1, $2, 'member', 'manual', '2026-01-05', 'Mette Jensen', '2026-01-05') RETURNING id`,
    [a.id, company.id],
  );
  await testApp.dataSource.query(
    `INSERT INTO code_of_care_membership_events (jobcentre_id, membership_id, kind, to_value, effective_on)
     VALUES ($1, $2, 'status', 'member', '2026-01-05')`,
    [a.id, membership.id],
  );
  return membership.id;
}

/** A complete, valid pledge. */
export const pledgeBody = () => ({ kind: 'småjob', quantity: 2, fromOn: '2026-01-05', dueOn: '2026-12-31' });

/** A pledge of a new member of jobcentre A, for calls that change or remove it. */
async function freshPledge(call: CallContext): Promise<string> {
  const membershipId = await freshCodeOfCareMember(call);
  const pledge = await call.testApp
    .http()
    .post(`/api/v1/code-of-care/members/${membershipId}/pledges`)
    .set(call.a.coordinator.headers)
    .send(pledgeBody());
  return `/api/v1/code-of-care/pledges/${pledge.body.id}`;
}

/** An open activity warning of a new member of jobcentre A. */
async function freshActivityWarning(call: CallContext): Promise<string> {
  const membershipId = await freshCodeOfCareMember(call);
  const [warning] = await call.testApp.dataSource.query(
    `INSERT INTO code_of_care_warnings (jobcentre_id, membership_id, kind, inactive_on)
     VALUES ($1, $2, 'inactive-soon', '2026-12-24') RETURNING id`,
    [call.a.id, membershipId],
  );
  return `/api/v1/code-of-care/warnings/${warning.id}/acknowledge`;
}

/** A notification e-mail of jobcentre A that failed for good, written straight to the tables. */
async function freshFailedDelivery({ testApp, a }: Pick<CallContext, 'testApp' | 'a'>): Promise<string> {
  const subjectId = randomUUID();
  const [notification] = await testApp.dataSource.query(
    `INSERT INTO notifications (jobcentre_id, event_type, message_key, recipient_email, recipient_name, language,
                                subject_type, subject_id, in_app)
     VALUES ($1, 'intake-receipt', $2, 'lise@bjerre.example', 'Lise', 'da', 'intake', $3, false) RETURNING id`,
    [a.id, `intake-receipt:${subjectId}:address:lise@bjerre.example`, subjectId],
  );
  const [delivery] = await testApp.dataSource.query(
    `INSERT INTO notification_deliveries (jobcentre_id, notification_id, to_address, message_id, status, attempts,
                                          last_error)
     VALUES ($1, $2, 'lise@bjerre.example', $3, 'failed', 8, '550 No such mailbox here') RETURNING id`,
    [a.id, notification.id, `<${notification.id}@notifications.jobbro>`],
  );
  return delivery.id;
}

/** A company of jobcentre A of its own, for a membership of its own (a company is in the network once). */
async function freshCompany({ testApp, a }: CallContext): Promise<string> {
  const cvrNumber = randomCvrNumber();
  const company = await testApp
    .http()
    .post('/api/v1/companies')
    .set(a.headers())
    .send({ cvrNumber, name: `Netværksfirma ${cvrNumber}` });
  return company.body.id;
}

/**
 * A membership of jobcentre A of its own, as the call needs it: a prospect (version 1), a member (version 1), or a
 * company that left (version 2).
 */
async function freshMembership(
  call: CallContext,
  status: 'prospect' | 'member' | 'left' = 'prospect',
): Promise<string> {
  const http = () => call.testApp.http();
  const coordinator = call.a.headers(call.a.coordinator.email);
  const companyId = await freshCompany(call);
  const body =
    status === 'prospect'
      ? { companyId, status }
      : { companyId, status: 'member', pledgeSignedOn: '2025-01-15', pledgeSignatory: 'Direktør Hansen' };
  const membership = await http().post('/api/v1/code-of-care/members').set(coordinator).send(body);
  if (status === 'left')
    await http()
      .post(`/api/v1/code-of-care/members/${membership.body.id}/leave`)
      .set(coordinator)
      .send({ leftOn: '2025-06-30', reason: 'Lukket', version: 1 });
  return `/api/v1/code-of-care/members/${membership.body.id}`;
}

/** A complete, valid mentor course of the fixture's company. */
export const courseBody = (f: Pick<Fixture, 'companyId'>) => ({
  title: 'Mentoruddannelse',
  provider: 'VIA University College',
  startsOn: '2026-03-02',
  endsOn: '2026-03-27',
  participants: [{ companyId: f.companyId, participants: 3, mentorsTrained: 2 }],
});

/** A complete, valid network event hosted by the fixture's company. */
export const eventBody = (f: Pick<Fixture, 'companyId'>) => ({
  heldOn: '2026-10-08',
  topic: 'Småjobs i praksis',
  location: 'Hedensted Rådhus',
  hostCompanyId: f.companyId,
  attendance: [{ companyId: f.companyId, attendees: 2, sharedKnowledge: true }],
});

/** A course or an event of jobcentre A of its own, for calls that read, change or remove it. */
async function freshCodeOfCareRecord(f: Fixture, { testApp, a }: CallContext, kind: 'courses' | 'events') {
  const record = await testApp
    .http()
    .post(`/api/v1/code-of-care/${kind}`)
    .set(a.headers(a.coordinator.email))
    .send(kind === 'courses' ? courseBody(f) : eventBody(f));
  return `/api/v1/code-of-care/${kind}/${record.body.id}`;
}

/** A past month the reports' rows compute and read. */
const REPORT_MONTH = { month: '2026-01' };

/** Both jobcentres have the report month computed, so every allowed caller finds its own (none is a 404). */
async function computeReportMonth({ testApp, a, b }: CallContext): Promise<void> {
  for (const jobcentre of [a, b]) {
    await testApp.http().post('/api/v1/reports/monthly/recompute').set(jobcentre.lead.headers).send(REPORT_MONTH);
  }
}

// Bodies are deliberately incomplete: an allowed caller gets past the guard and stops at validation, changing nothing.
/** A notification in the caller's own inbox (any record when the caller is not known), to mark read. */
async function ownNotification({ testApp, email }: CallContext): Promise<string> {
  const [account] = email
    ? await testApp.dataSource.query(`SELECT id, jobcentre_id FROM user_accounts WHERE email = $1`, [email])
    : [];
  if (!account) return `/api/v1/notifications/${randomUUID()}/read`;
  const subjectId = randomUUID();
  const [{ id }] = await testApp.dataSource.query(
    `INSERT INTO notifications (jobcentre_id, event_type, message_key, recipient_user_id, language, subject_type,
                                subject_id, data, in_app)
     VALUES ($1, 'intake-assigned', $2, $3, 'da', 'intake', $4, '{}', true) RETURNING id`,
    [account.jobcentre_id, `matrix:${subjectId}`, account.id, subjectId],
  );
  return `/api/v1/notifications/${id}/read`;
}

export const ENDPOINTS: Record<string, Endpoint> = {
  'GET /health': { allow: PUBLIC, path: () => '/health' },
  'GET /api/v1/demo': { allow: PUBLIC, path: () => '/api/v1/demo' },
  'GET /api/v1/public/jobcentres': { allow: PUBLIC, path: () => '/api/v1/public/jobcentres' },
  'GET /api/v1/public/jobcentres/:code': { allow: PUBLIC, path: (_f, { a }) => `/api/v1/public/jobcentres/${a.code}` },
  'GET /api/v1/public/jobcentres/:code/postings': {
    allow: PUBLIC,
    path: (_f, { a }) => `/api/v1/public/jobcentres/${a.code}/postings`,
  },
  'GET /api/v1/public/jobcentres/:code/postings/:id': {
    allow: PUBLIC,
    path: (f, { a }) => `/api/v1/public/jobcentres/${a.code}/postings/${f.openPostingId}`,
  },
  'POST /api/v1/auth/login': {
    allow: PUBLIC,
    path: () => '/api/v1/auth/login',
    body: {},
    validBody: () => ({ email: 'ingen@example.dk', password: 'forkert-kodeord' }),
  },
  'POST /api/v1/auth/refresh': {
    allow: PUBLIC,
    path: () => '/api/v1/auth/refresh',
    body: {},
    validBody: () => ({ refreshToken: 'ukendt-token' }),
  },
  'POST /api/v1/auth/logout': { allow: [...STAFF, 'employer'], path: () => '/api/v1/auth/logout', freshSession: true },
  'POST /api/v1/auth/logout-everywhere': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/auth/logout-everywhere',
    freshSession: true,
    endsEverySession: true,
  },
  'GET /api/v1/auth/me': { allow: [...STAFF, 'employer', 'integration'], path: () => '/api/v1/auth/me' },
  'POST /api/v1/api-keys': {
    allow: ['admin'],
    path: () => '/api/v1/api-keys',
    body: {},
    validBody: () => ({ name: 'Kontaktformular' }),
  },
  'GET /api/v1/api-keys': { allow: ['admin'], path: () => '/api/v1/api-keys' },
  'DELETE /api/v1/api-keys/:id': {
    allow: ['admin'],
    record: 'tenant',
    path: async (_f, { testApp, a }) =>
      '/api/v1/api-keys/' +
      (await testApp.http().post('/api/v1/api-keys').set(a.admin.headers).send({ name: 'spare' })).body.id,
  },
  'GET /api/v1/audit-log': { allow: ['admin'], path: () => '/api/v1/audit-log' },
  'GET /api/v1/users': { allow: ['admin'], path: () => '/api/v1/users' },
  'POST /api/v1/users': {
    allow: ['admin'],
    path: () => '/api/v1/users',
    body: {},
    validBody: () => ({
      name: 'Sara Sørensen',
      email: `sara.${Math.random().toString(36).slice(2)}@example.dk`,
      role: 'consultant',
    }),
  },
  'GET /api/v1/users/:id': {
    allow: ['admin'],
    record: 'tenant',
    path: async (_f, { testApp, a }) => `/api/v1/users/${await accountOf(testApp, a.consultants[0].email)}`,
  },
  'PATCH /api/v1/users/:id': {
    allow: ['admin'],
    record: 'tenant',
    path: async (_f, { testApp, a }) => `/api/v1/users/${await accountOf(testApp, a.consultants[0].email)}`,
    body: { role: 'chef' },
    foreignBody: () => ({ name: 'Overtaget' }),
    validBody: () => ({ name: 'Konsulent 1', role: 'consultant' }),
  },
  'POST /api/v1/users/:id/deactivate': { allow: ['admin'], record: 'tenant', path: freshUser('deactivate') },
  'POST /api/v1/users/:id/reactivate': { allow: ['admin'], record: 'tenant', path: freshUser('reactivate') },
  'POST /api/v1/users/:id/password': { allow: ['admin'], record: 'tenant', path: freshUser('password') },
  'POST /api/v1/companies': {
    allow: [...STAFF, 'integration'],
    path: () => '/api/v1/companies',
    body: {},
    validBody: () => ({
      cvrNumber: randomCvrNumber(),
      name: 'Nyt Firma ApS',
      address: 'Åvej 12',
      postcode: '8722',
      city: 'Hedensted',
      sector: 'håndværk',
      sizeBand: 'small',
      contactPersons: [{ name: 'Mette Jensen', title: 'Ejer', email: 'mette@example.dk', phone: '+45 75 12 34 56' }],
    }),
  },
  'GET /api/v1/companies': { allow: [...STAFF, 'integration'], path: () => '/api/v1/companies' },
  'GET /api/v1/companies/:id': {
    allow: [...STAFF, 'integration'],
    record: 'tenant',
    path: (f) => `/api/v1/companies/${f.companyId}`,
  },
  'PATCH /api/v1/companies/:id': {
    allow: STAFF,
    record: 'tenant',
    path: (f) => `/api/v1/companies/${f.companyId}`,
    body: { sizeBand: 'huge' },
    foreignBody: () => ({ name: 'Overtaget' }),
    validBody: () => ({
      name: 'Firma',
      address: 'Åvej 12',
      contactPersons: [{ name: 'Mette Jensen', email: 'mette@example.dk' }],
    }),
  },
  'GET /api/v1/employer/companies': { allow: ['employer'], path: () => '/api/v1/employer/companies' },
  'GET /api/v1/staff': { allow: STAFF, path: () => '/api/v1/staff' },
  'GET /api/v1/postcodes/:postcode': {
    allow: [...STAFF, 'employer', 'integration'],
    path: () => '/api/v1/postcodes/8722',
  },
  'GET /api/v1/postcodes/:postcode/distance': {
    allow: [...STAFF, 'employer', 'integration'],
    path: () => '/api/v1/postcodes/8722/distance?to=8700',
  },
  'GET /api/v1/taxonomy/skills': {
    allow: [...STAFF, 'employer', 'integration'],
    path: () => '/api/v1/taxonomy/skills?q=truck',
  },
  'GET /api/v1/taxonomy/occupations': {
    allow: [...STAFF, 'employer', 'integration'],
    path: () => '/api/v1/taxonomy/occupations?q=gaffeltruck',
  },
  'GET /api/v1/taxonomy/occupations/:code': {
    allow: [...STAFF, 'employer', 'integration'],
    path: () => '/api/v1/taxonomy/occupations/8344.1',
  },
  'GET /api/v1/taxonomy/sectors': { allow: PUBLIC, path: () => '/api/v1/taxonomy/sectors' },
  'POST /api/v1/intakes': {
    allow: [...STAFF, 'integration'],
    path: () => '/api/v1/intakes',
    body: {},
    validBody: intakeBody,
  },
  'GET /api/v1/intakes': { allow: STAFF, path: () => '/api/v1/intakes' },
  'GET /api/v1/intakes/events': { allow: STAFF, path: () => '/api/v1/intakes/events', stream: true },
  'GET /api/v1/intakes/:id': {
    allow: [...STAFF, 'integration'],
    record: 'tenant',
    path: (f) => `/api/v1/intakes/${f.intakeId}`,
  },
  'GET /api/v1/intakes/:id/history': {
    allow: STAFF,
    record: 'tenant',
    path: (f) => `/api/v1/intakes/${f.intakeId}/history`,
  },
  'POST /api/v1/intakes/:id/claim': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/intakes/${f.intakeId}/claim`,
  },
  'POST /api/v1/intakes/:id/reassign': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/intakes/${f.intakeId}/reassign`,
    body: {},
    foreignBody: (_f, { b }) => ({ assigneeId: b.consultants[0].id }),
    validBody: (_f, { a }) => ({ assigneeId: a.consultants[0].id }),
  },
  'POST /api/v1/intakes/:id/contact-attempts': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/intakes/${f.intakeId}/contact-attempts`,
    body: {},
    foreignBody: () => ({ reached: true }),
    validBody: () => ({ reached: false, note: 'Telefonsvarer' }),
  },
  'POST /api/v1/intakes/:id/close': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/intakes/${f.intakeId}/close`,
    body: {},
    foreignBody: () => ({ outcome: 'no-need', note: 'Ingen behov' }),
    validBody: () => ({ outcome: 'no-need', note: 'Ingen behov' }),
  },
  'POST /api/v1/employer/intakes': {
    allow: ['employer'],
    path: () => '/api/v1/employer/intakes',
    body: {},
    validBody: (f) => {
      const { channel: _channel, ...body } = intakeBody(f);
      return body;
    },
  },
  'GET /api/v1/employer/intakes': { allow: ['employer'], path: () => '/api/v1/employer/intakes' },
  'GET /api/v1/employer/intakes/:id': {
    allow: ['employer'],
    record: 'employer-company',
    path: (f) => `/api/v1/employer/intakes/${f.employerIntakeId}`,
  },
  'POST /api/v1/duty-roster': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/duty-roster',
    body: {},
    validBody: (_f, { a }) => ({
      consultantId: a.consultants[0].id,
      startsAt: '2030-01-07T07:00:00Z',
      endsAt: '2030-01-07T15:00:00Z',
    }),
  },
  'GET /api/v1/duty-roster': { allow: STAFF, path: () => '/api/v1/duty-roster' },
  'PATCH /api/v1/duty-roster/:id': {
    allow: ['lead', 'admin'],
    record: 'tenant',
    path: (_f, call) => freshDutyPeriod(call),
    body: { endsAt: 'snart' },
    foreignBody: () => ({ startsAt: '2031-03-03T07:00:00Z' }),
    validBody: (_f, { a }) => {
      const start = Date.parse('2032-01-01T00:00:00Z') + Math.floor(Math.random() * 1e10);
      return {
        consultantId: a.consultants[0].id,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(),
      };
    },
  },
  'DELETE /api/v1/duty-roster/:id': {
    allow: ['lead', 'admin'],
    record: 'tenant',
    path: (_f, call) => freshDutyPeriod(call),
  },
  'GET /api/v1/duty-desk/settings': { allow: STAFF, path: () => '/api/v1/duty-desk/settings' },
  'GET /api/v1/duty-desk/overview': {
    allow: ['consultant', 'lead', 'admin'],
    path: () => '/api/v1/duty-desk/overview',
  },
  'PUT /api/v1/duty-desk/settings': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/duty-desk/settings',
    body: {},
    validBody: () => ({
      firstContactPolicy: {
        mode: 'working-hours',
        hours: 24,
        timeZone: 'Europe/Copenhagen',
        openingHours: { opensAt: '08:00', closesAt: '15:00' },
        closedDays: { constitutionDay: true, christmasEve: true, newYearsEve: false },
      },
    }),
  },
  'POST /api/v1/candidates': {
    allow: ['consultant', 'lead'],
    path: () => '/api/v1/candidates',
    body: {},
    validBody: candidateBody,
  },
  'GET /api/v1/candidates': { allow: ['consultant', 'lead', 'network-coordinator'], path: () => '/api/v1/candidates' },
  'GET /api/v1/candidates/export.csv': {
    allow: ['consultant', 'lead', 'network-coordinator'],
    path: () => '/api/v1/candidates/export.csv',
  },
  'GET /api/v1/candidates/:id/ladder-steps': {
    allow: ['consultant', 'lead', 'network-coordinator'],
    record: 'tenant',
    path: (f) => `/api/v1/candidates/${f.candidateId}/ladder-steps`,
  },
  'GET /api/v1/candidates/:id/consultant-changes': {
    allow: ['consultant', 'lead', 'network-coordinator'],
    record: 'tenant',
    path: (f) => `/api/v1/candidates/${f.candidateId}/consultant-changes`,
  },
  'GET /api/v1/candidates/:id': {
    allow: ['consultant', 'lead', 'network-coordinator'],
    record: 'tenant',
    path: (f) => `/api/v1/candidates/${f.candidateId}`,
  },
  'PATCH /api/v1/candidates/:id': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/candidates/${f.candidateId}`,
    body: { ladderStep: 0 },
    foreignBody: () => ({ ladderStep: 2, ladderStepReason: 'Afklaret' }),
    validBody: (f, call) => {
      const { externalId: _externalId, ...body } = candidateBody(f, call);
      return { ...body, name: 'Sofie H. Hansen', ladderStep: 2, ladderStepReason: 'Afklaret', hoursPerWeek: 10 };
    },
  },
  'POST /api/v1/candidates/:id/consents': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/candidates/${f.candidateId}/consents`,
    body: {},
    foreignBody: (f) => ({ companyId: f.companyId }),
    validBody: (f) => ({ companyId: f.companyId }),
  },
  'DELETE /api/v1/candidates/:id/consents/:companyId': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: async (f, { testApp, a }) => {
      await testApp
        .http()
        .post(`/api/v1/candidates/${f.candidateId}/consents`)
        .set(a.headers())
        .send({ companyId: f.companyId });
      return `/api/v1/candidates/${f.candidateId}/consents/${f.companyId}`;
    },
  },
  'POST /api/v1/postings': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/postings',
    body: {},
    validBody: (f) => ({ ...postingBody(f), externalId: 'HR-2027-0042' }),
  },
  'POST /api/v1/postings/rule-check': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/postings/rule-check',
    body: {},
    validBody: () => ({
      kind: 'småjob',
      title: 'Lagermedarbejder',
      occupation: '8344.1',
      hoursPerWeek: 10,
      workplacePostcode: '8722',
      startDate: '2027-01-04',
      targetGroups: ['kontanthjælp'],
    }),
  },
  'GET /api/v1/postings': { allow: [...STAFF, 'employer'], path: () => '/api/v1/postings' },
  'GET /api/v1/postings/export.csv': { allow: STAFF, path: () => '/api/v1/postings/export.csv' },
  'GET /api/v1/postings/:id': {
    allow: [...STAFF, 'employer'],
    record: 'employer-company',
    path: (f) => `/api/v1/postings/${f.postingId}`,
  },
  'PATCH /api/v1/postings/:id': {
    allow: [...STAFF, 'employer'],
    record: 'employer-company',
    path: (f) => `/api/v1/postings/${f.postingId}`,
    // Valid but empty: an employer of another company gets past validation to the lookup, and nothing changes.
    body: {},
    validBody: () => ({
      title: 'Lagermedarbejder',
      description: 'Pluk, pak og truckkørsel',
      occupation: 'gaffeltruckfører',
      requiredSkills: ['operate forklift'],
      hoursPerWeek: 12.5,
      workplacePostcode: '8700',
      startDate: '2027-02-01',
      endDate: '2027-12-31',
      positions: 3,
      targetGroups: ['integration'],
      companyVisiblePublicly: false,
    }),
  },
  'POST /api/v1/postings/:id/publish': {
    allow: STAFF,
    record: 'tenant',
    path: async (f, call) => `/api/v1/postings/${await freshPosting(f, call)}/publish`,
  },
  'POST /api/v1/postings/:id/close': {
    allow: STAFF,
    record: 'tenant',
    path: async (f, call) => `/api/v1/postings/${await freshPosting(f, call)}/close`,
  },
  'POST /api/v1/intakes/:id/posting': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: async (f, { testApp, a }) => {
      const intake = await testApp.http().post('/api/v1/intakes').set(a.headers()).send(intakeBody(f));
      await testApp
        .http()
        .post(`/api/v1/intakes/${intake.body.id}/contact-attempts`)
        .set(a.headers())
        .send({ reached: true });
      return `/api/v1/intakes/${intake.body.id}/posting`;
    },
    body: {},
    foreignBody: (f) => {
      const { companyId: _company, ...body } = postingBody(f);
      return body;
    },
    validBody: (f) => {
      const { companyId: _company, ...body } = postingBody(f);
      return body;
    },
  },
  'GET /api/v1/posting-settings': { allow: STAFF, path: () => '/api/v1/posting-settings' },
  'GET /api/v1/postings/:id/matches': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/postings/${f.openPostingId}/matches?limit=5`,
  },
  'GET /api/v1/candidates/:id/matches': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: (f) => `/api/v1/candidates/${f.candidateId}/matches?limit=5`,
  },
  'GET /api/v1/matching/weights': { allow: STAFF, path: () => '/api/v1/matching/weights' },
  'PUT /api/v1/matching/weights': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/matching/weights',
    body: {},
    validBody: () => ({
      requiredSkills: 40,
      desiredSkills: 15,
      occupation: 10,
      shortage: 10,
      ladder: 10,
      hours: 7,
      distance: 8,
    }),
  },
  'GET /api/v1/matching/partners': { allow: STAFF, path: () => '/api/v1/matching/partners' },
  'PUT /api/v1/matching/partners': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/matching/partners',
    body: {},
    validBody: () => ({ partnerCodes: [] }),
  },
  'GET /api/v1/matching/runs': { allow: ['lead', 'admin'], path: () => '/api/v1/matching/runs' },
  'GET /api/v1/matching/runs/:id': {
    allow: ['lead'],
    record: 'tenant',
    path: async (f, { testApp, a }) => {
      const list = await testApp.http().get(`/api/v1/postings/${f.openPostingId}/matches?limit=1`).set(a.lead.headers);
      return `/api/v1/matching/runs/${list.body.matchRunId}`;
    },
  },
  'GET /api/v1/matching/representation': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/matching/representation',
  },
  'PUT /api/v1/posting-settings': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/posting-settings',
    body: {},
    validBody: () => ({
      smaajob: { minHours: 1, maxHours: 15, targetGroups: ['kontanthjælp', 'uddannelseshjælp', 'integration'] },
      voksenlaerling: { minAge: 25 },
      virksomhedspraktik: { maxWeeks: { dagpenge: 4, kontanthjælp: 13, sygedagpenge: null } },
      loentilskud: { maxWeeks: { private: { dagpenge: 26, kontanthjælp: 26 }, public: { dagpenge: 17 } } },
      shortageSectors: ['handvaerk', 'social-sundhed', 'lager-logistik'],
    }),
  },
  'POST /api/v1/placements': {
    allow: ['consultant', 'lead'],
    path: () => '/api/v1/placements',
    body: {},
    validBody: (f) => ({
      postingId: f.openPostingId,
      candidateId: f.candidateId,
      startDate: '2027-01-11',
      hoursPerWeek: 10,
      ladderStep: 4,
    }),
  },
  'GET /api/v1/placements': { allow: ['consultant', 'lead', 'network-coordinator'], path: () => '/api/v1/placements' },
  'GET /api/v1/placements/export.csv': {
    allow: ['consultant', 'lead', 'network-coordinator'],
    path: () => '/api/v1/placements/export.csv',
  },
  'GET /api/v1/placements/:id': {
    allow: ['consultant', 'lead', 'network-coordinator'],
    record: 'tenant',
    path: (f) => `/api/v1/placements/${f.placementId}`,
  },
  'POST /api/v1/placements/:id/end': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: async (f, { testApp, a }) => {
      const http = () => testApp.http();
      const candidate = await http()
        .post('/api/v1/candidates')
        .set(a.headers())
        .send({ name: 'Ole', birthDate: '1985-09-30', targetGroup: 'dagpenge', ladderStep: 2 });
      const placement = await http()
        .post('/api/v1/placements')
        .set(a.headers())
        .send({ postingId: f.openPostingId, candidateId: candidate.body.id });
      return `/api/v1/placements/${placement.body.id}/end`;
    },
    body: {},
    foreignBody: () => ({ reason: 'ended' }),
    validBody: () => ({ reason: 'ordinary-job', note: 'Fast job på lageret', ladderStep: 5 }),
  },
  'POST /api/v1/imports/companies': {
    allow: ['consultant', 'lead', 'admin'],
    path: () => '/api/v1/imports/companies',
    csv: {
      body: 'name\n',
      valid: () => `cvrNumber;name;postcode;contactName\n${randomCvrNumber()};Importeret Firma ApS;8722;Mette Jensen\n`,
    },
  },
  'POST /api/v1/imports/candidates': {
    allow: ['consultant', 'lead', 'admin'],
    path: () => '/api/v1/imports/candidates',
    csv: {
      body: 'name\n',
      valid: () =>
        'externalId;name;birthDate;targetGroup;ladderStep;postcode;skills\n' +
        `imp-${Math.random().toString(36).slice(2)};Jonas Berg;1988-02-03;dagpenge;4;8700;${OPERATE_FORKLIFT}:3\n`,
    },
  },
  'POST /api/v1/imports/postings': {
    allow: ['consultant', 'lead', 'admin'],
    path: () => '/api/v1/imports/postings',
    csv: {
      body: 'title\n',
      valid: (f) =>
        'externalId;companyId;kind;title;occupation;hoursPerWeek;workplacePostcode;startDate;status\n' +
        `imp-${Math.random().toString(36).slice(2)};${f.companyId};ordinary;Lagermedarbejder;8344.1;37;8722;` +
        '2027-01-04;open\n',
    },
  },
  'POST /api/v1/shortlists': {
    allow: ['consultant', 'lead', 'admin'],
    path: () => '/api/v1/shortlists',
    body: {},
    validBody: (f) => ({
      postingId: f.openPostingId,
      entries: [
        {
          candidateId: f.candidateId,
          matchRunId: '5f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10',
          includedAnyway: true,
          note: 'Har kørt truck i ti år',
        },
      ],
    }),
  },
  'GET /api/v1/shortlists': {
    allow: ['consultant', 'lead', 'admin', 'network-coordinator'],
    path: () => '/api/v1/shortlists',
  },
  'GET /api/v1/shortlists/:id': {
    allow: ['consultant', 'lead', 'admin', 'network-coordinator'],
    record: 'tenant',
    path: (f) => `/api/v1/shortlists/${f.shortlistId}`,
  },
  'POST /api/v1/shortlists/:id/entries': {
    allow: ['consultant', 'lead', 'admin'],
    record: 'tenant',
    path: async (f, call) => `/api/v1/shortlists/${(await freshShortlist(f, call)).id}/entries`,
    body: {},
    foreignBody: (f) => ({ entries: [{ candidateId: f.candidateId }] }),
    validBody: (f) => ({
      entries: [{ candidateId: f.candidateId, matchRunId: '5f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10' }],
    }),
  },
  'DELETE /api/v1/shortlists/:id/entries/:candidateId': {
    allow: ['consultant', 'lead', 'admin'],
    record: 'tenant',
    path: async (f, call) => {
      const { id, candidateId } = await freshShortlist(f, call);
      return `/api/v1/shortlists/${id}/entries/${candidateId}`;
    },
  },
  'POST /api/v1/shortlists/:id/send': {
    allow: ['consultant', 'lead', 'admin'],
    record: 'tenant',
    path: async (f, call) => `/api/v1/shortlists/${(await freshShortlist(f, call)).id}/send`,
  },
  'POST /api/v1/shortlists/:id/close': {
    allow: ['consultant', 'lead', 'admin'],
    record: 'tenant',
    path: async (f, call) => `/api/v1/shortlists/${(await freshShortlist(f, call, true)).id}/close`,
  },
  'GET /api/v1/employer/shortlists': { allow: ['employer'], path: () => '/api/v1/employer/shortlists' },
  'GET /api/v1/employer/shortlists/:id': {
    allow: ['employer'],
    record: 'employer-company',
    path: (f) => `/api/v1/employer/shortlists/${f.shortlistId}`,
  },
  'PUT /api/v1/employer/shortlists/:id/entries/:reference/answer': {
    allow: ['employer'],
    record: 'employer-company',
    path: async (f, { testApp }) => {
      const [{ reference }] = await testApp.dataSource.query(
        'SELECT reference FROM shortlist_entries WHERE shortlist_id = $1',
        [f.shortlistId],
      );
      return `/api/v1/employer/shortlists/${f.shortlistId}/entries/${reference}/answer`;
    },
    // Valid, so an employer of another company gets past validation to the lookup (answers may change anyway).
    body: { answer: 'interested' },
    validBody: () => ({ answer: 'not-interested', comment: 'Vi har fundet en anden' }),
  },
  'GET /api/v1/shortage-sectors': { allow: STAFF, path: () => '/api/v1/shortage-sectors' },
  'GET /api/v1/shortage-sectors/current': { allow: STAFF, path: () => '/api/v1/shortage-sectors/current' },
  'GET /api/v1/shortage-sectors/:id': {
    allow: STAFF,
    record: 'tenant',
    path: (_f, call) => freshShortagePeriod(call),
  },
  'POST /api/v1/shortage-sectors': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/shortage-sectors',
    body: {},
    validBody: () => shortagePeriodBody(),
  },
  'PUT /api/v1/shortage-sectors/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (_f, call) => freshShortagePeriod(call),
    body: {},
    foreignBody: () => shortagePeriodBody(),
    validBody: () => shortagePeriodBody(),
  },
  'DELETE /api/v1/shortage-sectors/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (_f, call) => freshShortagePeriod(call),
  },
  'POST /api/v1/shortage-sectors/import': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/shortage-sectors/import',
    csv: {
      body: 'stillingsbetegnelse\n',
      valid: () =>
        'rar_omraade;periode;stillingsbetegnelse;star_kode;vurdering\n' +
        `RAR Østjylland;${3000 + Math.floor(Math.random() * 6000)}-07;Social- og sundhedshjælper;5322.1;` +
        'Mangel på arbejdskraft\n',
    },
  },
  'GET /api/v1/code-of-care/pledges': { allow: STAFF, path: () => '/api/v1/code-of-care/pledges' },
  'POST /api/v1/code-of-care/members/:id/pledges': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/members/${await freshCodeOfCareMember(call)}/pledges`,
    body: {},
    foreignBody: () => pledgeBody(),
    validBody: () => pledgeBody(),
  },
  'PUT /api/v1/code-of-care/pledges/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (_f, call) => freshPledge(call),
    body: {},
    foreignBody: () => ({ ...pledgeBody(), version: 1 }),
    validBody: () => ({ ...pledgeBody(), description: 'To småjobs', version: 1 }),
  },
  'DELETE /api/v1/code-of-care/pledges/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (_f, call) => freshPledge(call),
  },
  'POST /api/v1/code-of-care/activity/recompute': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/code-of-care/activity/recompute',
  },
  'GET /api/v1/code-of-care/activity/latest': {
    allow: STAFF,
    // Both jobcentres have a run, so every allowed caller finds its own (none is a 404).
    path: async (_f, { testApp, a, b }) => {
      for (const jobcentre of [a, b]) {
        await testApp.http().post('/api/v1/code-of-care/activity/recompute').set(jobcentre.coordinator.headers);
      }
      return '/api/v1/code-of-care/activity/latest';
    },
  },
  'GET /api/v1/code-of-care/warnings': { allow: STAFF, path: () => '/api/v1/code-of-care/warnings' },
  // Notifications (the inbox and the preferences of whoever signed in; their own records only).
  'GET /api/v1/notifications': { allow: [...STAFF, 'employer'], path: () => '/api/v1/notifications' },
  'GET /api/v1/notifications/unread-count': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/notifications/unread-count',
  },
  'POST /api/v1/notifications/read-all': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/notifications/read-all',
  },
  'POST /api/v1/notifications/:id/read': { allow: [...STAFF, 'employer'], path: (_f, call) => ownNotification(call) },
  'GET /api/v1/notifications/preferences': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/notifications/preferences',
  },
  'PUT /api/v1/notifications/preferences': {
    allow: [...STAFF, 'employer'],
    path: () => '/api/v1/notifications/preferences',
    body: {},
    validBody: () => ({
      language: 'da',
      allChannels: 'email-and-in-app',
      choices: [{ eventType: 'intake-assigned', channels: 'email-and-in-app' }],
    }),
  },
  'POST /api/v1/code-of-care/warnings/:id/acknowledge': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (_f, call) => freshActivityWarning(call),
  },
  'GET /api/v1/code-of-care/network': { allow: STAFF, path: () => '/api/v1/code-of-care/network' },
  'PUT /api/v1/code-of-care/network': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/code-of-care/network',
    body: {},
    validBody: () => ({ name: 'Code of Care Hedensted', activityWindowMonths: 12, warningDays: 30, version: 1 }),
  },
  'GET /api/v1/code-of-care/members': { allow: STAFF, path: () => '/api/v1/code-of-care/members' },
  'GET /api/v1/code-of-care/members/export.csv': {
    allow: STAFF,
    path: () => '/api/v1/code-of-care/members/export.csv',
  },
  'GET /api/v1/code-of-care/members/:id': {
    allow: STAFF,
    record: 'tenant',
    path: (_f, call) => freshMembership(call),
  },
  'POST /api/v1/code-of-care/members': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/code-of-care/members',
    body: {},
    validBody: (f, { a }) => ({
      companyId: f.companyId,
      status: 'member',
      ownerId: a.coordinator.id,
      note: 'Mødt på erhvervsmessen',
      pledgeSignedOn: '2025-01-15',
      pledgeSignatory: 'Mette Jensen, direktør',
      joinedOn: '2025-02-01',
    }),
  },
  'POST /api/v1/code-of-care/members/:id/join': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `${await freshMembership(call)}/join`,
    body: {},
    foreignBody: () => ({ pledgeSignedOn: '2025-01-15', pledgeSignatory: 'Direktør Hansen', version: 1 }),
    validBody: () => ({
      pledgeSignedOn: '2025-01-15',
      pledgeSignatory: 'Direktør Hansen',
      joinedOn: '2025-02-01',
      note: 'Underskrevet på netværksmødet',
      version: 1,
    }),
  },
  'POST /api/v1/code-of-care/members/:id/leave': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `${await freshMembership(call, 'member')}/leave`,
    body: {},
    foreignBody: () => ({ leftOn: '2025-06-30', reason: 'Lukket', version: 1 }),
    validBody: () => ({ leftOn: '2025-06-30', reason: 'Virksomheden er lukket', version: 1 }),
  },
  'POST /api/v1/code-of-care/members/:id/reopen': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `${await freshMembership(call, 'left')}/reopen`,
    body: {},
    foreignBody: () => ({ on: '2025-08-01', version: 2 }),
    validBody: () => ({ on: '2025-08-01', note: 'Ny direktør, ny interesse', version: 2 }),
  },
  'PATCH /api/v1/code-of-care/members/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (_f, call) => freshMembership(call),
    body: {},
    foreignBody: () => ({ prospectStage: 'meeting', version: 1 }),
    validBody: (_f, { a }) => ({
      prospectStage: 'meeting',
      ownerId: a.coordinator.id,
      note: 'Møde i uge 3',
      version: 1,
    }),
  },
  'POST /api/v1/code-of-care/members/:id/contacts': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `${await freshMembership(call)}/contacts`,
    body: {},
    foreignBody: () => ({ contactedAt: '2025-01-10T10:00:00+01:00', note: 'Ringede' }),
    validBody: () => ({ contactedAt: '2025-01-10T10:00:00+01:00', note: 'Ringede til direktøren' }),
  },
  'GET /api/v1/code-of-care/courses': { allow: STAFF, path: () => '/api/v1/code-of-care/courses' },
  'GET /api/v1/code-of-care/courses/:id': {
    allow: STAFF,
    record: 'tenant',
    path: (f, call) => freshCodeOfCareRecord(f, call, 'courses'),
  },
  'POST /api/v1/code-of-care/courses': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/code-of-care/courses',
    body: {},
    validBody: (f) => courseBody(f),
  },
  'PUT /api/v1/code-of-care/courses/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (f, call) => freshCodeOfCareRecord(f, call, 'courses'),
    body: {},
    foreignBody: (f) => ({ ...courseBody(f), version: 1 }),
    validBody: (f) => ({ ...courseBody(f), version: 1 }),
  },
  'DELETE /api/v1/code-of-care/courses/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (f, call) => freshCodeOfCareRecord(f, call, 'courses'),
  },
  'GET /api/v1/code-of-care/events': { allow: STAFF, path: () => '/api/v1/code-of-care/events' },
  'GET /api/v1/code-of-care/events/:id': {
    allow: STAFF,
    record: 'tenant',
    path: (f, call) => freshCodeOfCareRecord(f, call, 'events'),
  },
  'POST /api/v1/code-of-care/events': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/code-of-care/events',
    body: {},
    validBody: (f) => eventBody(f),
  },
  'PUT /api/v1/code-of-care/events/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (f, call) => freshCodeOfCareRecord(f, call, 'events'),
    body: {},
    foreignBody: (f) => ({ ...eventBody(f), version: 1 }),
    validBody: (f) => ({ ...eventBody(f), version: 1 }),
  },
  'DELETE /api/v1/code-of-care/events/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: (f, call) => freshCodeOfCareRecord(f, call, 'events'),
  },
  'GET /api/v1/code-of-care/goals': { allow: STAFF, path: () => '/api/v1/code-of-care/goals' },
  'POST /api/v1/code-of-care/goals': {
    allow: ['network-coordinator', 'lead'],
    path: () => '/api/v1/code-of-care/goals',
    body: {},
    validBody: () => goalBody(2090 + Math.floor(Math.random() * 11)),
  },
  'GET /api/v1/code-of-care/goals/:id': {
    allow: STAFF,
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/goals/${(await readGoal(call)).id}`,
  },
  'PUT /api/v1/code-of-care/goals/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/goals/${(await freshGoal(call)).id}`,
    body: {},
    foreignBody: () => ({ ...goalBody(2021), version: 1 }),
    validBody: () => ({ ...goalBody(lastGoalYear), target: 60, version: 1 }),
  },
  'DELETE /api/v1/code-of-care/goals/:id': {
    allow: ['network-coordinator', 'lead'],
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/goals/${(await freshGoal(call)).id}`,
  },
  'GET /api/v1/code-of-care/goals/:id/progress': {
    allow: STAFF,
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/goals/${(await readGoal(call)).id}/progress`,
  },
  'GET /api/v1/code-of-care/goals/:id/chart.svg': {
    allow: STAFF,
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/goals/${(await readGoal(call)).id}/chart.svg`,
  },
  'GET /api/v1/code-of-care/progress': {
    allow: STAFF,
    record: 'tenant',
    path: async (_f, call) => `/api/v1/code-of-care/progress?year=${(await readGoal(call)).year}`,
  },
  // Reports (monthly management figures): leads and admins of the jobcentre.
  'GET /api/v1/reports/monthly': {
    allow: ['lead', 'admin'],
    path: async (_f, call) => {
      await computeReportMonth(call);
      return `/api/v1/reports/monthly?month=${REPORT_MONTH.month}`;
    },
  },
  'POST /api/v1/reports/monthly/recompute': {
    allow: ['lead', 'admin'],
    path: () => '/api/v1/reports/monthly/recompute',
    body: {},
    validBody: () => REPORT_MONTH,
  },
  'GET /api/v1/reports/monthly/history': {
    allow: ['lead', 'admin'],
    path: () => `/api/v1/reports/monthly/history?month=${REPORT_MONTH.month}`,
  },
  'GET /api/v1/reports/monthly/series': {
    allow: ['lead', 'admin'],
    path: () => `/api/v1/reports/monthly/series?to=${REPORT_MONTH.month}`,
  },
  'GET /api/v1/reports/monthly/export': {
    allow: ['lead', 'admin'],
    path: async (_f, call) => {
      await computeReportMonth(call);
      return `/api/v1/reports/monthly/export?month=${REPORT_MONTH.month}&format=xlsx`;
    },
  },
  'GET /api/v1/reports/monthly/series/export': {
    allow: ['lead', 'admin'],
    path: async (_f, call) => {
      await computeReportMonth(call);
      return `/api/v1/reports/monthly/series/export?to=${REPORT_MONTH.month}&format=csv`;
    },
  },
  'GET /api/v1/reports/monthly/charts/:name.svg': {
    allow: ['lead', 'admin'],
    path: async (_f, call) => {
      await computeReportMonth(call);
      return `/api/v1/reports/monthly/charts/compliance.svg?to=${REPORT_MONTH.month}`;
    },
  },
  // Notification e-mail (the admins' outbox)
  'GET /api/v1/notification-deliveries': { allow: ['admin'], path: () => '/api/v1/notification-deliveries' },
  'GET /api/v1/notification-deliveries/:id': {
    allow: ['admin'],
    record: 'tenant',
    path: async (_f, call) => `/api/v1/notification-deliveries/${await freshFailedDelivery(call)}`,
  },
  'POST /api/v1/notification-deliveries/:id/retry': {
    allow: ['admin'],
    record: 'tenant',
    path: async (_f, call) => `/api/v1/notification-deliveries/${await freshFailedDelivery(call)}/retry`,
  },
};

/** The OpenAPI document and UI are public by design and served outside Nest's controllers. */
const NOT_CONTROLLER_ROUTES = /^\/docs(\b|-json|-yaml)/;

/** Middleware mounted with `all()` (logging, the global prefix) answers every method; an endpoint answers one. */
const isMiddleware = (route: { methods: Record<string, boolean> }) => Object.keys(route.methods).length > 1;

export function liveRoutes(testApp: TestApp): string[] {
  const express = testApp.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const routes = express.router.stack
    .flatMap((layer) =>
      layer.route && !isMiddleware(layer.route)
        ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
        : [],
    )
    // Nest also registers a route outside the global prefix with a trailing slash: one endpoint, two spellings.
    .map((route) => route.replace(/(.)\/$/, '$1'))
    .filter((route) => !NOT_CONTROLLER_ROUTES.test(route.split(' ')[1]));
  return [...new Set(routes)];
}

/**
 * Seeding the world signs in a dozen users, makes postings (the first loads the ESCO catalogue) and a placement:
 * more than Jest's default 5 s for a hook while other test files share the cores.
 */
export const WORLD_SEED_TIMEOUT = 60_000;

/** Who calls, by kind of caller; the user of another jobcentre by `other:<role>`. */
export interface EndpointWorld {
  testApp: TestApp;
  a: SeededJobcentre;
  b: SeededJobcentre;
  fixture: Fixture;
  headers: Map<string, Record<string, string>>;
  emails: Map<string, string>;
}

/**
 * Two jobcentres with a record of every kind in A, an employer of one of A's companies and of another, API keys, and
 * signed-in callers of every role in both.
 */
export async function seedEndpointWorld(): Promise<EndpointWorld> {
  const headers = new Map<string, Record<string, string>>();
  const emails = new Map<string, string>();
  const testApp = await createTestApp();
  // The taxonomy's search index is built on first use (a second or more): once here, not inside one call's timeout.
  await testApp.app.get(TaxonomyService).search();
  const [a, b] = [
    await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 }),
    await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 }),
  ];
  const http = () => testApp.http();
  const company = async (jobcentre: SeededJobcentre, cvrNumber: string) =>
    (
      await http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber, name: `Firma ${cvrNumber}` })
        .expect(201)
    ).body.id as string;
  const [cvrX, cvrY] = [randomCvrNumber(), randomCvrNumber()];
  const companyId = await company(a, cvrX);
  await company(a, cvrY);
  await company(b, cvrX);
  const employerX = await a.employer([cvrX]);
  const employerY = await a.employer([cvrY]);
  const intake = { contactPerson: { name: 'Mette', phone: '+45 75 12 34 56' }, kind: 'småjob', description: 'Matrix' };
  const candidate = async (name: string) =>
    (
      await http()
        .post('/api/v1/candidates')
        .set(a.headers())
        .send({ name, birthDate: '1990-04-12', targetGroup: 'kontanthjælp', ladderStep: 3 })
        .expect(201)
    ).body.id as string;
  const posting = async (body: object) =>
    (await http().post('/api/v1/postings').set(a.headers()).send(body).expect(201)).body.id as string;
  const openPostingId = await posting({ ...postingBody({ companyId }), kind: 'ordinary', targetGroups: undefined });
  await http().patch(`/api/v1/postings/${openPostingId}`).set(a.headers()).send({ positions: 1000 }).expect(200);
  await http().post(`/api/v1/postings/${openPostingId}/publish`).set(a.headers()).expect(200);
  const placedCandidateId = await candidate('Kim Placeret');
  const fixture: Fixture = {
    postingId: await posting(postingBody({ companyId })),
    openPostingId,
    placementId: (
      await http()
        .post('/api/v1/placements')
        .set(a.headers())
        .send({ postingId: openPostingId, candidateId: placedCandidateId })
        .expect(201)
    ).body.id,
    companyId,
    intakeId: (
      await http()
        .post('/api/v1/intakes')
        .set(a.headers())
        .send({ ...intake, companyId, channel: 'phone' })
        .expect(201)
    ).body.id,
    employerIntakeId: (
      await http()
        .post('/api/v1/employer/intakes')
        .set(employerX.headers)
        .send({ ...intake, companyId })
        .expect(201)
    ).body.id,
    candidateId: await candidate('Sofie Hansen'),
    shortlistId: '',
  };
  fixture.shortlistId = (
    await http()
      .post('/api/v1/shortlists')
      .set(a.headers())
      .send({ postingId: openPostingId, entries: [{ candidateId: fixture.candidateId }] })
      .expect(201)
  ).body.id;
  await http().post(`/api/v1/shortlists/${fixture.shortlistId}/send`).set(a.headers()).expect(200);
  const key = async (jobcentre: SeededJobcentre) => ({
    'X-Api-Key': (
      await http().post('/api/v1/api-keys').set(jobcentre.admin.headers).send({ name: 'matrix' }).expect(201)
    ).body.key as string,
  });
  const staff = { consultant: a.consultants[0], 'network-coordinator': a.coordinator, lead: a.lead, admin: a.admin };
  for (const [role, user] of Object.entries(staff)) {
    headers.set(role, user.headers);
    emails.set(role, user.email);
  }
  headers
    .set('employer of the company', employerX.headers)
    .set('employer of another company', employerY.headers)
    .set('integration', await key(a));
  emails.set('employer of the company', employerX.email).set('employer of another company', employerY.email);
  // The user of another jobcentre takes whichever role each endpoint allows, so only the jobcentre differs.
  const employerB = await b.employer([cvrX]);
  for (const [role, user] of Object.entries({
    consultant: b.consultants[0],
    'network-coordinator': b.coordinator,
    lead: b.lead,
    admin: b.admin,
    employer: employerB,
  })) {
    headers.set(`other:${role}`, user.headers);
    emails.set(`other:${role}`, user.email);
  }
  headers.set('other:integration', await key(b));
  return { testApp, a, b, fixture, headers, emails };
}
