import {
  assertCanSetStage,
  canMove,
  latestContact,
  MembershipInputError,
  MembershipTransitionError,
  planCreate,
  planJoin,
  planLeave,
  planReopen,
  type MembershipState,
} from './membership-transitions';

const TODAY = '2026-11-24';
const prospect: MembershipState = { status: 'prospect', joinedOn: null, leftOn: null };
const member: MembershipState = { status: 'member', joinedOn: '2025-03-01', leftOn: null };
const left: MembershipState = { status: 'left', joinedOn: '2025-03-01', leftOn: '2026-02-15' };

/** The field a MembershipInputError names, or the error's class name. */
function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof MembershipInputError) return `400 ${error.field}`;
    if (error instanceof MembershipTransitionError) return '409';
    throw error;
  }
  return 'ok';
}

describe('membership transitions', () => {
  it('allows prospect → member → left → member or prospect, and nothing else', () => {
    const moves = (['prospect', 'member', 'left'] as const).flatMap((from) =>
      (['prospect', 'member', 'left'] as const).filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(moves).toEqual(['prospect→member', 'member→left', 'left→prospect', 'left→member']);
  });

  describe('join', () => {
    it('starts the membership on the signing day unless another day is given', () => {
      expect(planJoin(prospect, { pledgeSignedOn: '2026-11-01' }, TODAY)).toEqual({ joinedOn: '2026-11-01' });
      expect(planJoin(prospect, { pledgeSignedOn: '2026-11-01', joinedOn: '2026-11-10' }, TODAY)).toEqual({
        joinedOn: '2026-11-10',
      });
      expect(planJoin(left, { pledgeSignedOn: TODAY }, TODAY)).toEqual({ joinedOn: TODAY });
    });

    it('refuses a member joining again (409) and days in the future or out of order (400)', () => {
      expect(refusal(() => planJoin(member, { pledgeSignedOn: '2026-11-01' }, TODAY))).toBe('409');
      expect(refusal(() => planJoin(prospect, { pledgeSignedOn: '2026-11-25' }, TODAY))).toBe('400 pledgeSignedOn');
      expect(refusal(() => planJoin(prospect, { pledgeSignedOn: TODAY, joinedOn: '2026-12-01' }, TODAY))).toBe(
        '400 joinedOn',
      );
      expect(refusal(() => planJoin(prospect, { pledgeSignedOn: '2026-11-10', joinedOn: '2026-11-09' }, TODAY))).toBe(
        '400 joinedOn',
      );
      expect(refusal(() => planJoin(left, { pledgeSignedOn: '2026-02-14' }, TODAY))).toBe('400 joinedOn');
    });
  });

  describe('leave', () => {
    it('lets a member leave on a day from its joining to today', () => {
      expect(refusal(() => planLeave(member, '2025-03-01', TODAY))).toBe('ok');
      expect(refusal(() => planLeave(member, TODAY, TODAY))).toBe('ok');
      expect(refusal(() => planLeave(member, '2025-02-28', TODAY))).toBe('400 leftOn');
      expect(refusal(() => planLeave(member, '2026-11-25', TODAY))).toBe('400 leftOn');
    });

    it('refuses a prospect or a company that already left (409)', () => {
      expect(refusal(() => planLeave(prospect, TODAY, TODAY))).toBe('409');
      expect(refusal(() => planLeave(left, TODAY, TODAY))).toBe('409');
    });
  });

  describe('reopen', () => {
    it('brings a company that left back to the pipeline, not before it left', () => {
      expect(refusal(() => planReopen(left, '2026-02-15', TODAY))).toBe('ok');
      expect(refusal(() => planReopen(left, '2026-02-14', TODAY))).toBe('400 on');
      expect(refusal(() => planReopen(left, '2026-11-25', TODAY))).toBe('400 on');
      expect(refusal(() => planReopen(prospect, TODAY, TODAY))).toBe('409');
      expect(refusal(() => planReopen(member, TODAY, TODAY))).toBe('409');
    });
  });

  it('gives only prospects a stage', () => {
    expect(refusal(() => assertCanSetStage(prospect))).toBe('ok');
    expect(refusal(() => assertCanSetStage(member))).toBe('409');
    expect(refusal(() => assertCanSetStage(left))).toBe('409');
  });

  describe('create', () => {
    it('dates a prospect today and a member from its joining', () => {
      expect(planCreate({ status: 'prospect' }, TODAY)).toEqual({ effectiveOn: TODAY, joinedOn: null });
      expect(
        planCreate({ status: 'member', pledgeSignedOn: '2020-06-01', pledgeSignatory: 'Direktør Hansen' }, TODAY),
      ).toEqual({ effectiveOn: '2020-06-01', joinedOn: '2020-06-01' });
    });

    it('needs the signing of a member and refuses it for a prospect', () => {
      expect(refusal(() => planCreate({ status: 'member', pledgeSignatory: 'X' }, TODAY))).toBe('400 pledgeSignedOn');
      expect(refusal(() => planCreate({ status: 'member', pledgeSignedOn: TODAY }, TODAY))).toBe('400 pledgeSignatory');
      expect(refusal(() => planCreate({ status: 'prospect', pledgeSignedOn: TODAY }, TODAY))).toBe(
        '400 pledgeSignedOn',
      );
      expect(
        refusal(() => planCreate({ status: 'member', pledgeSignedOn: '2027-01-01', pledgeSignatory: 'X' }, TODAY)),
      ).toBe('400 pledgeSignedOn');
    });
  });

  it('keeps the latest contact as the last one', () => {
    const early = new Date('2026-11-01T10:00:00Z');
    const late = new Date('2026-11-20T10:00:00Z');
    expect(latestContact(null, early)).toBe(early);
    expect(latestContact(late, early)).toBe(late);
    expect(latestContact(early, late)).toBe(late);
  });
});
