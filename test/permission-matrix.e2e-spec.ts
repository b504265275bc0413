import type { Role } from '@jobbro/platform';
import { randomCvrNumber, seedJobcentre, signIn, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Every endpoint × every kind of caller, generated from the live route table: an endpoint added without an entry
 * here (and a rule on the endpoint) fails this test. Denied means 401 (not signed in), 403 (wrong role) or 404 (a
 * record of another jobcentre, or of another employer's company); allowed means anything else but a 5xx.
 */
type Caller = 'anonymous' | 'consultant' | 'network-coordinator' | 'lead' | 'admin' | 'employer of the company' | 'employer of another company' | 'integration' | 'user of another jobcentre';
const CALLERS: Caller[] = ['anonymous', 'consultant', 'network-coordinator', 'lead', 'admin', 'employer of the company', 'employer of another company', 'integration', 'user of another jobcentre'];

const STAFF: Role[] = ['consultant', 'network-coordinator', 'lead', 'admin'];
const PUBLIC = 'public' as const;

interface Fixture {
  companyId: string;
  intakeId: string;
  employerIntakeId: string;
  candidateId: string;
}

interface Endpoint {
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
}

interface CallContext {
  testApp: TestApp;
  a: SeededJobcentre;
  b: SeededJobcentre;
}

// Bodies are deliberately incomplete: an allowed caller gets past the guard and stops at validation, changing nothing.
const ENDPOINTS: Record<string, Endpoint> = {
  'GET /health': { allow: PUBLIC, path: () => '/health' },
  'POST /api/v1/auth/login': { allow: PUBLIC, path: () => '/api/v1/auth/login', body: {} },
  'POST /api/v1/auth/refresh': { allow: PUBLIC, path: () => '/api/v1/auth/refresh', body: {} },
  'POST /api/v1/auth/logout': { allow: [...STAFF, 'employer'], path: () => '/api/v1/auth/logout', freshSession: true },
  'GET /api/v1/auth/me': { allow: [...STAFF, 'employer', 'integration'], path: () => '/api/v1/auth/me' },
  'POST /api/v1/api-keys': { allow: ['admin'], path: () => '/api/v1/api-keys', body: {} },
  'GET /api/v1/api-keys': { allow: ['admin'], path: () => '/api/v1/api-keys' },
  'DELETE /api/v1/api-keys/:id': {
    allow: ['admin'],
    record: 'tenant',
    path: async (_f, { testApp, a }) => `/api/v1/api-keys/${(await testApp.http().post('/api/v1/api-keys').set(a.admin.headers).send({ name: 'spare' })).body.id}`,
  },
  'GET /api/v1/audit-log': { allow: ['admin'], path: () => '/api/v1/audit-log' },
  'POST /api/v1/companies': { allow: [...STAFF, 'integration'], path: () => '/api/v1/companies', body: {} },
  'GET /api/v1/companies': { allow: [...STAFF, 'integration'], path: () => '/api/v1/companies' },
  'GET /api/v1/companies/:id': { allow: [...STAFF, 'integration'], record: 'tenant', path: (f) => `/api/v1/companies/${f.companyId}` },
  'PATCH /api/v1/companies/:id': {
    allow: STAFF, record: 'tenant', path: (f) => `/api/v1/companies/${f.companyId}`, body: { sizeBand: 'huge' }, foreignBody: () => ({ name: 'Overtaget' }),
  },
  'GET /api/v1/employer/companies': { allow: ['employer'], path: () => '/api/v1/employer/companies' },
  'POST /api/v1/intakes': { allow: [...STAFF, 'integration'], path: () => '/api/v1/intakes', body: {} },
  'GET /api/v1/intakes': { allow: STAFF, path: () => '/api/v1/intakes' },
  'GET /api/v1/intakes/:id': { allow: [...STAFF, 'integration'], record: 'tenant', path: (f) => `/api/v1/intakes/${f.intakeId}` },
  'GET /api/v1/intakes/:id/history': { allow: STAFF, record: 'tenant', path: (f) => `/api/v1/intakes/${f.intakeId}/history` },
  'POST /api/v1/intakes/:id/claim': { allow: ['consultant', 'lead'], record: 'tenant', path: (f) => `/api/v1/intakes/${f.intakeId}/claim` },
  'POST /api/v1/intakes/:id/reassign': {
    allow: ['consultant', 'lead'], record: 'tenant', path: (f) => `/api/v1/intakes/${f.intakeId}/reassign`, body: {},
    foreignBody: (_f, { b }) => ({ assigneeId: b.consultants[0].id }),
  },
  'POST /api/v1/intakes/:id/contact-attempts': {
    allow: ['consultant', 'lead'], record: 'tenant', path: (f) => `/api/v1/intakes/${f.intakeId}/contact-attempts`, body: {}, foreignBody: () => ({ reached: true }),
  },
  'POST /api/v1/intakes/:id/close': {
    allow: ['consultant', 'lead'], record: 'tenant', path: (f) => `/api/v1/intakes/${f.intakeId}/close`, body: {},
    foreignBody: () => ({ outcome: 'no-need', note: 'Ingen behov' }),
  },
  'POST /api/v1/employer/intakes': { allow: ['employer'], path: () => '/api/v1/employer/intakes', body: {} },
  'GET /api/v1/employer/intakes': { allow: ['employer'], path: () => '/api/v1/employer/intakes' },
  'GET /api/v1/employer/intakes/:id': { allow: ['employer'], record: 'employer-company', path: (f) => `/api/v1/employer/intakes/${f.employerIntakeId}` },
  'POST /api/v1/duty-roster': { allow: ['lead', 'admin'], path: () => '/api/v1/duty-roster', body: {} },
  'GET /api/v1/duty-roster': { allow: STAFF, path: () => '/api/v1/duty-roster' },
  'DELETE /api/v1/duty-roster/:id': {
    allow: ['lead', 'admin'],
    record: 'tenant',
    path: async (_f, { testApp, a }) => {
      const start = Date.now() + Math.floor(Math.random() * 1e9) + 24 * 3_600_000;
      const period = await testApp.http().post('/api/v1/duty-roster').set(a.lead.headers)
        .send({ consultantId: a.consultants[0].id, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 60_000).toISOString() });
      return `/api/v1/duty-roster/${period.body.id}`;
    },
  },
  'GET /api/v1/duty-desk/settings': { allow: STAFF, path: () => '/api/v1/duty-desk/settings' },
  'PUT /api/v1/duty-desk/settings': { allow: ['lead', 'admin'], path: () => '/api/v1/duty-desk/settings', body: {} },
  'POST /api/v1/candidates': { allow: ['consultant', 'lead'], path: () => '/api/v1/candidates', body: {} },
  'GET /api/v1/candidates': { allow: ['consultant', 'lead', 'network-coordinator'], path: () => '/api/v1/candidates' },
  'GET /api/v1/candidates/:id': { allow: ['consultant', 'lead', 'network-coordinator'], record: 'tenant', path: (f) => `/api/v1/candidates/${f.candidateId}` },
  'PATCH /api/v1/candidates/:id': {
    allow: ['consultant', 'lead'], record: 'tenant', path: (f) => `/api/v1/candidates/${f.candidateId}`, body: { ladderStep: 0 }, foreignBody: () => ({ ladderStep: 2 }),
  },
  'POST /api/v1/candidates/:id/consents': {
    allow: ['consultant', 'lead'], record: 'tenant', path: (f) => `/api/v1/candidates/${f.candidateId}/consents`, body: {},
    foreignBody: (f) => ({ companyId: f.companyId }),
  },
  'DELETE /api/v1/candidates/:id/consents/:companyId': {
    allow: ['consultant', 'lead'],
    record: 'tenant',
    path: async (f, { testApp, a }) => {
      await testApp.http().post(`/api/v1/candidates/${f.candidateId}/consents`).set(a.headers()).send({ companyId: f.companyId });
      return `/api/v1/candidates/${f.candidateId}/consents/${f.companyId}`;
    },
  },
};

/** The OpenAPI document and UI are public by design and served outside Nest's controllers. */
const NOT_CONTROLLER_ROUTES = /^\/docs(\b|-json|-yaml)/;

/** Middleware mounted with `all()` (logging, the global prefix) answers every method; an endpoint answers one. */
const isMiddleware = (route: { methods: Record<string, boolean> }) => Object.keys(route.methods).length > 1;

function liveRoutes(testApp: TestApp): string[] {
  const express = testApp.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  const routes = express.router.stack
    .flatMap((layer) => (layer.route && !isMiddleware(layer.route) ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`) : []))
    // Nest also registers a route outside the global prefix with a trailing slash: one endpoint, two spellings.
    .map((route) => route.replace(/(.)\/$/, '$1'))
    .filter((route) => !NOT_CONTROLLER_ROUTES.test(route.split(' ')[1]));
  return [...new Set(routes)];
}

type Expected = 'allowed' | 401 | 403 | 404;

function expectedFor(endpoint: Endpoint, caller: Caller, role: Role | null): Expected {
  if (endpoint.allow === PUBLIC) return 'allowed';
  if (caller === 'anonymous' || !role) return 401;
  if (!endpoint.allow.includes(role)) return 403;
  if (caller === 'user of another jobcentre' && endpoint.record) return 404;
  if (caller === 'employer of another company' && endpoint.record === 'employer-company') return 404;
  return 'allowed';
}

describe('Permission matrix: every endpoint × every caller', () => {
  let testApp: TestApp;
  let a: SeededJobcentre;
  let b: SeededJobcentre;
  let fixture: Fixture;
  const headers = new Map<string, Record<string, string>>();
  const emails = new Map<string, string>();
  const results: { route: string; caller: Caller; expected: Expected; status: number }[] = [];

  beforeAll(async () => {
    testApp = await createTestApp();
    [a, b] = [await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 }), await seedJobcentre(testApp, { consultants: 1, onDutyFor: 3_600_000 })];
    const http = () => testApp.http();
    const company = async (jobcentre: SeededJobcentre, cvrNumber: string) =>
      (await http().post('/api/v1/companies').set(jobcentre.headers()).send({ cvrNumber, name: `Firma ${cvrNumber}` }).expect(201)).body.id as string;
    const [cvrX, cvrY] = [randomCvrNumber(), randomCvrNumber()];
    const companyId = await company(a, cvrX);
    await company(a, cvrY);
    await company(b, cvrX);
    const employerX = await a.employer([cvrX]);
    const employerY = await a.employer([cvrY]);
    const intake = { contactPerson: { name: 'Mette', phone: '+45 75 12 34 56' }, kind: 'småjob', description: 'Matrix' };
    fixture = {
      companyId,
      intakeId: (await http().post('/api/v1/intakes').set(a.headers()).send({ ...intake, companyId, channel: 'phone' }).expect(201)).body.id,
      employerIntakeId: (await http().post('/api/v1/employer/intakes').set(employerX.headers).send({ ...intake, companyId }).expect(201)).body.id,
      candidateId: (await http().post('/api/v1/candidates').set(a.headers()).send({ name: 'Sofie Hansen', ladderStep: 3 }).expect(201)).body.id,
    };
    const key = async (jobcentre: SeededJobcentre) => ({
      'X-Api-Key': (await http().post('/api/v1/api-keys').set(jobcentre.admin.headers).send({ name: 'matrix' }).expect(201)).body.key as string,
    });
    const staff = { consultant: a.consultants[0], 'network-coordinator': a.coordinator, lead: a.lead, admin: a.admin };
    for (const [role, user] of Object.entries(staff)) {
      headers.set(role, user.headers);
      emails.set(role, user.email);
    }
    headers.set('employer of the company', employerX.headers).set('employer of another company', employerY.headers).set('integration', await key(a));
    emails.set('employer of the company', employerX.email).set('employer of another company', employerY.email);
    // The user of another jobcentre takes whichever role each endpoint allows, so only the jobcentre differs.
    const employerB = await b.employer([cvrX]);
    for (const [role, user] of Object.entries({ consultant: b.consultants[0], 'network-coordinator': b.coordinator, lead: b.lead, admin: b.admin, employer: employerB })) {
      headers.set(`other:${role}`, user.headers);
      emails.set(`other:${role}`, user.email);
    }
    headers.set('other:integration', await key(b));
  });
  afterAll(() => testApp.close());

  it('has an entry for every route the application serves, and no entry for a route it does not serve', () => {
    const live = liveRoutes(testApp).sort();
    expect(live.filter((route) => !(route in ENDPOINTS))).toEqual([]);
    expect(Object.keys(ENDPOINTS).filter((route) => !live.includes(route))).toEqual([]);
  });

  const roleOf = (caller: Caller, endpoint: Endpoint): Role | null => {
    switch (caller) {
      case 'anonymous': return null;
      case 'employer of the company':
      case 'employer of another company': return 'employer';
      case 'user of another jobcentre': return endpoint.allow === PUBLIC ? 'consultant' : endpoint.allow[0];
      default: return caller;
    }
  };
  const credentialKey = (caller: Caller, role: Role | null) => (caller === 'user of another jobcentre' ? `other:${role}` : caller);

  describe.each(Object.entries(ENDPOINTS))('%s', (route, endpoint) => {
    it.each(CALLERS)('%s', async (caller) => {
      const role = roleOf(caller, endpoint);
      const expected = expectedFor(endpoint, caller, role);
      const [method] = route.split(' ');
      const path = await endpoint.path(fixture, { testApp, a, b });
      let callerHeaders = caller === 'anonymous' ? {} : headers.get(credentialKey(caller, role))!;
      const email = emails.get(credentialKey(caller, role));
      if (endpoint.freshSession && email) callerHeaders = (await signIn(testApp, email)).headers;
      const call = testApp.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path).set(callerHeaders);
      const body = caller === 'user of another jobcentre' && endpoint.foreignBody ? endpoint.foreignBody(fixture, { testApp, a, b }) : endpoint.body;
      const response = body ? await call.send(body) : await call;
      results.push({ route, caller, expected, status: response.status });

      expect(response.status).toBeLessThan(500);
      if (expected === 'allowed') expect([401, 403, 404]).not.toContain(response.status);
      else expect(response.status).toBe(expected);
    });
  });

  it('was filled in whole', () => {
    const cells = Object.keys(ENDPOINTS).length * CALLERS.length;
    expect(results).toHaveLength(cells);
    const denied = results.filter((result) => result.expected !== 'allowed').length;
    expect(denied).toBeGreaterThan(cells / 2);
    console.log(`Permission matrix: ${Object.keys(ENDPOINTS).length} endpoints × ${CALLERS.length} callers = ${cells} cells; ${denied} denied, ${cells - denied} allowed`);
  });
});
