import type { MembershipStatus } from './membership.entity';

/** A move the membership's status does not allow (a member joining again); the API answers it with 409. */
export class MembershipTransitionError extends Error {
  override readonly name = 'MembershipTransitionError';
}

/** A date or field that does not fit the membership's timeline; the API answers it with 400 naming the field. */
export class MembershipInputError extends Error {
  override readonly name = 'MembershipInputError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The moves between statuses: a prospect joins by signing the pledge; a member leaves; a company that left may sign
 * again or go back to the pipeline. A prospect that says no stays a prospect at stage `declined`: it never joined,
 * so it cannot leave.
 */
export const MEMBERSHIP_MOVES: Readonly<Record<MembershipStatus, readonly MembershipStatus[]>> = {
  prospect: ['member'],
  member: ['left'],
  left: ['member', 'prospect'],
};

export const canMove = (from: MembershipStatus, to: MembershipStatus): boolean => MEMBERSHIP_MOVES[from].includes(to);

/** What the rules need to know of a membership. */
export interface MembershipState {
  status: MembershipStatus;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface JoinInput {
  pledgeSignedOn: string;
  joinedOn?: string;
}

export interface CreateInput extends Partial<JoinInput> {
  status: 'prospect' | 'member';
  pledgeSignatory?: string;
}

const notAfterToday = (field: string, date: string, today: string): void => {
  if (date > today) throw new MembershipInputError(field, `${field} must not be after today (${today})`);
};

/**
 * A prospect, or a company that left, signs the pledge and becomes a member: the membership starts on `joinedOn`
 * (the signing day unless given), neither day in the future, never before the signing nor before the day it left.
 */
export function planJoin(state: MembershipState, input: JoinInput, today: string): { joinedOn: string } {
  if (!canMove(state.status, 'member'))
    throw new MembershipTransitionError(`The company is already a member (since ${state.joinedOn})`);
  notAfterToday('pledgeSignedOn', input.pledgeSignedOn, today);
  const joinedOn = input.joinedOn ?? input.pledgeSignedOn;
  notAfterToday('joinedOn', joinedOn, today);
  if (joinedOn < input.pledgeSignedOn)
    throw new MembershipInputError(
      'joinedOn',
      `joinedOn must be on or after pledgeSignedOn (${input.pledgeSignedOn}): a company joins by signing the pledge`,
    );
  if (state.leftOn && joinedOn < state.leftOn)
    throw new MembershipInputError(
      'joinedOn',
      `joinedOn must be on or after ${state.leftOn}, the day the company left the network`,
    );
  return { joinedOn };
}

/** A member leaves on `leftOn`: not in the future, not before it joined. */
export function planLeave(state: MembershipState, leftOn: string, today: string): void {
  if (!canMove(state.status, 'left'))
    throw new MembershipTransitionError(
      state.status === 'left'
        ? `The company already left the network on ${state.leftOn}`
        : 'A prospect has not joined, so it cannot leave; set its stage to declined instead',
    );
  notAfterToday('leftOn', leftOn, today);
  if (state.joinedOn && leftOn < state.joinedOn)
    throw new MembershipInputError(
      'leftOn',
      `leftOn must be on or after ${state.joinedOn}, the day the company joined`,
    );
}

/** A company that left goes back to the pipeline on `on`: not in the future, not before it left. */
export function planReopen(state: MembershipState, on: string, today: string): void {
  if (!canMove(state.status, 'prospect'))
    throw new MembershipTransitionError(
      state.status === 'prospect'
        ? 'The company is already a prospect'
        : 'A member cannot go back to the pipeline; record that it left first',
    );
  notAfterToday('on', on, today);
  if (state.leftOn && on < state.leftOn)
    throw new MembershipInputError('on', `on must be on or after ${state.leftOn}, the day the company left`);
}

/** Only a prospect stands at a stage of the pipeline. */
export function assertCanSetStage(state: MembershipState): void {
  if (state.status !== 'prospect')
    throw new MembershipTransitionError(
      `Only a prospect has a pipeline stage; the company is ${state.status === 'member' ? 'a member' : 'out (left)'}`,
    );
}

/**
 * A company put into the network by hand: a prospect from today, or a member from the day it signed, which needs the
 * signing day and the signatory. A prospect has signed nothing, so it takes neither.
 */
export function planCreate(input: CreateInput, today: string): { effectiveOn: string; joinedOn: string | null } {
  if (input.status === 'prospect') {
    for (const field of ['pledgeSignedOn', 'pledgeSignatory', 'joinedOn'] as const)
      if (input[field] !== undefined)
        throw new MembershipInputError(field, `${field} is only for a member; a prospect has signed nothing yet`);
    return { effectiveOn: today, joinedOn: null };
  }
  if (input.pledgeSignedOn === undefined)
    throw new MembershipInputError('pledgeSignedOn', 'pledgeSignedOn is required for a member: the day it signed');
  if (input.pledgeSignatory === undefined)
    throw new MembershipInputError('pledgeSignatory', 'pledgeSignatory is required for a member: who signed');
  const { joinedOn } = planJoin(
    { status: 'prospect', joinedOn: null, leftOn: null },
    { pledgeSignedOn: input.pledgeSignedOn, joinedOn: input.joinedOn },
    today,
  );
  return { effectiveOn: joinedOn, joinedOn };
}

/** A contact logged late keeps the latest one as the last contact. */
export const latestContact = (current: Date | null, contactedAt: Date): Date =>
  current && current > contactedAt ? current : contactedAt;
