/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import {
  apiSession,
  DEMO_USERS,
  openPage,
  screenshot,
  seriousViolations,
  signInAs,
  startWebWorld,
  stopWebWorld,
  type WebWorld,
} from './support/browser';
import { queryDatabase } from './support/test-app';

/**
 * The web app's shell in a real browser (Debian's Chromium, driven by playwright-core), served by the built API
 * process as production serves it: sign-in, the session (refresh cookie, silent refresh, sign-out everywhere), the
 * role guard and the first page's size and speed. Each feature's pages have their own test/web-<feature> file.
 */

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..');
const WEB_DIR = join(ROOT, 'dist/web');
const CONSULTANT = DEMO_USERS.consultant;

let world: WebWorld;
let api: { url: string };
let password: string;

beforeAll(async () => {
  world = await startWebWorld();
  api = { url: world.url };
  password = world.password;
});

afterAll(() => stopWebWorld(world));

describe('serving the web app from the API process', () => {
  it('answers a page request at / and any deep link with index.html, never cached, under a strict CSP', async () => {
    for (const path of ['/', '/vagtskema/123']) {
      const response = await request(api.url).get(path).set('Accept', 'text/html,application/xhtml+xml');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    }
  });

  it('serves the hashed assets with a year of immutable caching', async () => {
    const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await request(api.url).get(asset);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await request(api.url).get('/assets/missing-abc123.js')).status).toBe(404);
  });

  it('leaves the API, its documentation and the health check alone', async () => {
    const html = 'text/html,application/xhtml+xml';
    const unknownApi = await request(api.url).get('/api/v1/no-such-thing').set('Accept', html);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers['content-type']).toMatch(/^application\/json/);
    const health = await request(api.url).get('/health').set('Accept', html);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect(health.body).toHaveProperty('status');
    const docs = await request(api.url).get('/docs').set('Accept', html);
    expect(docs.status).toBe(200);
    expect(docs.text).not.toContain('<div id="root"></div>');
    // A JSON client asking for a page that does not exist still gets the API's 404, not the app.
    const json = await request(api.url).get('/somewhere').set('Accept', 'application/json');
    expect(json.status).toBe(404);
    expect(json.text).not.toContain('<div id="root"></div>');
  });

  it("keeps the first page's JavaScript within 300 kB gzipped", () => {
    const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:<script[^>]*src|<link rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(1);
    const gzipped = scripts.reduce((sum, [, src]) => sum + gzipSync(readFileSync(join(WEB_DIR, src))).length, 0);
    console.log(`Web app: the first page's JavaScript is ${(gzipped / 1024).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(300 * 1024);
  });
});

/** Files intakes as the consultant through the API; the first one made overdue in the database (no worker runs). */
async function fileIntakes(): Promise<{ breached: string; onTime: string; deadline: string }> {
  const login = await request(api.url)
    .post('/api/v1/auth/login')
    .send({ email: CONSULTANT.email, password })
    .expect(200);
  const file = async (description: string) =>
    (
      await request(api.url)
        .post('/api/v1/intakes')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .set('Idempotency-Key', randomUUID())
        .send({
          company: { cvrNumber: '10150817', name: 'Juelsminde Byg & Anlæg ApS' },
          contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
          kind: 'småjob',
          description,
          channel: 'phone',
        })
        .expect(201)
    ).body as { id: string; deadlineAt: string };
  const breached = await file('Lagerhjælp 10 timer om ugen');
  const onTime = await file('Voksenlærling som tømrer');
  await queryDatabase(
    world.databaseUrl,
    `UPDATE intakes SET received_at = now() - interval '30 hours', reminder_at = now() - interval '10 hours',
       deadline_at = now() - interval '6 hours', breached_at = now() - interval '6 hours' WHERE id = $1`,
    [breached.id],
  );
  await request(api.url).post('/api/v1/auth/logout').set('Authorization', `Bearer ${login.body.accessToken}`);
  return { breached: breached.id, onTime: onTime.id, deadline: onTime.deadlineAt };
}

describe('GET /api/v1/demo', () => {
  it('says this process seeds the demo jobcentre, and nothing more', async () => {
    const response = await request(api.url).get('/api/v1/demo').expect(200);
    expect(response.body).toEqual({ demo: true });
  });
});

describe('the web app in Chromium', () => {
  it('signs a consultant in (after a wrong password), shows the shell, and signs out for good', async () => {
    const intakes = await fileIntakes();
    const { page, errors } = await openPage(world);
    const started = performance.now();
    await page.goto(api.url);
    const submit = page.getByRole('button', { name: 'Log ind' });
    await submit.waitFor();
    expect(await submit.isEnabled()).toBe(true);
    const interactiveMs = performance.now() - started;
    console.log(`Web app: the sign-in page was interactive after ${interactiveMs.toFixed(0)} ms on loopback`);
    expect(interactiveMs).toBeLessThan(5000);

    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await page.title()).toBe('Log ind · Jobbro');
    // The e-mail field has the focus, and its label names it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.getByTestId('demo-hint').waitFor();
    expect(await page.getByTestId('demo-hint').textContent()).toContain('.data/demo-password');
    expect(await page.getByTestId('demo-hint').textContent()).not.toContain(password);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing typed: the error is announced, and nothing is sent.
    await submit.click();
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toBe('Udfyld både e-mail og adgangskode.');

    await page.getByLabel('E-mail').fill(CONSULTANT.email);
    await page.getByLabel('Adgangskode').fill(`${password}-wrong`);
    await submit.click();
    await page.getByText('E-mail eller adgangskode er forkert.').waitFor();
    expect(await alert.getAttribute('aria-live')).toBe('assertive');
    expect(await page.getByLabel('Adgangskode').getAttribute('aria-describedby')).toBe('sign-in-error');
    expect(await page.getByLabel('Adgangskode').getAttribute('aria-invalid')).toBe('true');
    // What was typed stays.
    expect(await page.getByLabel('E-mail').inputValue()).toBe(CONSULTANT.email);
    await screenshot(page, 'sign-in-error');

    let accessToken = '';
    page.on('request', (sent) => {
      const header = sent.headers()['authorization'];
      if (new URL(sent.url()).pathname === '/api/v1/intakes' && header) accessToken = header.replace(/^Bearer /, '');
    });
    await page.getByLabel('Adgangskode').fill(password);
    await submit.click();

    await page.getByRole('heading', { level: 1, name: 'Vagtskema' }).waitFor();
    // The queue, most urgent deadline first: the breached intake on top, marked in words, not colour only.
    const rows = page.locator('table.queue tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Frist overskredet');
    expect(await rows.nth(1).textContent()).not.toContain('Frist overskredet');
    const danishDeadline = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(new Date(intakes.deadline));
    expect(await rows.nth(1).locator('time').textContent()).toBe(danishDeadline);
    expect(await rows.nth(1).locator('time').getAttribute('datetime')).toBe(intakes.deadline);
    expect(await rows.nth(1).textContent()).toContain('Juelsminde Byg & Anlæg ApS');
    expect(await rows.nth(1).textContent()).toContain('Småjob');
    expect(await page.getByText('2 åbne henvendelser').count()).toBe(1);
    expect(await page.getByTestId('user-name').textContent()).toBe(CONSULTANT.name);
    expect(await page.getByTestId('user-role').textContent()).toBe('Konsulent');
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Gå til indhold' }).getAttribute('href')).toBe('#main');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'duty-desk-queue');

    // The access token is kept in memory only; the refresh token is in a cookie no script can read.
    expect(accessToken).not.toBe('');
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
    );
    expect(stored).not.toContain(accessToken);
    expect(stored).not.toMatch(/eyJ|jobbro_refresh/);
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([
      expect.objectContaining({
        name: 'jobbro_refresh',
        path: '/api/v1/auth',
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
      }),
    ]);
    const me = await request(api.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);
    expect(me.body).toMatchObject({ name: CONSULTANT.name, role: 'consultant' });

    // A reload forgets the access token; the cookie silently brings a new one, and the page stays signed in.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vagtskema' }).waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe(CONSULTANT.name);

    await page.getByRole('button', { name: 'Log ud', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    const after = await request(api.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);
    expect(after.status).toBe(401);
    expect(await page.context().cookies()).toEqual([]);
    // Signed out means signed out: a reload does not bring the session back.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();

    // The wrong password's 401 and the refresh without a session after the last reload are all the console saw:
    // no CSP violation, no exception.
    expect(errors.filter((error) => !/status of 40[01]/.test(error))).toEqual([]);
  });

  it('sends a visitor to sign-in and back; tells another role the page is not theirs', async () => {
    const { page, errors } = await openPage(world);
    await page.goto(`${api.url}/vagtskema`);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/vagtskema');
    await page.getByLabel('E-mail').fill(DEMO_USERS.lead.email);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vagtskema' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/vagtskema');

    // An employer is not staff: the duty desk is not in its menu, and its URL says so instead of showing refusals.
    const employer = await openPage(world);
    await signInAs(world, employer.page, DEMO_USERS.employer.email);
    expect(await employer.page.getByRole('link', { name: 'Vagtskema' }).count()).toBe(0);
    let intakeCalls = 0;
    employer.page.on('request', (sent) => new URL(sent.url()).pathname === '/api/v1/intakes' && intakeCalls++);
    await employer.page.goto(`${api.url}/vagtskema`);
    await employer.page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
    expect(intakeCalls).toBe(0);
    expect(await seriousViolations(employer.page)).toEqual([]);
    await screenshot(employer.page, 'not-yours');

    // A safe landing only: an address of another site after sign-in is ignored.
    const visitor = await openPage(world);
    await visitor.page.goto(`${api.url}/log-ind?next=${encodeURIComponent('//evil.example/phish')}`);
    await visitor.page.getByLabel('E-mail').fill(DEMO_USERS.consultant.email);
    await visitor.page.getByLabel('Adgangskode').fill(password);
    await visitor.page.getByRole('button', { name: 'Log ind' }).click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Vagtskema' }).waitFor();
    expect(new URL(visitor.page.url()).host).toBe(new URL(api.url).host);

    const unknown = await openPage(world);
    await unknown.page.goto(`${api.url}/ingen-side-her`);
    await unknown.page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    expect([...errors, ...employer.errors, ...unknown.errors].filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('signs out everywhere: another browser of that user loses its session, other users keep theirs', async () => {
    const office = await openPage(world);
    const laptop = await openPage(world);
    const colleague = await openPage(world);
    await signInAs(world, office.page, DEMO_USERS.secondConsultant.email);
    await signInAs(world, laptop.page, DEMO_USERS.secondConsultant.email);
    await signInAs(world, colleague.page, DEMO_USERS.lead.email);
    const api = await apiSession(world, DEMO_USERS.secondConsultant.email);

    await office.page.getByRole('button', { name: 'Log ud alle steder' }).click();
    await office.page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect((await request(world.url).get('/api/v1/auth/me').set(api.headers)).status).toBe(401);
    await laptop.page.reload();
    await laptop.page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await colleague.page.reload();
    await colleague.page.getByRole('heading', { level: 1, name: 'Vagtskema' }).waitFor();
  });

  it('switches to English', async () => {
    const { page, errors } = await openPage(world);
    await page.goto(api.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByLabel('Password').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
