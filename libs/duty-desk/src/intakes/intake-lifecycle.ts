import type { IntakeOutcome, IntakeStatus } from './intake.entity';

/** An action the current state of an intake does not allow; the API answers it with 409. */
export class IntakeTransitionError extends Error {
  override readonly name = 'IntakeTransitionError';
}

interface IntakeState {
  status: IntakeStatus;
  assigneeId: string | null;
}

const ACTION_NAMES = {
  claim: 'claimed',
  reassign: 'reassigned',
  'log-contact': 'given a contact attempt',
  close: 'closed',
} as const;
export type IntakeAction = keyof typeof ACTION_NAMES;

function assertOpen(intake: IntakeState, action: IntakeAction): void {
  if (intake.status === 'closed') {
    throw new IntakeTransitionError(`The intake is closed and cannot be ${ACTION_NAMES[action]}`);
  }
}

export function assertCanClaim(intake: IntakeState, consultantId: string): void {
  assertOpen(intake, 'claim');
  if (intake.assigneeId === consultantId) {
    throw new IntakeTransitionError('The intake is already assigned to you');
  }
}

export function assertCanReassign(intake: IntakeState, newAssigneeId: string): void {
  assertOpen(intake, 'reassign');
  if (intake.assigneeId === newAssigneeId) {
    throw new IntakeTransitionError('The intake is already assigned to that consultant');
  }
}

/** A contact attempt may be logged until the intake is closed; reaching the company stops the 24-hour clock. */
export function statusAfterContactAttempt(intake: IntakeState, reached: boolean): IntakeStatus {
  assertOpen(intake, 'log-contact');
  return reached ? 'contacted' : intake.status;
}

/** An intake is closed only after the company was reached: the outcome must come from a conversation. */
export function assertCanClose(intake: IntakeState): void {
  assertOpen(intake, 'close');
  if (intake.status === 'awaiting-contact') {
    throw new IntakeTransitionError(
      'The company has not been reached yet; log a contact attempt that reached it before closing',
    );
  }
}

/** Outcomes that only make sense with a reason or a destination written down. */
export const OUTCOMES_REQUIRING_NOTE: readonly IntakeOutcome[] = ['referred', 'no-need'];
