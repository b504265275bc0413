import type { NotificationDraft } from '@jobbro/notifications';

export interface InactiveSoonFacts {
  jobcentreId: string;
  membershipId: string;
  companyName: string;
  networkName: string;
  /** The first day the member is inactive unless it does something before. */
  inactiveOn: string;
  lastActivityOn: string | null;
}

/**
 * A member about to turn inactive: to each network coordinator of the jobcentre. Keyed by the member and the day it
 * turns inactive, like the warning itself: a repeated run tells nobody twice, a new lapse is told again.
 */
export function inactiveSoonNotifications(
  member: InactiveSoonFacts,
  coordinatorIds: readonly string[],
): NotificationDraft[] {
  return [...new Set(coordinatorIds)].map((staffMemberId) => ({
    jobcentreId: member.jobcentreId,
    eventType: 'code-of-care-inactive-soon',
    recipient: { staffMemberId },
    subjectType: 'code-of-care-membership',
    subjectId: member.membershipId,
    eventKey: `${member.membershipId}:${member.inactiveOn}`,
    data: {
      membershipId: member.membershipId,
      companyName: member.companyName,
      networkName: member.networkName,
      inactiveOn: member.inactiveOn,
      lastActivityOn: member.lastActivityOn,
    },
  }));
}
