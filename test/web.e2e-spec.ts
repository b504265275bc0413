/// <reference lib="dom" />
import axe from 'axe-core';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { startApi, stop, type JobbroProcess } from './support/processes';
import { createTestDatabase, queryDatabase } from './support/test-app';
import { removeDir } from './support/test-infrastructure';

/**
 * The web app in a real browser (Debian's Chromium, driven by playwright-core), served by the built API process as
 * production serves it, on a database with the demo jobcentre seeded. Screenshots go to test-results/screenshots.
 */

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..');
const WEB_DIR = join(ROOT, 'dist/web');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONSULTANT = { name: 'Anna Mikkelsen', email: 'anna.mikkelsen@hedensted.dk' };

let api: JobbroProcess;
let dataDir: string;
let password: string;
let browser: Browser;
let databaseUrl: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jobbro-web-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  databaseUrl = await createTestDatabase();
  [api, browser] = await Promise.all([
    // The demo password file lives next to the embedded PostgreSQL's data directory, which this API never starts.
    startApi({ databaseUrl, env: { DEMO_SEED: 'always', EMBEDDED_POSTGRES_DIR: join(dataDir, 'postgres') } }),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] }),
  ]);
  password = readFileSync(join(dataDir, 'demo-password'), 'utf8').trim();
});

afterAll(async () => {
  await browser?.close();
  if (api) await stop(api);
  removeDir(dataDir);
});

/** A fresh page that records every console error (CSP violations included) and uncaught exception. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
}

describe('serving the web app from the API process', () => {
  it('answers a page request at / and any deep link with index.html, never cached, under a strict CSP', async () => {
    for (const path of ['/', '/vagtskema/123']) {
      const response = await request(api.url!).get(path).set('Accept', 'text/html,application/xhtml+xml');
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
      const response = await request(api.url!).get(asset);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await request(api.url!).get('/assets/missing-abc123.js')).status).toBe(404);
  });

  it('leaves the API, its documentation and the health check alone', async () => {
    const html = 'text/html,application/xhtml+xml';
    const unknownApi = await request(api.url!).get('/api/v1/no-such-thing').set('Accept', html);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers['content-type']).toMatch(/^application\/json/);
    const health = await request(api.url!).get('/health').set('Accept', html);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect(health.body).toHaveProperty('status');
    const docs = await request(api.url!).get('/docs').set('Accept', html);
    expect(docs.status).toBe(200);
    expect(docs.text).not.toContain('<div id="root"></div>');
    // A JSON client asking for a page that does not exist still gets the API's 404, not the app.
    const json = await request(api.url!).get('/somewhere').set('Accept', 'application/json');
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
  const login = await request(api.url!)
    .post('/api/v1/auth/login')
    .send({ email: CONSULTANT.email, password })
    .expect(200);
  const file = async (description: string) =>
    (
      await request(api.url!)
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
    databaseUrl,
    `UPDATE intakes SET received_at = now() - interval '30 hours', reminder_at = now() - interval '10 hours',
       deadline_at = now() - interval '6 hours', breached_at = now() - interval '6 hours' WHERE id = $1`,
    [breached.id],
  );
  await request(api.url!).post('/api/v1/auth/logout').set('Authorization', `Bearer ${login.body.accessToken}`);
  return { breached: breached.id, onTime: onTime.id, deadline: onTime.deadlineAt };
}

describe('GET /api/v1/demo', () => {
  it('says this process seeds the demo jobcentre, and nothing more', async () => {
    const response = await request(api.url!).get('/api/v1/demo').expect(200);
    expect(response.body).toEqual({ demo: true });
  });
});

describe('the web app in Chromium', () => {
  it('signs a consultant in (after a wrong password), shows the shell, and signs out for good', async () => {
    const intakes = await fileIntakes();
    const { page, errors } = await openPage();
    const started = performance.now();
    await page.goto(api.url!);
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
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-error.png'), fullPage: true });

    let accessToken = '';
    page.on('request', (sent) => {
      const header = sent.headers()['authorization'];
      if (sent.url().endsWith('/api/v1/auth/me') && header) accessToken = header.replace(/^Bearer /, '');
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
    await page.screenshot({ path: join(SCREENSHOTS, 'shell.png'), fullPage: true });

    // The tokens are kept in memory only: none in web storage or cookies.
    expect(accessToken).not.toBe('');
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
    );
    expect(stored).not.toContain(accessToken);
    expect(stored).not.toMatch(/eyJ/);
    expect((await page.context().cookies()).length).toBe(0);
    const me = await request(api.url!).get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);
    expect(me.body).toMatchObject({ name: CONSULTANT.name, role: 'consultant' });

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    const after = await request(api.url!).get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);
    expect(after.status).toBe(401);

    // The wrong password's 401 is the only error the console saw: no CSP violation, no exception.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
  });

  it('switches to English', async () => {
    const { page, errors } = await openPage();
    await page.goto(api.url!);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByLabel('Password').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
