import type { NotificationRecipient } from '../notification-events';

/** A recipient with the e-mail address it would be told at (a user's or staff member's own, or the bare address). */
export interface AddressedRecipient {
  recipient: NotificationRecipient;
  email: string | null;
}

const hasAccount = (recipient: NotificationRecipient) => !('email' in recipient);
const addressKey = (email: string | null) => email?.trim().toLowerCase() || null;

/**
 * One recipient per e-mail address (compared without case or surrounding blanks), so one person is told an event
 * once however many roles they appear in: a user or staff member wins over a bare address (they have the inbox and
 * their language and channel choices), otherwise the first. Recipients without a known address are all kept. The
 * order is the order the kept recipients first appeared in.
 */
export function onePerAddress(recipients: readonly AddressedRecipient[]): NotificationRecipient[] {
  const chosen = new Map<string, number>();
  recipients.forEach((each, index) => {
    const key = addressKey(each.email);
    if (key === null) return;
    const earlier = chosen.get(key);
    if (earlier === undefined || (!hasAccount(recipients[earlier].recipient) && hasAccount(each.recipient)))
      chosen.set(key, index);
  });
  const kept = new Set(chosen.values());
  return recipients
    .filter((each, index) => addressKey(each.email) === null || kept.has(index))
    .map((each) => each.recipient);
}
