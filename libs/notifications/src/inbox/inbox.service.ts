import { Injectable, NotFoundException } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { pageOf, TenantData, type Page, type Role, type TenantContext } from '@jobbro/platform';
import type { NotificationChannelChoice } from '../notification-events';
import { Notification } from '../outbox/notification.entity';
import { choicesFor, choicesToWrite } from '../preferences/preference-rules';
import type { InboxItemResponse, InboxQuery, PreferencesResponse, UpdatePreferencesDto } from './inbox.dto';

/** The signed-in user: their account (the inbox's owner), their role and their jobcentre. */
export interface InboxOwner {
  tenant: TenantContext;
  accountId: string;
  role: Role;
}

/**
 * The in-app inbox and the channel choices of the signed-in user: only their own notifications, in their own
 * jobcentre. Another user's notification is not found, exactly like one that does not exist.
 */
@Injectable()
export class InboxService {
  constructor(private readonly data: TenantData) {}

  async list({ tenant, accountId }: InboxOwner, query: InboxQuery): Promise<Page<InboxItemResponse>> {
    const [items, total] = await this.data.for(tenant).findAndCount(Notification, {
      where: { recipientUserId: accountId, inApp: true, ...(query.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return pageOf(items.map(toItem), total, query);
  }

  async unreadCount({ tenant, accountId }: InboxOwner): Promise<number> {
    return this.data
      .for(tenant)
      .select(Notification, 'n')
      .andWhere('n.recipient_user_id = :accountId AND n.in_app AND n.read_at IS NULL', { accountId })
      .getCount();
  }

  /** Marks one read; marking it again keeps the first time it was read. */
  async markRead({ tenant, accountId }: InboxOwner, id: string): Promise<InboxItemResponse> {
    const scope = this.data.for(tenant);
    await scope.update(
      Notification,
      { id, recipientUserId: accountId, inApp: true, readAt: IsNull() },
      {
        readAt: () => 'now()',
      },
    );
    const notification = await scope.findOneBy(Notification, { id, recipientUserId: accountId, inApp: true });
    if (!notification) throw new NotFoundException(`No notification with id ${id}`);
    return toItem(notification);
  }

  async markAllRead({ tenant, accountId }: InboxOwner): Promise<number> {
    return this.data
      .for(tenant)
      .update(Notification, { recipientUserId: accountId, inApp: true, readAt: IsNull() }, { readAt: () => 'now()' });
  }

  async preferences({ tenant, accountId, role }: InboxOwner): Promise<PreferencesResponse> {
    const scope = this.data.for(tenant);
    const [account] = await scope.query<{ language: 'da' | 'en' }>(
      `SELECT language FROM user_accounts WHERE jobcentre_id = $1 AND id = $2`,
      [accountId],
    );
    if (!account) throw new NotFoundException('Your account is gone');
    const stored = await scope.query<{ event_type: string; channels: NotificationChannelChoice }>(
      `SELECT p.event_type, p.channels FROM notification_preferences p
         JOIN user_accounts u ON u.id = p.user_id AND u.jobcentre_id = $1
        WHERE p.user_id = $2`,
      [accountId],
    );
    return {
      language: account.language,
      choices: choicesFor(role, new Map(stored.map((row) => [row.event_type, row.channels]))),
    };
  }

  async updatePreferences(owner: InboxOwner, input: UpdatePreferencesDto): Promise<PreferencesResponse> {
    const written = choicesToWrite(owner.role, input.allChannels, input.choices);
    await this.data.for(owner.tenant).transaction(async (scope) => {
      if (input.language) {
        await scope.query(`UPDATE user_accounts SET language = $3 WHERE jobcentre_id = $1 AND id = $2`, [
          owner.accountId,
          input.language,
        ]);
      }
      if (written.size === 0) return;
      await scope.query(
        `INSERT INTO notification_preferences (user_id, event_type, channels)
         SELECT u.id, c.event_type, c.channels
           FROM user_accounts u, unnest($3::text[], $4::text[]) AS c(event_type, channels)
          WHERE u.jobcentre_id = $1 AND u.id = $2
         ON CONFLICT (user_id, event_type)
         DO UPDATE SET channels = EXCLUDED.channels, updated_at = now()`,
        [owner.accountId, [...written.keys()], [...written.values()]],
      );
    });
    return this.preferences(owner);
  }
}

function toItem(notification: Notification): InboxItemResponse {
  return {
    id: notification.id,
    eventType: notification.eventType,
    subjectType: notification.subjectType,
    subjectId: notification.subjectId,
    data: notification.data,
    createdAt: notification.createdAt,
    readAt: notification.readAt,
  };
}
