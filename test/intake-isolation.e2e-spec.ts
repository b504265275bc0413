import { randomUUID } from 'node:crypto';
import { IntakeWriter, type IntakeDraft } from '@jobbro/duty-desk/intakes/intake-writer';
import { randomCvrNumber, seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Intakes arriving together are written in one statement per batch. One request's failure must stay its own: every
 * other request of the batch is stored and answered as if it had come alone.
 */
describe('One bad intake among many concurrent ones', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let companyId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 3, onDutyFor: 3_600_000 });
    companyId = (
      await testApp
        .http()
        .post('/api/v1/companies')
        .set(jobcentre.headers())
        .send({ cvrNumber: randomCvrNumber(), name: 'Samtidig ApS' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const intake = (description: string) => ({
    companyId,
    contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
    kind: 'småjob',
    description,
    channel: 'phone',
  });
  const stored = async (descriptions: string[]) =>
    Number(
      (await testApp.dataSource.query('SELECT count(*) FROM intakes WHERE description = ANY($1)', [descriptions]))[0]
        .count,
    );

  it.each([1, 2, 3])(
    'over HTTP, round %i: the 29 valid requests are stored and answered 201, the poisoned one 400',
    async (round) => {
      const descriptions = Array.from(
        { length: 30 },
        (_, index) => `Runde ${round}, henvendelse ${index} (${randomUUID()})`,
      );
      const poisoned = 7 + round;
      const responses = await Promise.all(
        descriptions.map((description, index) =>
          testApp
            .http()
            .post('/api/v1/intakes')
            .set(jobcentre.headers())
            .send(intake(index === poisoned ? `${description}\u0000` : description)),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(
        descriptions.map((_, index) => (index === poisoned ? 400 : 201)),
      );
      expect(await stored(descriptions)).toBe(29);
    },
  );

  it('in the group commit: a draft the database refuses fails alone; the rest of its batch is written', async () => {
    const writer = testApp.app.get(IntakeWriter);
    const now = new Date();
    const draft = (description: string): IntakeDraft => ({
      id: randomUUID(),
      jobcentreId: jobcentre.id,
      companyId,
      kind: 'småjob',
      channel: 'phone',
      description,
      contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
      receivedAt: now,
      deadlineAt: new Date(now.getTime() + 24 * 3_600_000),
      reminderAt: new Date(now.getTime() + 20 * 3_600_000),
      idempotencyKey: null,
      requestFingerprint: null,
      receivedBy: null,
    });
    // Past validation, as a future bug might let it: PostgreSQL cannot store a NUL character in text.
    const descriptions = Array.from({ length: 60 }, (_, index) => `Direkte ${index} (${randomUUID()})`);
    const drafts = descriptions.map((description, index) => draft(index === 41 ? `${description}\u0000` : description));
    const results = await Promise.allSettled(drafts.map((each) => writer.submit(each)));
    expect(results.map((result) => result.status)).toEqual(
      drafts.map((_, index) => (index === 41 ? 'rejected' : 'fulfilled')),
    );
    expect(
      results.filter((result) => result.status === 'fulfilled').every((result) => result.value.outcome === 'created'),
    ).toBe(true);
    expect(await stored(descriptions)).toBe(59);
  });
});
