import type { IntakeView } from '../intakes/intake.view';
import type { EmployerIntakeResponse } from './employer-intake.response';

/** What an employer follows of its own request: where it stands, not the job centre's internal handling. */
export function toEmployerIntakeView(intake: IntakeView): EmployerIntakeResponse {
  return {
    id: intake.id,
    company: intake.company,
    kind: intake.kind,
    description: intake.description,
    contactPerson: intake.contactPerson,
    status: intake.status,
    receivedAt: intake.receivedAt,
    answerBy: intake.deadlineAt,
    firstContactAt: intake.firstContactAt,
    outcome: intake.outcome,
    closedAt: intake.closedAt,
  };
}
