import { inactiveSoonNotifications } from './activity-notifications';

describe('inactive-soon notifications', () => {
  it('tells each coordinator once, keyed by the member and the day it turns inactive', () => {
    const drafts = inactiveSoonNotifications(
      {
        jobcentreId: 'j1',
        membershipId: 'm1',
        companyName: 'Bjerre Byg ApS',
        networkName: 'Code of Care',
        inactiveOn: '2026-12-10',
        lastActivityOn: '2025-12-09',
      },
      ['c1', 'c2', 'c1'],
    );
    expect(drafts.map((draft) => [draft.recipient, draft.eventKey])).toEqual([
      [{ staffMemberId: 'c1' }, 'm1:2026-12-10'],
      [{ staffMemberId: 'c2' }, 'm1:2026-12-10'],
    ]);
  });
});
