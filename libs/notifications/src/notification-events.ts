/**
 * Everything Jobbro tells people about, with what each notification carries. The data is what the message needs
 * when it is rendered, in the recipient's language, possibly much later (a retry after an outage): names and times
 * as they were when the event happened, never looked up again.
 */
export const NOTIFICATION_EVENT_TYPES = [
  /** A company request was assigned to a consultant (by the duty roster or by hand): to that consultant. */
  'intake-assigned',
  /** The first-contact deadline is near and nobody has called: to the assignee. */
  'intake-deadline-reminder',
  /** The first-contact deadline passed without contact: to the assignee and to the lead. */
  'intake-deadline-breached',
  /** The employer's receipt for its request, saying when the jobcentre will call: to the request's contact person. */
  'intake-receipt',
  /**
   * A shortlist was sent to the employer: to the company's employer users, who can open it (never to an intake's
   * contact person as such: only when they are one of those users).
   */
  'shortlist-sent',
  /** A Code of Care member turns inactive soon unless it does something: to the network coordinators. */
  'code-of-care-inactive-soon',
  /** The month's management figures are computed: to the jobcentre's leads. */
  'monthly-figures-ready',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

/** What a notification is about, so it can link to it and be found from it. */
export const NOTIFICATION_SUBJECT_TYPES = ['intake', 'shortlist', 'code-of-care-membership', 'monthly-report'] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

interface IntakeFacts {
  intakeId: string;
  companyName: string;
  cvrNumber: string;
  /** The intake's kind (recruitment, småjob, …), rendered in the recipient's language. */
  kind: string;
  receivedAt: string;
  deadlineAt: string;
}

/** The data each event type carries (ISO 8601 instants, YYYY-MM-DD days). */
export interface NotificationData {
  'intake-assigned': IntakeFacts & { assigneeName: string; contactName: string; contactPhone: string | null };
  'intake-deadline-reminder': IntakeFacts & { assigneeName: string };
  'intake-deadline-breached': IntakeFacts & { assigneeName: string | null; breachedAt: string };
  'intake-receipt': IntakeFacts & { jobcentreName: string; contactName: string };
  'shortlist-sent': {
    shortlistId: string;
    companyName: string;
    postingTitle: string | null;
    candidates: number;
    sentByName: string;
    jobcentreName: string;
  };
  'code-of-care-inactive-soon': {
    membershipId: string;
    companyName: string;
    networkName: string;
    /** The first day the member is inactive unless it does something before. */
    inactiveOn: string;
    lastActivityOn: string | null;
  };
  'monthly-figures-ready': { reportId: string; month: string; jobcentreName: string; computedAt: string };
}

/** Per event type, how the user wants to be told: by e-mail and in the app (the default), or only one of them. */
export const NOTIFICATION_CHANNEL_CHOICES = ['email-and-in-app', 'email', 'in-app'] as const;
export type NotificationChannelChoice = (typeof NOTIFICATION_CHANNEL_CHOICES)[number];
export const DEFAULT_CHANNEL_CHOICE: NotificationChannelChoice = 'email-and-in-app';

export const NOTIFICATION_LANGUAGES = ['da', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/**
 * A staff member (by e-mail, and in the app when they have a sign-in), a user (an employer user), or an address only
 * (an employer's contact person, by e-mail only).
 */
export type NotificationRecipient =
  { staffMemberId: string } | { userId: string } | { email: string; name: string; language?: NotificationLanguage };

/** One event told to one recipient. */
export type NotificationDraft = {
  [T in NotificationEventType]: {
    jobcentreId: string;
    eventType: T;
    recipient: NotificationRecipient;
    subjectType: NotificationSubjectType;
    subjectId: string;
    /**
     * What makes this event unique for this recipient (e.g. the intake id and the assignment's turn): the same key
     * twice is the same event, told once. The recipient is added to it.
     */
    eventKey: string;
    data: NotificationData[T];
  };
}[NotificationEventType];
