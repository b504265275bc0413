import type { Role } from '@jobbro/platform';
import { contractChecker } from './support/contract';
import { openEventStream } from './support/event-stream';
import {
  ENDPOINTS,
  PUBLIC,
  seedEndpointWorld,
  WORLD_SEED_TIMEOUT,
  type Endpoint,
  type EndpointWorld,
} from './support/endpoints';
import { signIn, TEST_PASSWORD } from './support/fixtures';

/**
 * Every route called the way a client means to, once, by a caller it is for: it must succeed, and its answer must
 * match the schema the OpenAPI document declares for it. Together with the permission and bad-input matrices, which
 * check every error answer the same way, this holds the whole contract to what the code really sends.
 */
describe('The contract holds for a successful call of every route', () => {
  let world: EndpointWorld;
  let checkContract: ReturnType<typeof contractChecker>;

  beforeAll(async () => {
    world = await seedEndpointWorld();
    checkContract = contractChecker((await world.testApp.http().get('/docs-json').expect(200)).body);
  }, WORLD_SEED_TIMEOUT);
  afterAll(() => world.testApp.close());

  const callerHeaders = async (route: string, endpoint: Endpoint): Promise<Record<string, string>> => {
    // The first consultant holds the fixture intake already; the lead may claim it.
    const role: Role | null = endpoint.allow === PUBLIC ? null : route.endsWith('/claim') ? 'lead' : endpoint.allow[0];
    if (role === null) return {};
    if (role === 'employer') return world.headers.get('employer of the company')!;
    return endpoint.freshSession
      ? (await signIn(world.testApp, world.emails.get(role)!)).headers
      : world.headers.get(role)!;
  };

  /** Bodies that only a live session can give: a real password, an unused refresh token. */
  const bodyFor = async (route: string, endpoint: Endpoint) => {
    if (route === 'POST /api/v1/auth/login') return { email: world.emails.get('consultant'), password: TEST_PASSWORD };
    if (route === 'POST /api/v1/auth/refresh')
      return { refreshToken: (await signIn(world.testApp, world.emails.get('lead')!)).refreshToken };
    return endpoint.validBody?.(world.fixture, world);
  };

  it.each(Object.entries(ENDPOINTS))('%s', async (route, endpoint) => {
    const { testApp, fixture } = world;
    if (route === 'POST /api/v1/intakes/:id/close') {
      // Only a company that was reached can be closed on.
      await testApp
        .http()
        .post(`/api/v1/intakes/${fixture.intakeId}/contact-attempts`)
        .set(world.headers.get('consultant')!)
        .send({ reached: true })
        .expect(200);
    }
    const [method] = route.split(' ');
    // The caller's own records (the inbox) are made for the caller: the first role the route allows.
    const callerRole = endpoint.allow === PUBLIC ? null : endpoint.allow[0];
    const email = callerRole && callerRole !== 'employer' ? world.emails.get(callerRole) : undefined;
    const path = await endpoint.path(fixture, { ...world, email });
    if (endpoint.stream) {
      // A stream has no JSON body to check: its status, its media type and its first bytes are the contract.
      const stream = await openEventStream(testApp, path, await callerHeaders(route, endpoint));
      stream.close();
      expect({ status: stream.status, contentType: stream.contentType }).toEqual({
        status: 200,
        contentType: expect.stringMatching(/^text\/event-stream/),
      });
      expect(checkContract(route, stream.status, '')).toBeNull();
      return;
    }
    const call = testApp
      .http()
      [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path)
      .set(await callerHeaders(route, endpoint));
    const body = await bodyFor(route, endpoint);
    const response = endpoint.csv
      ? await call.set('Content-Type', 'text/csv').send(endpoint.csv.valid(world.fixture))
      : body
        ? await call.send(body)
        : await call;
    if (endpoint.endsEverySession) {
      const role = endpoint.allow === PUBLIC ? null : endpoint.allow[0];
      const shared =
        role === 'employer' ? world.headers.get('employer of the company') : role && world.headers.get(role);
      const email = role === 'employer' ? undefined : role && world.emails.get(role);
      if (shared && email) Object.assign(shared, (await signIn(testApp, email)).headers);
    }
    expect({ status: response.status, body: response.status >= 300 ? response.body : 'ok' }).toEqual({
      status: expect.any(Number),
      body: 'ok',
    });
    expect(checkContract(route, response.status, response.body)).toBeNull();
  });
});
