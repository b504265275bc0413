import type { Role } from '@jobbro/platform';
import { contractChecker } from './support/contract';
import { openEventStream } from './support/event-stream';
import {
  ENDPOINTS,
  liveRoutes,
  PUBLIC,
  seedEndpointWorld,
  WORLD_SEED_TIMEOUT,
  type Endpoint,
  type Fixture,
} from './support/endpoints';
import { signIn, type SeededJobcentre } from './support/fixtures';
import type { TestApp } from './support/test-app';

/**
 * Every endpoint × every kind of caller, generated from the live route table: an endpoint added without an entry
 * here (and a rule on the endpoint) fails this test. Denied means 401 (not signed in), 403 (wrong role) or 404 (a
 * record of another jobcentre, or of another employer's company); allowed means anything else but a 5xx.
 */
type Caller =
  | 'anonymous'
  | 'consultant'
  | 'network-coordinator'
  | 'lead'
  | 'admin'
  | 'employer of the company'
  | 'employer of another company'
  | 'integration'
  | 'user of another jobcentre';
const CALLERS: Caller[] = [
  'anonymous',
  'consultant',
  'network-coordinator',
  'lead',
  'admin',
  'employer of the company',
  'employer of another company',
  'integration',
  'user of another jobcentre',
];

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
  let headers: Map<string, Record<string, string>>;
  let emails: Map<string, string>;
  let checkContract: ReturnType<typeof contractChecker>;
  const results: { route: string; caller: Caller; expected: Expected; status: number }[] = [];

  beforeAll(async () => {
    ({ testApp, a, b, fixture, headers, emails } = await seedEndpointWorld());
    checkContract = contractChecker((await testApp.http().get('/docs-json').expect(200)).body);
  }, WORLD_SEED_TIMEOUT);
  afterAll(() => testApp.close());

  it('has an entry for every route the application serves, and no entry for a route it does not serve', () => {
    const live = liveRoutes(testApp).sort();
    expect(live.filter((route) => !(route in ENDPOINTS))).toEqual([]);
    expect(Object.keys(ENDPOINTS).filter((route) => !live.includes(route))).toEqual([]);
  });

  const roleOf = (caller: Caller, endpoint: Endpoint): Role | null => {
    switch (caller) {
      case 'anonymous':
        return null;
      case 'employer of the company':
      case 'employer of another company':
        return 'employer';
      case 'user of another jobcentre':
        return endpoint.allow === PUBLIC ? 'consultant' : endpoint.allow[0];
      default:
        return caller;
    }
  };
  const credentialKey = (caller: Caller, role: Role | null) =>
    caller === 'user of another jobcentre' ? `other:${role}` : caller;

  describe.each(Object.entries(ENDPOINTS))('%s', (route, endpoint) => {
    it.each(CALLERS)('%s', async (caller) => {
      const role = roleOf(caller, endpoint);
      const expected = expectedFor(endpoint, caller, role);
      const [method] = route.split(' ');
      const email = emails.get(credentialKey(caller, role));
      const path = await endpoint.path(fixture, { testApp, a, b, email: caller === 'anonymous' ? undefined : email });
      let callerHeaders = caller === 'anonymous' ? {} : headers.get(credentialKey(caller, role))!;
      if (endpoint.freshSession && email) callerHeaders = (await signIn(testApp, email)).headers;
      if (endpoint.stream) {
        const stream = await openEventStream(testApp, path, callerHeaders);
        stream.close();
        results.push({ route, caller, expected, status: stream.status });
        expect(checkContract(route, stream.status, stream.status === 200 ? '' : stream.body)).toBeNull();
        if (expected === 'allowed') expect(stream.status).toBe(200);
        else expect(stream.status).toBe(expected);
        return;
      }
      const call = testApp
        .http()
        [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path)
        .set(callerHeaders);
      const body =
        caller === 'user of another jobcentre' && endpoint.foreignBody
          ? endpoint.foreignBody(fixture, { testApp, a, b })
          : endpoint.body;
      const response = endpoint.csv
        ? await call.set('Content-Type', 'text/csv').send(endpoint.csv.body)
        : body
          ? await call.send(body)
          : await call;
      // Every session of that user ended: the shared headers get a new one, in place, for the routes after this.
      if (endpoint.endsEverySession && email && caller !== 'anonymous')
        Object.assign(headers.get(credentialKey(caller, role))!, (await signIn(testApp, email)).headers);
      results.push({ route, caller, expected, status: response.status });
      expect(checkContract(route, response.status, response.body)).toBeNull();

      expect(response.status).toBeLessThan(500);
      if (expected === 'allowed') expect([401, 403, 404]).not.toContain(response.status);
      else expect(response.status).toBe(expected);
    });
  });

  it('was filled in whole', () => {
    const cells = Object.keys(ENDPOINTS).length * CALLERS.length;
    expect(results).toHaveLength(cells);
    const denied = results.filter((result) => result.expected !== 'allowed').length;
    // Not vacuous: every kind of caller is refused somewhere, and only public routes let the signed-out caller past.
    // (A share of denied cells would drift as routes open to everyone signed in, like reference data, are added.)
    const refused = new Set(results.filter((result) => result.expected !== 'allowed').map((result) => result.caller));
    expect(CALLERS.filter((caller) => !refused.has(caller))).toEqual([]);
    const openToAnonymous = results.filter((result) => result.caller === 'anonymous' && result.status !== 401);
    const publicRoutes = Object.entries(ENDPOINTS).filter(([, endpoint]) => endpoint.allow === PUBLIC);
    expect(openToAnonymous.map((result) => result.route).sort()).toEqual(publicRoutes.map(([route]) => route).sort());
    console.log(
      `Permission matrix: ${Object.keys(ENDPOINTS).length} endpoints × ${CALLERS.length} callers = ${cells} cells;` +
        ` ${denied} denied, ${cells - denied} allowed`,
    );
  });
});
