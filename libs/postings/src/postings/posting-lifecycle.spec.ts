import { assertCan, assertEmployerMayEdit, PostingTransitionError, statusAfterPlacement } from './posting-lifecycle';

describe('posting lifecycle', () => {
  it('publishes only a draft', () => {
    expect(() => assertCan('publish', 'draft')).not.toThrow();
    for (const status of ['open', 'filled', 'closed'] as const)
      expect(() => assertCan('publish', status)).toThrow(PostingTransitionError);
  });

  it('closes a draft or an open posting, never a filled or closed one', () => {
    expect(() => assertCan('close', 'draft')).not.toThrow();
    expect(() => assertCan('close', 'open')).not.toThrow();
    expect(() => assertCan('close', 'filled')).toThrow(/filled and cannot be closed/);
    expect(() => assertCan('close', 'closed')).toThrow(PostingTransitionError);
  });

  it('places candidates only in an open posting', () => {
    expect(() => assertCan('place', 'open')).not.toThrow();
    for (const status of ['draft', 'filled', 'closed'] as const)
      expect(() => assertCan('place', status)).toThrow(/cannot be given a placement/);
  });

  it('lets an employer change only a draft', () => {
    expect(() => assertEmployerMayEdit('draft')).not.toThrow();
    expect(() => assertEmployerMayEdit('open')).toThrow(/only the jobcentre/);
  });

  it('fills the posting with its last position', () => {
    expect(statusAfterPlacement(2, 1)).toBe('open');
    expect(statusAfterPlacement(2, 2)).toBe('filled');
  });
});
