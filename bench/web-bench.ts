/**
 * npm run bench:web — how fast the web app's first pages are ready on loopback, in Debian's Chromium (playwright-core),
 * served by the built API on a fresh embedded PostgreSQL with the demo jobcentre (`npm run build` first; `npm run
 * bench` does). Target (issue 10): the first page interactive within 1.5 s, its JavaScript within 300 kB gzipped.
 *
 * Each of BENCH_WEB_RUNS (20) runs opens a new browser context, so nothing is cached, and measures from navigation to:
 *  - sign-in, interactive: `/log-ind` until the "Log ind" button is enabled (React rendered, handlers attached);
 *  - the public open jobs: `/job` until the first job is listed (two API reads behind it);
 *  - the consultant's duty desk after signing in: from pressing "Log ind" to the queue's table.
 * Baseline, side by side: the same `/log-ind` with JavaScript off, until DOMContentLoaded: what loopback, the API's
 * static serving and Chromium cost before any of the app's code runs. It also reports, per page, the JavaScript the
 * browser downloaded (gzipped as served over the wire would be: the files' gzip size).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, startApi, stopApi } from './support/api-process';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIR = resolve(__dirname, '../dist/web');
const CONSULTANT = 'anna.mikkelsen@hedensted.dk';

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return `p50 ${at(50).toFixed(0)} ms  p95 ${at(95).toFixed(0)} ms  max ${at(100).toFixed(0)} ms`;
}

/** The gzipped size of the app's scripts this page asked for. */
function scriptKb(paths: Set<string>): string {
  let bytes = 0;
  for (const path of paths) bytes += gzipSync(readFileSync(join(WEB_DIR, path))).length;
  return `${(bytes / 1024).toFixed(1)} kB gzipped in ${paths.size} files`;
}

async function measure(
  browser: Browser,
  options: { javaScriptEnabled?: boolean },
  steps: (page: Page) => Promise<number>,
): Promise<{ ms: number; scripts: Set<string> }> {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', ...options });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (sent) => {
    const path = new URL(sent.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path);
  });
  try {
    return { ms: await steps(page), scripts };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobbro-bench-web-'));
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  // Each run signs in once: more than a minute's login limit from one address allows.
  const api = await startApi(httpPort, pgPort, join(dataDir, 'postgres'), { AUTH_LOGIN_RATE_LIMIT: '10000' });
  const url = `http://127.0.0.1:${httpPort}`;
  const password = readFileSync(join(dataDir, 'demo-password'), 'utf8').trim();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const results: Record<string, { ms: number[]; scripts: Set<string> }> = {};
    const record = (name: string, run: { ms: number; scripts: Set<string> }) => {
      results[name] ??= { ms: [], scripts: new Set() };
      results[name].ms.push(run.ms);
      run.scripts.forEach((script) => results[name].scripts.add(script));
    };

    for (let run = 0; run < RUNS + 1; run++) {
      const warmup = run === 0;
      const baseline = await measure(browser, { javaScriptEnabled: false }, async (page) => {
        const started = performance.now();
        await page.goto(`${url}/log-ind`, { waitUntil: 'domcontentloaded' });
        return performance.now() - started;
      });
      const signIn = await measure(browser, {}, async (page) => {
        const started = performance.now();
        await page.goto(`${url}/log-ind`, { waitUntil: 'commit' });
        const button = page.getByRole('button', { name: 'Log ind' });
        await button.waitFor();
        if (!(await button.isEnabled())) throw new Error('The sign-in button is not enabled');
        return performance.now() - started;
      });
      const openJobs = await measure(browser, {}, async (page) => {
        const started = performance.now();
        await page.goto(`${url}/job`, { waitUntil: 'commit' });
        await page.locator('.job-list h3').first().waitFor();
        return performance.now() - started;
      });
      const dutyDesk = await measure(browser, {}, async (page) => {
        await page.goto(`${url}/log-ind`);
        await page.getByLabel('E-mail').fill(CONSULTANT);
        await page.getByLabel('Adgangskode').fill(password);
        const started = performance.now();
        await page.getByRole('button', { name: 'Log ind' }).click();
        await page
          .getByRole('heading', { level: 1, name: 'Vagtskema' })
          .waitFor()
          .catch(async (error: Error) => {
            throw new Error(`${error.message}\nThe page said: ${await page.locator('main').innerText()}`);
          });
        // The queue as read from the API: its table, or the words saying it is empty.
        await page.locator('table.queue, main p:has-text("Der er ingen")').first().waitFor();
        return performance.now() - started;
      });
      if (warmup) continue;
      record('baseline: /log-ind, JavaScript off, DOMContentLoaded', baseline);
      record('sign-in page interactive (/log-ind)', signIn);
      record('public open jobs listed (/job)', openJobs);
      record('sign-in to the duty desk queue', dutyDesk);
    }

    console.log(`Web app on loopback, ${RUNS} cold runs each (a new browser context per run, nothing cached):`);
    for (const [name, { ms, scripts }] of Object.entries(results)) {
      console.log(`  ${name.padEnd(56)} ${percentiles(ms)}`);
      if (scripts.size > 0 && !name.startsWith('baseline'))
        console.log(`  ${''.padEnd(56)} JavaScript: ${scriptKb(scripts)}`);
    }
    const p95 = [...results['sign-in page interactive (/log-ind)'].ms].sort((a, b) => a - b)[
      Math.ceil(0.95 * RUNS) - 1
    ];
    console.log(
      `Target: first page interactive ≤ 1500 ms: p95 ${p95.toFixed(0)} ms, ${p95 <= 1500 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    await stopApi(api);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
