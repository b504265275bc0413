import type { TenantScope } from '@jobbro/platform';
import type { NotificationDraft } from '../notification-events';
import type { NotificationOutbox } from './notification-outbox';

/**
 * Writes notifications in a tenant scope's transaction (the one that writes their event). Every draft must belong
 * to the scope's jobcentre: a notification is never told across jobcentres.
 */
export function notifyWithin(
  outbox: NotificationOutbox,
  scope: TenantScope,
  drafts: readonly NotificationDraft[],
): Promise<number> {
  const foreign = drafts.find((draft) => draft.jobcentreId !== scope.jobcentreId);
  if (foreign) throw new Error(`A notification of jobcentre ${foreign.jobcentreId} in another jobcentre's scope`);
  return outbox.add(scope.manager, drafts);
}
