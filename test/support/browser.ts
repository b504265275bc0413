/// <reference lib="dom" />
import axe from 'axe-core';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { startApi, stop, type JobbroProcess } from './processes';
import { createTestDatabase } from './test-app';
import { removeDir } from './test-infrastructure';

/**
 * The web app's browser tests share this: the built API process serving the built web app as production does, on
 * a fresh database with the demo jobcentre seeded, and Debian's Chromium driven by playwright-core (never a
 * downloaded browser). Screenshots go to test-results/screenshots, for a reviewer to look at without running anything.
 */

export const SCREENSHOTS = join(__dirname, '../../test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The demo jobcentre's users (apps/api/src/demo): one of each role, and the employer of Juelsminde Byg. */
export const DEMO_USERS = {
  consultant: { name: 'Anna Mikkelsen', email: 'anna.mikkelsen@hedensted.dk' },
  secondConsultant: { name: 'Bo Christensen', email: 'bo.christensen@hedensted.dk' },
  lead: { name: 'Dorte Lund', email: 'dorte.lund@hedensted.dk' },
  coordinator: { name: 'Erik Nørgaard', email: 'erik.noergaard@hedensted.dk' },
  admin: { name: 'Frida Vestergaard', email: 'frida.vestergaard@hedensted.dk' },
  employer: { name: 'Jens Juel', email: 'jens@juelsminde-byg.dk', cvrNumber: '10150817' },
} as const;

export interface WebWorld {
  url: string;
  password: string;
  databaseUrl: string;
  browser: Browser;
  api: JobbroProcess;
  dataDir: string;
}

export async function startWebWorld(): Promise<WebWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-web-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const databaseUrl = await createTestDatabase();
  const [api, browser] = await Promise.all([
    // The demo password file lives next to the embedded PostgreSQL's data directory, which this API never starts.
    startApi({ databaseUrl, env: { DEMO_SEED: 'always', EMBEDDED_POSTGRES_DIR: join(dataDir, 'postgres') } }),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] }),
  ]);
  const password = readFileSync(join(dataDir, 'demo-password'), 'utf8').trim();
  return { url: api.url!, password, databaseUrl, browser, api, dataDir };
}

export async function stopWebWorld(world: WebWorld | undefined): Promise<void> {
  if (!world) return;
  await world.browser.close();
  await stop(world.api);
  removeDir(world.dataDir);
}

/**
 * A fresh browser context and page that records every console error (CSP violations included) and uncaught
 * exception. Danish unless asked otherwise, and in Copenhagen time whatever the machine's zone.
 */
export async function openPage(
  world: WebWorld,
  options: { locale?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await world.browser.newContext({
    locale: options.locale ?? 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Signs in through the sign-in page as a demo user, and waits until the first page after it has its heading. */
export async function signInAs(world: WebWorld, page: Page, email: string, path = '/log-ind'): Promise<void> {
  await page.goto(`${world.url}${path}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(world.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname !== '/log-ind');
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** An API session of a demo user, for arranging what a test's browser then sees. */
export async function apiSession(
  world: WebWorld,
  email: string,
): Promise<{ accessToken: string; headers: Record<string, string> }> {
  const login = await request(world.url).post('/api/v1/auth/login').send({ email, password: world.password });
  if (login.status !== 200) throw new Error(`Sign-in of ${email} answered ${login.status}`);
  return { accessToken: login.body.accessToken, headers: { Authorization: `Bearer ${login.body.accessToken}` } };
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules, best practice). */
export async function seriousViolations(page: Page): Promise<string[]> {
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

/** Saves the whole page as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
