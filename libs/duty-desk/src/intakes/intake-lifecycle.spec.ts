import {
  assertCanClaim,
  assertCanClose,
  assertCanReassign,
  IntakeTransitionError,
  statusAfterContactAttempt,
} from './intake-lifecycle';

const awaiting = { status: 'awaiting-contact' as const, assigneeId: 'anna' };
const contacted = { status: 'contacted' as const, assigneeId: 'anna' };
const closed = { status: 'closed' as const, assigneeId: 'anna' };

describe('intake lifecycle', () => {
  it('lets a consultant claim an open intake held by someone else or nobody', () => {
    expect(() => assertCanClaim(awaiting, 'bo')).not.toThrow();
    expect(() => assertCanClaim({ ...awaiting, assigneeId: null }, 'bo')).not.toThrow();
    expect(() => assertCanClaim(contacted, 'bo')).not.toThrow();
  });

  it('refuses a claim by the current assignee and any claim of a closed intake', () => {
    expect(() => assertCanClaim(awaiting, 'anna')).toThrow(
      new IntakeTransitionError('The intake is already assigned to you'),
    );
    expect(() => assertCanClaim(closed, 'bo')).toThrow('The intake is closed and cannot be claimed');
  });

  it('refuses reassigning to the same consultant or reassigning a closed intake', () => {
    expect(() => assertCanReassign(awaiting, 'bo')).not.toThrow();
    expect(() => assertCanReassign(awaiting, 'anna')).toThrow('already assigned to that consultant');
    expect(() => assertCanReassign(closed, 'bo')).toThrow('cannot be reassigned');
  });

  it('moves to contacted only when the company was reached', () => {
    expect(statusAfterContactAttempt(awaiting, false)).toBe('awaiting-contact');
    expect(statusAfterContactAttempt(awaiting, true)).toBe('contacted');
    expect(statusAfterContactAttempt(contacted, false)).toBe('contacted');
    expect(() => statusAfterContactAttempt(closed, true)).toThrow('cannot be given a contact attempt');
  });

  it('closes only a contacted intake', () => {
    expect(() => assertCanClose(contacted)).not.toThrow();
    expect(() => assertCanClose(awaiting)).toThrow('has not been reached yet');
    expect(() => assertCanClose(closed)).toThrow('The intake is closed and cannot be closed');
  });
});
