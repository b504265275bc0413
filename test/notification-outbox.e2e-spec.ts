import { randomUUID } from 'node:crypto';
import { NotificationOutbox, type NotificationDraft } from '@jobbro/notifications';
import { seedJobcentre, type SeededJobcentre } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('The notification outbox (written in the transaction of its event)', () => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;
  let outbox: NotificationOutbox;

  beforeAll(async () => {
    testApp = await createTestApp();
    jobcentre = await seedJobcentre(testApp, { consultants: 2 });
    outbox = testApp.app.get(NotificationOutbox);
  });

  afterAll(() => testApp?.close());

  const assigned = (staffMemberId: string, intakeId: string, turn = 1): NotificationDraft => ({
    jobcentreId: jobcentre.id,
    eventType: 'intake-assigned',
    recipient: { staffMemberId },
    subjectType: 'intake',
    subjectId: intakeId,
    eventKey: `${intakeId}:${turn}`,
    data: {
      intakeId,
      companyName: 'Bjerre Byg ApS',
      cvrNumber: '12345674',
      kind: 'småjob',
      receivedAt: '2026-11-24T08:00:00.000Z',
      deadlineAt: '2026-11-25T08:00:00.000Z',
      assigneeName: 'Anne',
      contactName: 'Lise',
      contactPhone: null,
    },
  });

  const rowsAbout = (subjectId: string) =>
    testApp.dataSource.query(
      `SELECT n.recipient_email, n.recipient_user_id IS NOT NULL AS has_user, n.in_app, n.language,
              d.to_address, d.message_id, d.status
         FROM notifications n LEFT JOIN notification_deliveries d ON d.notification_id = n.id
        WHERE n.subject_id = $1 ORDER BY n.recipient_email`,
      [subjectId],
    );

  it("tells a staff member by e-mail and in the app, once, however often the event's writer repeats it", async () => {
    const intakeId = randomUUID();
    const consultant = jobcentre.consultants[0];
    const first = await testApp.dataSource.transaction((manager) =>
      outbox.add(manager, [assigned(consultant.id, intakeId), assigned(consultant.id, intakeId)]),
    );
    const again = await testApp.dataSource.transaction((manager) =>
      outbox.add(manager, [assigned(consultant.id, intakeId)]),
    );
    expect([first, again]).toEqual([1, 0]);
    const rows = await rowsAbout(intakeId);
    expect(rows).toEqual([
      {
        recipient_email: consultant.email,
        has_user: true,
        in_app: true,
        language: 'da',
        to_address: consultant.email,
        message_id: expect.stringMatching(/^<[0-9a-f-]{36}@notifications\.jobbro>$/),
        status: 'pending',
      },
    ]);
  });

  it("follows each user's channel choice and language; a rolled-back event writes nothing", async () => {
    const [inAppOnly, emailOnly] = jobcentre.consultants;
    const accounts: { id: string; staff_member_id: string }[] = await testApp.dataSource.query(
      `SELECT id, staff_member_id FROM user_accounts WHERE staff_member_id = ANY($1)`,
      [[inAppOnly.id, emailOnly.id]],
    );
    const account = (staffId: string) => accounts.find((each) => each.staff_member_id === staffId)!.id;
    await testApp.dataSource.query(
      `INSERT INTO notification_preferences (user_id, event_type, channels)
       VALUES ($1, 'intake-assigned', 'in-app'), ($2, 'intake-assigned', 'email')`,
      [account(inAppOnly.id), account(emailOnly.id)],
    );
    await testApp.dataSource.query(`UPDATE user_accounts SET language = 'en' WHERE id = $1`, [account(emailOnly.id)]);

    const intakeId = randomUUID();
    await testApp.dataSource.transaction((manager) =>
      outbox.add(manager, [
        assigned(inAppOnly.id, intakeId),
        assigned(emailOnly.id, intakeId),
        {
          jobcentreId: jobcentre.id,
          eventType: 'intake-receipt',
          recipient: { email: 'Lise@Bjerre.example', name: 'Lise' },
          subjectType: 'intake',
          subjectId: intakeId,
          eventKey: intakeId,
          data: {
            intakeId,
            companyName: 'Bjerre Byg ApS',
            cvrNumber: '12345674',
            kind: 'småjob',
            receivedAt: '2026-11-24T08:00:00.000Z',
            deadlineAt: '2026-11-25T08:00:00.000Z',
            jobcentreName: 'Jobcenter Hedensted',
            contactName: 'Lise',
          },
        },
      ]),
    );
    const byAddress = Object.fromEntries(
      (await rowsAbout(intakeId)).map((row: { recipient_email: string }) => [row.recipient_email, row]),
    );
    expect(byAddress[inAppOnly.email]).toMatchObject({ in_app: true, to_address: null, language: 'da' });
    expect(byAddress[emailOnly.email]).toMatchObject({ in_app: false, to_address: emailOnly.email, language: 'en' });
    expect(byAddress['Lise@Bjerre.example']).toMatchObject({
      has_user: false,
      in_app: false,
      to_address: 'Lise@Bjerre.example',
      language: 'da',
    });

    const rolledBack = randomUUID();
    await expect(
      testApp.dataSource.transaction(async (manager) => {
        await outbox.add(manager, [assigned(inAppOnly.id, rolledBack)]);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    await expect(rowsAbout(rolledBack)).resolves.toEqual([]);
  });

  it("never tells another jobcentre's staff member, nor one who has left", async () => {
    const other = await seedJobcentre(testApp, { consultants: 1 });
    const intakeId = randomUUID();
    await testApp.dataSource.query(`UPDATE staff_members SET active = false WHERE id = $1`, [
      jobcentre.consultants[1].id,
    ]);
    const written = await testApp.dataSource.transaction((manager) =>
      outbox.add(manager, [
        assigned(other.consultants[0].id, intakeId),
        assigned(jobcentre.consultants[1].id, intakeId),
      ]),
    );
    expect(written).toBe(0);
    await testApp.dataSource.query(`UPDATE staff_members SET active = true WHERE id = $1`, [
      jobcentre.consultants[1].id,
    ]);
  });
});
