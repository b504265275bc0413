/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import {
  DEMO_USERS,
  openPage,
  screenshot,
  seriousViolations,
  signInAs,
  startWebWorld,
  stopWebWorld,
  type WebWorld,
} from './support/browser';
import { startWorker, stop } from './support/processes';
import { queryDatabase } from './support/test-app';

/**
 * The admins' outgoing e-mail page in a real browser, on the embedded default's outbox (no SMTP_URL): the demo admin
 * reads the list, filters it by status, opens an e-mail with its text, and sends a failed one again, which a worker
 * process then keeps in the outbox as sent; a consultant who opens the page is told it is not theirs.
 */

jest.setTimeout(120_000);

let world: WebWorld;
let page: Page;
let errors: string[];

/** A notification e-mail of the demo jobcentre, written straight to the tables. */
async function mail(status: 'failed' | 'sent', to: string, subject: string): Promise<string> {
  const [{ id: jobcentreId }] = await queryDatabase<{ id: string }>(
    world.databaseUrl,
    `SELECT id FROM jobcentres WHERE code = 'hedensted'`,
  );
  const subjectId = randomUUID();
  const [notification] = await queryDatabase<{ id: string }>(
    world.databaseUrl,
    `INSERT INTO notifications (jobcentre_id, event_type, message_key, recipient_email, recipient_name, language,
                                subject_type, subject_id, data, in_app)
     VALUES ($1, 'intake-receipt', $2, $3, 'Lise Bjerre', 'da', 'intake', $4, $5, false) RETURNING id`,
    [
      jobcentreId,
      `intake-receipt:${subjectId}:address:${to}`,
      to,
      subjectId,
      JSON.stringify({
        intakeId: subjectId,
        companyName: 'Bjerre Byg ApS',
        cvrNumber: '12345674',
        kind: 'recruitment',
        receivedAt: '2026-11-24T08:00:00.000Z',
        deadlineAt: '2026-11-25T08:00:00.000Z',
        jobcentreName: 'Jobcenter Hedensted',
        contactName: 'Lise Bjerre',
      }),
    ],
  );
  const [delivery] = await queryDatabase<{ id: string }>(
    world.databaseUrl,
    `INSERT INTO notification_deliveries (jobcentre_id, notification_id, to_address, message_id, status, attempts,
                                          last_error, transport, subject, text_body, html_body, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'smtp', $8, $9, '<p>Hej</p>', $10) RETURNING id`,
    [
      jobcentreId,
      notification.id,
      to,
      `<${notification.id}@notifications.jobbro>`,
      status,
      status === 'failed' ? 8 : 1,
      status === 'failed' ? '550 No such mailbox here' : null,
      subject,
      `Hej Lise Bjerre,\n\n${subject}\n`,
      status === 'sent' ? new Date() : null,
    ],
  );
  return delivery.id;
}

beforeAll(async () => {
  world = await startWebWorld();
  ({ page, errors } = await openPage(world));
  await signInAs(world, page, DEMO_USERS.admin.email);
});

afterAll(() => stopWebWorld(world));

async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const see = (locator: Locator) => ({
  toContainText: (text: string) => eventually(async () => expect(await locator.innerText()).toContain(text)),
  toHaveCount: (count: number) => eventually(async () => expect(await locator.count()).toBe(count)),
});

it('lists the outbox, filters it, shows one e-mail, and sends a failed one again', async () => {
  const failedId = await mail('failed', 'ukendt@bjerre.example', 'Tak for din henvendelse til Jobcenter Hedensted');
  await mail('sent', 'lise@bjerre.example', 'Kandidater til Lagermedarbejder fra Jobcenter Hedensted');

  await page.goto(`${world.url}/administration`);
  await page.getByRole('link', { name: 'Udgående e-mails' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Udgående e-mails' }).waitFor();
  const table = page.getByRole('table', { name: 'Udgående e-mails, nyeste først' });
  await see(table).toContainText('ukendt@bjerre.example');
  await see(table).toContainText('lise@bjerre.example');
  await see(table).toContainText('550 No such mailbox here');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'mail-outbox');

  await page.getByLabel('Status').selectOption('failed');
  await page.getByRole('button', { name: 'Vis' }).click();
  await page.waitForURL((url) => url.searchParams.get('status') === 'failed');
  await see(table.locator('tbody tr')).toHaveCount(1);
  await see(table).toContainText('Fejlet');

  await page.getByRole('link', { name: 'Læs e-mailen til ukendt@bjerre.example' }).click();
  await page.getByRole('heading', { level: 1, name: 'E-mail til ukendt@bjerre.example' }).waitFor();
  await see(page.locator('pre.mail-body').first()).toContainText('Hej Lise Bjerre,');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'mail-one');

  await page.getByRole('button', { name: 'Send igen' }).click();
  await see(page.getByRole('status').first()).toContainText('E-mailen til ukendt@bjerre.example sendes igen nu.');
  await see(page.locator('dl.facts')).toContainText('Venter');
  // The web world's API runs without workers: a worker process (npm run start:worker) takes it from here, and
  // without SMTP_URL keeps it in the outbox, sent, rendered afresh.
  const worker = await startWorker({ databaseUrl: world.databaseUrl });
  try {
    await eventually(async () => {
      const [row] = await queryDatabase<{ status: string; transport: string }>(
        world.databaseUrl,
        `SELECT status, transport FROM notification_deliveries WHERE id = $1`,
        [failedId],
      );
      expect(row).toEqual({ status: 'sent', transport: 'outbox' });
    }, 20_000);
  } finally {
    await stop(worker);
  }
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'E-mail til ukendt@bjerre.example' }).waitFor();
  await see(page.locator('dl.facts')).toContainText('kun udbakken (ingen mailserver)');
  await see(page.locator('pre.mail-body').first()).toContainText('En virksomhedskonsulent ringer til dig senest');
  await see(page.getByRole('button', { name: 'Send igen' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

it('tells a consultant who opens the page that it is not theirs', async () => {
  const consultant = await openPage(world);
  await signInAs(world, consultant.page, DEMO_USERS.consultant.email);
  await consultant.page.goto(`${world.url}/administration/e-mails`);
  await consultant.page.getByRole('heading', { level: 1, name: 'Denne side er ikke til dig' }).waitFor();
  await see(consultant.page.getByRole('table')).toHaveCount(0);
});
