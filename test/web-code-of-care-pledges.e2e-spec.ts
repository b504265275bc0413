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

/**
 * What members commit to and take part in, kept from the browser by the network coordinator: a member's pledges
 * (added, a bad quantity refused beside its field first; changed; a change made meanwhile refused with a message;
 * deleted after a confirmation), mentor courses and network events on the network page (a list of companies with
 * their figures, added with the company search; created, refused, changed and deleted). Each result is read back
 * from the API. A consultant sees none of the buttons.
 */

jest.setTimeout(240_000);

let world: WebWorld;
let headers: Record<string, string>;

beforeAll(async () => {
  world = await startWebWorld();
  ({ headers } = await apiSession(world, DEMO_USERS.coordinator.email));
});

afterAll(() => stopWebWorld(world));

async function expectAccessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);

interface MemberRow {
  id: string;
  company: { id: string; name: string };
}

describe('pledges on the member page', () => {
  let page: Page;
  let errors: string[];
  let member: MemberRow;
  const pledgesOf = async () =>
    (await request(world.url).get('/api/v1/code-of-care/pledges').query({ membershipId: member.id }).set(headers)).body
      .items as { id: string; kind: string; quantity: number; dueOn: string; description: string | null }[];

  beforeAll(async () => {
    const members = await request(world.url)
      .get('/api/v1/code-of-care/members')
      .query({ status: 'member', limit: 100 })
      .set(headers);
    member = members.body.items[0];
    ({ page, errors } = await openPage(world));
    page.setDefaultTimeout(15_000);
    await signInAs(world, page, DEMO_USERS.coordinator.email, `/log-ind?next=/code-of-care/medlemmer/${member.id}`);
    await page.getByRole('heading', { level: 1, name: `${member.company.name} i Code of Care` }).waitFor();
  });

  afterAll(() => page.context().close());

  const section = () => page.getByRole('region', { name: 'Løfter', exact: true });

  it('adds a pledge: a quantity of 0 refused beside the field first, then saved and shown', async () => {
    const before = (await pledgesOf()).length;
    await section().getByRole('button', { name: 'Tilføj løfte' }).click();
    const form = page.getByRole('form', { name: `Nyt løfte fra ${member.company.name}` });
    await form.waitFor();
    await expect(focusedName(page)).resolves.toBe('kind');
    await expectAccessible(page, 'coc-pledge-new');

    await form.getByLabel('Hvad lover virksomheden?').selectOption('småjob');
    await form.getByLabel('Antal').fill('0');
    await form.getByLabel('Frist').fill('2099-12-31');
    await form.getByLabel('Beskrivelse (valgfrit)').fill('Tre småjobs i kantinen');
    await form.getByRole('button', { name: 'Tilføj løfte' }).click();
    await form.locator('input[name="quantity"][aria-invalid="true"]').waitFor();
    await form.locator('.field-invalid .field-error').first().waitFor();
    await page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' }).waitFor();
    // What was typed stays.
    await expect(form.getByLabel('Beskrivelse (valgfrit)').inputValue()).resolves.toBe('Tre småjobs i kantinen');
    await expectAccessible(page, 'coc-pledge-refused');

    await form.getByLabel('Antal').fill('3');
    await form.getByRole('button', { name: 'Tilføj løfte' }).click();
    const status = section().getByRole('status').filter({ hasText: 'Løftet om Småjob er gemt.' });
    await status.waitFor();
    await expect(status.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const table = section().getByRole('table', { name: 'Virksomhedens løfter med det, der er leveret indtil nu' });
    await table.getByRole('row', { name: /Tre småjobs i kantinen/ }).waitFor();
    await expectAccessible(page, 'coc-pledge-added');

    const pledges = await pledgesOf();
    expect(pledges).toHaveLength(before + 1);
    expect(pledges.find((each) => each.description === 'Tre småjobs i kantinen')).toMatchObject({
      kind: 'småjob',
      quantity: 3,
      dueOn: '2099-12-31',
    });
  });

  it('changes a pledge, and refuses a change when someone else changed it first', async () => {
    const pledge = (await pledgesOf()).find((each) => each.description === 'Tre småjobs i kantinen')!;
    const row = section().getByRole('row', { name: /Tre småjobs i kantinen/ });
    await row.getByRole('button', { name: 'Ret løftet om Småjob' }).click();
    const form = page.getByRole('form', { name: 'Ret løftet om Småjob' });
    await form.waitFor();
    await expect(form.getByLabel('Antal').inputValue()).resolves.toBe('3');
    await expectAccessible(page, 'coc-pledge-edit');

    // Escape leaves the form and returns the focus to its button.
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await expect(focusedText(page)).resolves.toBe('Ret');

    await row.getByRole('button', { name: 'Ret løftet om Småjob' }).click();
    await form.waitFor();
    await form.getByLabel('Antal').fill('5');
    await form.getByRole('button', { name: 'Gem' }).click();
    await section().getByRole('status').filter({ hasText: 'Løftet om Småjob er gemt.' }).waitFor();
    await row.getByText(/ af 5 /).waitFor();
    expect((await pledgesOf()).find((each) => each.id === pledge.id)).toMatchObject({ quantity: 5 });

    // Someone else changes it while the form is open: the save is refused, in words, and nothing is overwritten.
    await row.getByRole('button', { name: 'Ret løftet om Småjob' }).click();
    await form.waitFor();
    const current = await request(world.url)
      .get('/api/v1/code-of-care/pledges')
      .query({ membershipId: member.id })
      .set(headers);
    const now = current.body.items.find((each: { id: string }) => each.id === pledge.id);
    const other = await request(world.url).put(`/api/v1/code-of-care/pledges/${pledge.id}`).set(headers).send({
      kind: now.kind,
      quantity: 7,
      fromOn: now.fromOn,
      dueOn: now.dueOn,
      description: now.description,
      version: now.version,
    });
    expect(other.status).toBe(200);
    await form.getByLabel('Antal').fill('6');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.getByRole('alert').filter({ hasText: 'ændret af en anden' }).waitFor();
    await expectAccessible(page, 'coc-pledge-conflict');
    expect((await pledgesOf()).find((each) => each.id === pledge.id)).toMatchObject({ quantity: 7 });
    await form.getByRole('button', { name: 'Fortryd' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('deletes a pledge after a confirmation', async () => {
    const row = section().getByRole('row', { name: /Tre småjobs i kantinen/ });
    await row.getByRole('button', { name: 'Slet løftet om Småjob' }).click();
    const question = page.getByRole('alertdialog', { name: /^Slet løftet om Småjob/ });
    await question.waitFor();
    await expectAccessible(page, 'coc-pledge-delete-confirm');
    await question.getByRole('button', { name: 'Fortryd' }).click();
    await question.waitFor({ state: 'detached' });
    await expect(focusedText(page)).resolves.toBe('Slet');

    await row.getByRole('button', { name: 'Slet løftet om Småjob' }).click();
    await question.getByRole('button', { name: 'Ja, slet' }).click();
    await section().getByRole('status').filter({ hasText: 'Løftet om Småjob er slettet.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await pledgesOf()).some((each) => each.description === 'Tre småjobs i kantinen')).toBe(false);
    // Refusals the test asked for (400, 409) are logged by the browser; nothing else may be.
    expect(errors.filter((error) => !/40[09]/.test(error))).toEqual([]);
  });

  it('shows a consultant the pledges without the buttons that change them', async () => {
    const { page: reader } = await openPage(world);
    await signInAs(world, reader, DEMO_USERS.consultant.email, `/log-ind?next=/code-of-care/medlemmer/${member.id}`);
    await reader.getByRole('heading', { level: 1, name: `${member.company.name} i Code of Care` }).waitFor();
    await reader.getByRole('region', { name: 'Løfter', exact: true }).getByRole('heading').waitFor();
    await expect(reader.getByRole('button', { name: /^Tilføj løfte|^Ret|^Slet/ }).count()).resolves.toBe(0);
    await reader.context().close();
  });
});
