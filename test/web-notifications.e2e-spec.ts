/// <reference lib="dom" />
import type { Page } from 'playwright-core';
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
import { randomCvrNumber, waitFor } from './support/fixtures';

/**
 * The inbox and the message settings in a real browser, on the demo jobcentre: a consultant gets a request assigned
 * by hand and sees the unread count in the header, opens the request from its notification, marks the rest read,
 * and chooses e-mail only for new requests; the employer sees the receipt for the request it filed.
 */

jest.setTimeout(180_000);

let world: WebWorld;

beforeAll(async () => {
  world = await startWebWorld();
});

afterAll(() => stopWebWorld(world));

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

const api = () => request(world.url);

/** A request from a new company, assigned to Anna Mikkelsen by the lead (unless the roster gave it to her). */
async function requestForAnna(companyName: string): Promise<string> {
  const lead = await apiSession(world, DEMO_USERS.lead.email);
  const intake = await api()
    .post('/api/v1/intakes')
    .set(lead.headers)
    .send({
      company: { cvrNumber: randomCvrNumber(), name: companyName },
      contactPerson: { name: 'Lise Holm', phone: '+45 75 12 34 56' },
      kind: 'småjob',
      description: 'Ti timer om ugen på lageret',
      channel: 'phone',
    })
    .expect(201);
  const staff = await api().get('/api/v1/staff').set(lead.headers).expect(200);
  const anna = (staff.body.items ?? staff.body).find(
    (member: { email?: string; name: string }) => member.name === DEMO_USERS.consultant.name,
  );
  if (intake.body.assignee?.id !== anna.id) {
    await api()
      .post(`/api/v1/intakes/${intake.body.id}/reassign`)
      .set(lead.headers)
      .send({ assigneeId: anna.id })
      .expect(200);
  }
  return intake.body.id;
}

describe('Inbox and message settings', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(15_000);
  });

  afterAll(() => page.context().close());

  it('shows the unread count in the header and the notification, which leads to its request', async () => {
    const intakeId = await requestForAnna('Bjerre Lager ApS');
    await signInAs(world, page, DEMO_USERS.consultant.email, '/log-ind?next=/beskeder');
    await page.getByRole('heading', { level: 1, name: 'Beskeder' }).waitFor();
    await expect(page.getByTestId('unread-count').textContent()).resolves.toMatch(/ulæste/);
    const title = page.getByRole('heading', { level: 2, name: /Ny henvendelse: Bjerre Lager ApS/ });
    await title.waitFor();
    await expect(title.textContent()).resolves.toContain('Ulæst');
    await expectAccessible(page, 'notifications-inbox');

    await title.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/vagtskema/${intakeId}`);
    await page.getByTestId('inbox-link').click();
    await page.getByRole('heading', { level: 1, name: 'Beskeder' }).waitFor();
    const heading = page.getByRole('heading', { level: 2, name: /Ny henvendelse: Bjerre Lager ApS/ });
    await waitFor(async () => !(await heading.textContent())!.includes('Ulæst'));
  });

  it('marks everything read, and the count in the header goes', async () => {
    await requestForAnna('Kantine K A/S');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Kantine K A\/S/ }).waitFor();
    await page.getByRole('button', { name: 'Markér alle som læst' }).click();
    await page.getByRole('status').filter({ hasText: 'Alle beskeder er markeret som læst.' }).waitFor();
    await page.getByTestId('unread-count').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Kun ulæste' }).click();
    await page.getByText('Du har ingen ulæste beskeder.').waitFor();
    await expectAccessible(page, 'notifications-inbox-read');
  });

  it('saves the channel for each kind of message and the language', async () => {
    await page.getByRole('link', { name: 'Indstillinger for beskeder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger for beskeder' }).waitFor();
    await expectAccessible(page, 'notifications-settings');
    await page.getByRole('radio', { name: 'Ny henvendelse til dig Kun e-mail' }).check();
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page.getByRole('status').filter({ hasText: 'Dine indstillinger er gemt.' }).waitFor();
    const anna = await apiSession(world, DEMO_USERS.consultant.email);
    const saved = await api().get('/api/v1/notifications/preferences').set(anna.headers).expect(200);
    expect(saved.body.choices).toContainEqual({ eventType: 'intake-assigned', channels: 'email', chosen: true });
    expect(errors).toEqual([]);
  });
});

describe("The employer's inbox", () => {
  it('shows the receipt for a request the employer filed, leading to the request', async () => {
    const jens = await apiSession(world, DEMO_USERS.employer.email);
    const companies = await api().get('/api/v1/employer/companies').set(jens.headers).expect(200);
    const company = (companies.body.items ?? companies.body)[0];
    const filed = await api()
      .post('/api/v1/employer/intakes')
      .set(jens.headers)
      .send({
        companyId: company.id,
        contactPerson: { name: 'Jens Juel', phone: '+45 20 30 40 50' },
        kind: 'recruitment',
        description: 'En tømrer til foråret',
      })
      .expect(201);
    const { page, errors } = await openPage(world);
    page.setDefaultTimeout(15_000);
    await signInAs(world, page, DEMO_USERS.employer.email, '/log-ind?next=/beskeder');
    const receipt = page.getByRole('heading', { level: 2, name: /Vi har modtaget jeres henvendelse/ }).first();
    await receipt.waitFor();
    await expectAccessible(page, 'notifications-employer-inbox');
    await receipt.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/mine-henvendelser/${filed.body.id}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
