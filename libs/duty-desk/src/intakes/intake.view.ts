import type { Intake } from './intake.entity';

const person = (staff: { id: string; name: string } | null | undefined) =>
  staff ? { id: staff.id, name: staff.name } : null;

/** The intake as the API shows it: names instead of bare ids, and breach as a plain flag. */
export function toIntakeView(intake: Intake) {
  return {
    id: intake.id,
    kind: intake.kind,
    channel: intake.channel,
    status: intake.status,
    description: intake.description,
    company: intake.company
      ? { id: intake.company.id, cvrNumber: intake.company.cvrNumber, name: intake.company.name }
      : { id: intake.companyId },
    contactPerson: intake.contactPerson,
    assignee: person(intake.assignee),
    receivedAt: intake.receivedAt,
    deadlineAt: intake.deadlineAt,
    reminderAt: intake.reminderAt,
    reminderSentAt: intake.reminderSentAt,
    firstContactAt: intake.firstContactAt,
    breached: intake.breachedAt !== null,
    breachedAt: intake.breachedAt,
    escalatedTo: person(intake.escalatedTo),
    outcome: intake.outcome,
    outcomeNote: intake.outcomeNote,
    closedAt: intake.closedAt,
    version: intake.version,
  };
}

export type IntakeView = ReturnType<typeof toIntakeView>;
