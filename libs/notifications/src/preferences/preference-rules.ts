import type { Role } from '@jobbro/platform';
import {
  DEFAULT_CHANNEL_CHOICE,
  NOTIFICATION_EVENT_TYPES,
  type NotificationChannelChoice,
  type NotificationEventType,
} from '../notification-events';

/** What an employer user can be told about; staff are told about everything else. */
const EMPLOYER_EVENT_TYPES: readonly NotificationEventType[] = ['intake-receipt', 'shortlist-sent'];

/** The event types that can reach a user of `role`, in the catalogue's order. */
export function eventTypesFor(role: Role): NotificationEventType[] {
  return NOTIFICATION_EVENT_TYPES.filter((type) => EMPLOYER_EVENT_TYPES.includes(type) === (role === 'employer'));
}

/** The user's choice per event type that can reach them, the default where they made none. */
export function choicesFor(
  role: Role,
  stored: ReadonlyMap<string, NotificationChannelChoice>,
): { eventType: NotificationEventType; channels: NotificationChannelChoice; chosen: boolean }[] {
  return eventTypesFor(role).map((eventType) => ({
    eventType,
    channels: stored.get(eventType) ?? DEFAULT_CHANNEL_CHOICE,
    chosen: stored.has(eventType),
  }));
}

/**
 * The choices a change writes: `all` for every event type that can reach the user, then each of `choices` (the
 * later of two for one type wins).
 */
export function choicesToWrite(
  role: Role,
  all: NotificationChannelChoice | undefined,
  choices: readonly { eventType: NotificationEventType; channels: NotificationChannelChoice }[] = [],
): Map<NotificationEventType, NotificationChannelChoice> {
  const written = new Map<NotificationEventType, NotificationChannelChoice>();
  if (all) for (const eventType of eventTypesFor(role)) written.set(eventType, all);
  for (const choice of choices) written.set(choice.eventType, choice.channels);
  return written;
}
