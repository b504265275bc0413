import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { seedJobcentre, signIn, TEST_PASSWORD, type SeededJobcentre } from './support/fixtures';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app';

describe('Sign-in, tokens and API keys (/api/v1/auth, /api/v1/api-keys)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 2 });
  });
  afterAll(() => testApp.close());

  const me = (headers: Record<string, string>) => testApp.http().get('/api/v1/auth/me').set(headers);
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const login = (body: object) => testApp.http().post('/api/v1/auth/login').send(body);

  describe('login', () => {
    it('signs a staff member in with a short-lived access token and a refresh token', async () => {
      const consultant = jobcentre.consultants[0];
      const response = await login({ email: consultant.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
      expect(response.body).toMatchObject({
        tokenType: 'Bearer',
        expiresIn: 900,
        user: { id: consultant.id, name: consultant.name, role: 'consultant', jobcentreId: jobcentre.id },
      });
      expect(response.body.accessToken.split('.')).toHaveLength(3);
      expect(response.body.refreshToken).toMatch(/^[\w-]{43}$/);
      const token = new JwtService().decode(response.body.accessToken);
      expect(token.exp - token.iat).toBe(900);
      expect(token).toMatchObject({ aud: 'jobbro-api', iss: 'jobbro' });
      expect((await me(bearer(response.body.accessToken)).expect(200)).body).toMatchObject({
        id: consultant.id,
        role: 'consultant',
      });
    });

    it('refuses a wrong password and an unknown e-mail alike, without telling which', async () => {
      const wrongPassword = await login({ email: jobcentre.lead.email, password: 'forkert' }).expect(401);
      const unknownEmail = await login({ email: `ingen-${randomUUID()}@x.dk`, password: 'forkert' }).expect(401);
      expect(wrongPassword.body).toEqual(unknownEmail.body);
      expect(wrongPassword.body.message).toBe('The e-mail or the password is wrong');
      expect(JSON.stringify(wrongPassword.body)).not.toMatch(/stack|SELECT|user_accounts/i);
    });

    it('rejects bad input with field-level messages', async () => {
      const response = await login({ email: 'not-an-email', password: '', extra: true }).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'email',
        'extra',
        'password',
      ]);
      await testApp
        .http()
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email":')
        .expect(400);
    });

    it('slows down guessing: after repeated failures an e-mail must wait, even with the right password', async () => {
      const victim = await jobcentre.employer(['10150817']);
      for (let attempt = 0; attempt < 5; attempt++)
        await login({ email: victim.email, password: `gæt-${attempt}` }).expect(401);
      const refused = await login({ email: victim.email, password: TEST_PASSWORD }).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.body.message).toMatch(/try again in \d+ s/);
      // Unknown addresses are slowed down the same way, so the answer does not reveal which e-mails exist.
      const unknown = `ukendt-${randomUUID()}@x.dk`;
      for (let attempt = 0; attempt < 5; attempt++) await login({ email: unknown, password: 'x' }).expect(401);
      await login({ email: unknown, password: 'x' }).expect(429);

      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await login({ email: victim.email, password: TEST_PASSWORD }).expect(200);
    });

    it('refuses a deactivated staff member, and ends their sessions', async () => {
      const member = await seedJobcentre(testApp, { consultants: 1 });
      const consultant = member.consultants[0];
      await me(consultant.headers).expect(200);
      await testApp.dataSource.query('UPDATE staff_members SET active = false WHERE id = $1', [consultant.id]);
      await login({ email: consultant.email, password: TEST_PASSWORD }).expect(401);
      // The session cache keeps a principal for at most 5 s.
      await new Promise((resolve) => setTimeout(resolve, 5_100));
      await me(consultant.headers).expect(401);
    }, 15_000);
  });

  describe('tokens', () => {
    const forge = (
      claims: object,
      options: { secret?: string; audience?: string; expiresIn?: number; issuer?: string } = {},
    ) =>
      new JwtService().sign(claims, {
        secret: options.secret ?? TEST_JWT_SECRET,
        audience: options.audience ?? 'jobbro-api',
        issuer: options.issuer ?? 'jobbro',
        expiresIn: options.expiresIn ?? 60,
        subject: jobcentre.lead.id,
      });
    const sessionOf = (accessToken: string) => (new JwtService().decode(accessToken) as { sid: string }).sid;

    // So the refusals below are about the token.
    it('accepts a token signed with the secret for a live session', async () => {
      await me(bearer(forge({ sid: sessionOf(jobcentre.lead.accessToken) }))).expect(200);
    });

    it('refuses an expired token with 401', async () => {
      const expired = forge({ sid: sessionOf(jobcentre.lead.accessToken) }, { expiresIn: -10 });
      const response = await me(bearer(expired)).expect(401);
      expect(response.body.message).toMatch(/expired/);
    });

    it('refuses a tampered token with 401', async () => {
      const [header, payload, signature] = jobcentre.lead.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const tampered = Buffer.from(JSON.stringify({ ...claims, sid: sessionOf(jobcentre.admin.accessToken) })).toString(
        'base64url',
      );
      await me(bearer(`${header}.${tampered}.${signature}`)).expect(401);
      await me(
        bearer(
          forge({ sid: sessionOf(jobcentre.lead.accessToken) }, { secret: 'another-secret-of-at-least-32-chars!!' }),
        ),
      ).expect(401);
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      await me(bearer(unsigned)).expect(401);
    });

    it('refuses a token for another audience or from another issuer with 401', async () => {
      await me(bearer(forge({ sid: sessionOf(jobcentre.lead.accessToken) }, { audience: 'jobbro-reports' }))).expect(
        401,
      );
      await me(bearer(forge({ sid: sessionOf(jobcentre.lead.accessToken) }, { issuer: 'someone-else' }))).expect(401);
    });

    it('refuses a revoked token: after logout neither the access nor the refresh token works', async () => {
      const session = await signIn(testApp, jobcentre.coordinator.email);
      await me(session.headers).expect(200);
      await testApp.http().post('/api/v1/auth/logout').set(session.headers).expect(204);
      await me(session.headers).expect(401);
      await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await me(jobcentre.coordinator.headers).expect(200);
    });

    it('rotates refresh tokens, and ends the session when a used one comes back', async () => {
      const session = await signIn(testApp, jobcentre.admin.email);
      const refreshed = await testApp
        .http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: session.refreshToken })
        .expect(200);
      expect(refreshed.body.refreshToken).not.toBe(session.refreshToken);
      await me(bearer(refreshed.body.accessToken)).expect(200);

      // The first token again: someone else holds a copy, so the whole session ends.
      await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
      await me(bearer(refreshed.body.accessToken)).expect(401);
    });

    it('rejects malformed authorization and refresh input', async () => {
      await me({ Authorization: 'Basic dXNlcjpwYXNz' }).expect(401);
      await me({ Authorization: 'Bearer' }).expect(401);
      const refresh = await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: 42 }).expect(400);
      expect(refresh.body.errors[0].field).toBe('refreshToken');
      await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: 'never-issued' }).expect(401);
    });
  });

  describe('the web session: refresh token in an httpOnly cookie', () => {
    const cookieOf = (response: { headers: Record<string, unknown> }) =>
      ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
    const tokenIn = (cookies: string[]) => /jobbro_refresh=([^;]*)/.exec(cookies.join('\n'))?.[1];
    const loginWithCookie = (email: string) =>
      login({ email, password: TEST_PASSWORD, refreshTokenIn: 'cookie' }).expect(200);
    const refreshWith = (cookie: string) =>
      testApp.http().post('/api/v1/auth/refresh').set('Cookie', `jobbro_refresh=${cookie}`).send({});

    it('puts the refresh token in an httpOnly, Secure, SameSite=Strict cookie for /api/v1/auth', async () => {
      const response = await loginWithCookie(jobcentre.coordinator.email);
      expect(response.body.refreshToken).toBeUndefined();
      expect(response.body.accessToken.split('.')).toHaveLength(3);
      const [cookie] = cookieOf(response);
      expect(cookie).toMatch(
        /^jobbro_refresh=[\w-]{43}; Path=\/api\/v1\/auth; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
      );
      const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]).getTime();
      expect(Math.abs(expires - new Date(response.body.refreshTokenExpiresAt).getTime())).toBeLessThan(1000);
    });

    it('refreshes from the cookie alone, rotating it, and forgets a cookie that no longer works', async () => {
      const first = tokenIn(cookieOf(await loginWithCookie(jobcentre.coordinator.email)))!;
      const refreshed = await refreshWith(first).expect(200);
      expect(refreshed.body.refreshToken).toBeUndefined();
      await me(bearer(refreshed.body.accessToken)).expect(200);
      const second = tokenIn(cookieOf(refreshed))!;
      expect(second).toMatch(/^[\w-]{43}$/);
      expect(second).not.toBe(first);

      // The used cookie again: the session ends for both holders, and the browser is told to drop it.
      const reused = await refreshWith(first).expect(401);
      expect(cookieOf(reused)[0]).toMatch(/^jobbro_refresh=; Max-Age=0; Path=\/api\/v1\/auth; .*HttpOnly/);
      await refreshWith(second).expect(401);
    });

    it('asks for the token when there is neither a body token nor a cookie; ignores a malformed cookie', async () => {
      const missing = await testApp.http().post('/api/v1/auth/refresh').send({}).expect(400);
      expect(missing.body.errors).toEqual([
        { field: 'refreshToken', messages: ['refreshToken is required, in the body or the session cookie'] },
      ]);
      await refreshWith('%00;;drop table').expect(400);
      const wrongCarrier = await login({ email: 'a@b.dk', password: 'x', refreshTokenIn: 'localStorage' }).expect(400);
      expect(wrongCarrier.body.errors[0]).toEqual({
        field: 'refreshTokenIn',
        messages: ['refreshTokenIn must be one of: body, cookie'],
      });
    });

    it('clears the cookie on logout, and logout-everywhere ends every session of that user only', async () => {
      // The second consultant only: the other tests keep their sessions.
      const user = jobcentre.consultants[1];
      const web = await loginWithCookie(user.email);
      const phone = await signIn(testApp, user.email);
      const other = await signIn(testApp, jobcentre.lead.email);
      const out = await testApp
        .http()
        .post('/api/v1/auth/logout-everywhere')
        .set(bearer(web.body.accessToken))
        .expect(204);
      expect(cookieOf(out)[0]).toMatch(/^jobbro_refresh=; Max-Age=0/);
      await me(bearer(web.body.accessToken)).expect(401);
      await me(phone.headers).expect(401);
      await refreshWith(tokenIn(cookieOf(web))!).expect(401);
      await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);
      await me(other.headers).expect(200);
      await me(user.headers).expect(401);
    });
  });

  describe('API keys', () => {
    it('lets an admin issue a key for intakes, list it without its secret, and revoke it', async () => {
      const created = await testApp
        .http()
        .post('/api/v1/api-keys')
        .set(jobcentre.admin.headers)
        .send({ name: 'Kontaktformular' })
        .expect(201);
      expect(created.body.key).toMatch(/^jbk_[\w-]{8}_[\w-]{43}$/);
      const integration = { 'X-Api-Key': created.body.key };

      const intake = await testApp
        .http()
        .post('/api/v1/intakes')
        .set(integration)
        .send({
          company: { cvrNumber: '10150817', name: 'Juelsminde Byg & Anlæg ApS' },
          contactPerson: { name: 'Jens Juel', email: 'jens@juelsminde-byg.dk' },
          kind: 'recruitment',
          description: 'Sendt fra kontaktformularen',
          channel: 'web',
        })
        .expect(201);
      const history = (
        await testApp.http().get(`/api/v1/intakes/${intake.body.id}/history`).set(jobcentre.lead.headers).expect(200)
      ).body;
      expect(history[0].actor).toEqual({ id: null, name: 'Integration: Kontaktformular' });
      await testApp.http().get('/api/v1/intakes').set(integration).expect(403);

      const listed = (await testApp.http().get('/api/v1/api-keys').set(jobcentre.admin.headers).expect(200)).body;
      const listedKey = listed.find((key: { id: string }) => key.id === created.body.id);
      expect(listedKey).toMatchObject({ name: 'Kontaktformular', keyPrefix: created.body.keyPrefix, revokedAt: null });
      expect(JSON.stringify(listed)).not.toContain(created.body.key.slice(-43));
      const [{ key_hash: stored }] = await testApp.dataSource.query('SELECT key_hash FROM api_keys WHERE id = $1', [
        created.body.id,
      ]);
      expect(stored).not.toContain(created.body.key.slice(-43));

      await testApp.http().delete(`/api/v1/api-keys/${created.body.id}`).set(jobcentre.admin.headers).expect(204);
      await testApp.http().get(`/api/v1/intakes/${intake.body.id}`).set(integration).expect(401);
    });

    it('refuses forged, malformed and unknown keys', async () => {
      await me({ 'X-Api-Key': 'jbk_abcdefgh_' + 'x'.repeat(43) }).expect(401);
      await me({ 'X-Api-Key': 'hemmelig' }).expect(401);
    });

    it('is for admins only, and rejects bad input', async () => {
      await testApp.http().post('/api/v1/api-keys').set(jobcentre.lead.headers).send({ name: 'x' }).expect(403);
      const bad = await testApp
        .http()
        .post('/api/v1/api-keys')
        .set(jobcentre.admin.headers)
        .send({ name: '' })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('name');
      await testApp.http().delete('/api/v1/api-keys/not-a-uuid').set(jobcentre.admin.headers).expect(400);
      await testApp.http().delete(`/api/v1/api-keys/${randomUUID()}`).set(jobcentre.admin.headers).expect(404);
    });
  });

  it('limits refresh calls on their own, more generously than password guesses', async () => {
    const limited = await createTestApp({ env: { AUTH_LOGIN_RATE_LIMIT: '2', AUTH_REFRESH_RATE_LIMIT: '4' } });
    try {
      const refresh = () => limited.http().post('/api/v1/auth/refresh').send({ refreshToken: 'never-issued' });
      // More refreshes than the login limit allows: an office behind one address reloading its pages.
      for (let call = 0; call < 4; call++) await refresh().expect(401);
      const refused = await refresh().expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
      // The refreshes did not use up the logins.
      await limited.http().post('/api/v1/auth/login').send({ email: 'x@x.dk', password: 'x' }).expect(401);
      await limited.http().post('/api/v1/auth/login').send({ email: 'y@x.dk', password: 'x' }).expect(401);
      await limited.http().post('/api/v1/auth/login').send({ email: 'z@x.dk', password: 'x' }).expect(429);
    } finally {
      await limited.close();
    }
  });

  it('rate-limits login calls from one address', async () => {
    const limited = await createTestApp({ env: { AUTH_LOGIN_RATE_LIMIT: '3' } });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        await limited
          .http()
          .post('/api/v1/auth/login')
          .send({ email: `x${attempt}@x.dk`, password: 'x' })
          .expect(401);
      }
      const refused = await limited
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'y@x.dk', password: 'x' })
        .expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
      // Said in words a client can act on, without naming an internal class.
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Too many sign-in requests from this address; wait a minute (see Retry-After) and try again',
      });
    } finally {
      await limited.close();
    }
  });

  it('sets security headers and allows no cross-origin callers unless configured', async () => {
    const response = await testApp.http().get('/health').set('Origin', 'https://evil.example').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const configured = await createTestApp({ env: { CORS_ORIGINS: 'https://jobbro.hedensted.dk' } });
    try {
      const preflight = await configured
        .http()
        .options('/api/v1/intakes')
        .set('Origin', 'https://jobbro.hedensted.dk')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBe('https://jobbro.hedensted.dk');
    } finally {
      await configured.close();
    }
  });
});
