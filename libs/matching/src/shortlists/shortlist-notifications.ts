import type { NotificationDraft } from '@jobbro/notifications';

export interface SentShortlistFacts {
  shortlistId: string;
  jobcentreId: string;
  jobcentreName: string;
  companyName: string;
  postingTitle: string | null;
  candidates: number;
  sentByName: string;
}

/**
 * A shortlist sent: to each employer user of the company (in the app and by mail, as each chose). A list is sent
 * once (draft to sent), so its id is the event's key.
 */
export function shortlistSentNotifications(
  shortlist: SentShortlistFacts,
  employerUserIds: readonly string[],
): NotificationDraft[] {
  return [...new Set(employerUserIds)].map((userId) => ({
    jobcentreId: shortlist.jobcentreId,
    eventType: 'shortlist-sent',
    recipient: { userId },
    subjectType: 'shortlist',
    subjectId: shortlist.shortlistId,
    eventKey: shortlist.shortlistId,
    data: {
      shortlistId: shortlist.shortlistId,
      companyName: shortlist.companyName,
      postingTitle: shortlist.postingTitle,
      candidates: shortlist.candidates,
      sentByName: shortlist.sentByName,
      jobcentreName: shortlist.jobcentreName,
    },
  }));
}
