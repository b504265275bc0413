import {
  assignedNotification,
  breachedNotifications,
  receiptNotifications,
  reminderNotification,
  type IntakeFactsInput,
} from './intake-notifications';

const intake: IntakeFactsInput = {
  intakeId: 'a1b2c3d4-0000-4000-8000-000000000001',
  jobcentreId: 'j1',
  companyName: 'Bjerre Byg ApS',
  cvrNumber: '12345674',
  kind: 'småjob',
  contactPerson: { name: 'Lise Holm', phone: '+45 12 34 56 78', email: 'lise@bjerre.dk' },
  receivedAt: new Date('2026-11-24T08:00:00Z'),
  deadlineAt: new Date('2026-11-25T08:00:00Z'),
};
const anne = { id: 's-anne', name: 'Anne' };

describe('intake notifications', () => {
  it('keys an assignment by its turn: the roster once, each assignment by hand by the version it changed', () => {
    expect(assignedNotification(intake, anne, 'roster').eventKey).toBe(`${intake.intakeId}:roster`);
    expect(assignedNotification(intake, anne, { version: 3 }).eventKey).toBe(`${intake.intakeId}:v3`);
    expect(assignedNotification(intake, anne, 'roster')).toMatchObject({
      recipient: { staffMemberId: 's-anne' },
      data: { contactName: 'Lise Holm', contactPhone: '+45 12 34 56 78', deadlineAt: '2026-11-25T08:00:00.000Z' },
    });
  });

  it("sends the receipt to the contact person's address and to the employer user who filed it", () => {
    const drafts = receiptNotifications(intake, 'Jobcenter Hedensted', { userId: 'u-1', email: 'ole@bjerre.dk' });
    expect(drafts.map((draft) => draft.recipient)).toEqual([
      { email: 'lise@bjerre.dk', name: 'Lise Holm' },
      { userId: 'u-1' },
    ]);
    expect(drafts.every((draft) => draft.eventKey === intake.intakeId)).toBe(true);
    expect(receiptNotifications({ ...intake, contactPerson: { name: 'X', email: '  ' } }, 'J', null)).toEqual([]);
  });

  it('sends one receipt, as the user, to an employer user who is the contact person too', () => {
    const drafts = receiptNotifications(intake, 'Jobcenter Hedensted', { userId: 'u-1', email: 'LISE@bjerre.dk' });
    expect(drafts.map((draft) => draft.recipient)).toEqual([{ userId: 'u-1' }]);
  });

  it('reminds the assignee only, and nobody when the intake has none', () => {
    expect(reminderNotification(intake, null)).toEqual([]);
    expect(reminderNotification(intake, anne).map((draft) => draft.recipient)).toEqual([{ staffMemberId: 's-anne' }]);
  });

  it('tells a breach to the assignee and every lead, a lead who is the assignee once', () => {
    const drafts = breachedNotifications(intake, anne, ['s-lead', 's-anne'], new Date('2026-11-25T08:00:01Z'));
    expect(drafts.map((draft) => draft.recipient)).toEqual([{ staffMemberId: 's-anne' }, { staffMemberId: 's-lead' }]);
    expect(breachedNotifications(intake, null, ['s-lead'], new Date())[0].data).toMatchObject({ assigneeName: null });
  });
});
