import { onePerAddress, type AddressedRecipient, type NotificationDraft } from '@jobbro/notifications';
import type { Intake, IntakeContactPerson, IntakeKind } from '../intakes/intake.entity';

/** What every intake notification says about its intake, as it was when the event happened. */
export interface IntakeFactsInput {
  intakeId: string;
  jobcentreId: string;
  companyName: string;
  cvrNumber: string;
  kind: IntakeKind;
  contactPerson: IntakeContactPerson;
  receivedAt: Date;
  deadlineAt: Date;
}

/** The facts of a stored intake and its company. */
export function factsOf(intake: Intake, company: { name: string; cvrNumber: string }): IntakeFactsInput {
  return {
    intakeId: intake.id,
    jobcentreId: intake.jobcentreId,
    companyName: company.name,
    cvrNumber: company.cvrNumber,
    kind: intake.kind,
    contactPerson: intake.contactPerson,
    receivedAt: intake.receivedAt,
    deadlineAt: intake.deadlineAt,
  };
}

function facts(intake: IntakeFactsInput) {
  return {
    intakeId: intake.intakeId,
    companyName: intake.companyName,
    cvrNumber: intake.cvrNumber,
    kind: intake.kind,
    receivedAt: intake.receivedAt.toISOString(),
    deadlineAt: intake.deadlineAt.toISOString(),
  };
}

/**
 * The turn of an assignment, for its event key: `roster` for the duty roster's on arrival, `v<version>` for one by
 * hand (the intake's version before the change), so a repeated job or request tells nobody twice while a later
 * reassignment back to the same consultant is told again.
 */
export type AssignmentTurn = 'roster' | { version: number };

/** An intake assigned to a consultant: to that consultant. */
export function assignedNotification(
  intake: IntakeFactsInput,
  assignee: { id: string; name: string },
  turn: AssignmentTurn,
): NotificationDraft {
  return {
    jobcentreId: intake.jobcentreId,
    eventType: 'intake-assigned',
    recipient: { staffMemberId: assignee.id },
    subjectType: 'intake',
    subjectId: intake.intakeId,
    eventKey: `${intake.intakeId}:${turn === 'roster' ? 'roster' : `v${turn.version}`}`,
    data: {
      ...facts(intake),
      assigneeName: assignee.name,
      contactName: intake.contactPerson.name,
      contactPhone: intake.contactPerson.phone ?? null,
    },
  };
}

/** The employer user who filed a request from the web, with their address as it was when they filed it. */
export interface IntakeFiler {
  userId: string;
  email: string;
}

/**
 * The employer's receipt: to the request's contact person when an e-mail address is given, and to the employer user
 * who filed it from the web; once to a user who is the contact person too (same address), as the user, who has the
 * inbox and the language and channel choices. Nobody when neither is known.
 */
export function receiptNotifications(
  intake: IntakeFactsInput,
  jobcentreName: string,
  filedBy: IntakeFiler | null,
): NotificationDraft[] {
  const recipients: AddressedRecipient[] = [];
  const email = intake.contactPerson.email?.trim();
  if (email) recipients.push({ recipient: { email, name: intake.contactPerson.name }, email });
  if (filedBy) recipients.push({ recipient: { userId: filedBy.userId }, email: filedBy.email });
  return onePerAddress(recipients).map((recipient) => ({
    jobcentreId: intake.jobcentreId,
    eventType: 'intake-receipt',
    recipient,
    subjectType: 'intake',
    subjectId: intake.intakeId,
    eventKey: intake.intakeId,
    data: { ...facts(intake), jobcentreName, contactName: intake.contactPerson.name },
  }));
}

/** The first-contact deadline is near: to the assignee (nobody when the intake has none). */
export function reminderNotification(
  intake: IntakeFactsInput,
  assignee: { id: string; name: string } | null,
): NotificationDraft[] {
  if (!assignee) return [];
  return [
    {
      jobcentreId: intake.jobcentreId,
      eventType: 'intake-deadline-reminder',
      recipient: { staffMemberId: assignee.id },
      subjectType: 'intake',
      subjectId: intake.intakeId,
      // One reminder per deadline.
      eventKey: `${intake.intakeId}:${intake.deadlineAt.toISOString()}`,
      data: { ...facts(intake), assigneeName: assignee.name },
    },
  ];
}

/** The deadline passed without contact: to the assignee and every active lead (once each, a lead assignee too). */
export function breachedNotifications(
  intake: IntakeFactsInput,
  assignee: { id: string; name: string } | null,
  leadIds: readonly string[],
  breachedAt: Date,
): NotificationDraft[] {
  const recipients = [...new Set([...(assignee ? [assignee.id] : []), ...leadIds])];
  return recipients.map((staffMemberId) => ({
    jobcentreId: intake.jobcentreId,
    eventType: 'intake-deadline-breached',
    recipient: { staffMemberId },
    subjectType: 'intake',
    subjectId: intake.intakeId,
    eventKey: `${intake.intakeId}:${intake.deadlineAt.toISOString()}`,
    data: { ...facts(intake), assigneeName: assignee?.name ?? null, breachedAt: breachedAt.toISOString() },
  }));
}
