import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationDraft } from '../notification-events';

/**
 * The transactional outbox: notifications are written by the transaction that writes their event, so an event is
 * never committed without its notifications nor told without having happened. Delivery happens later, by the
 * delivery job, from these rows.
 */
@Injectable()
export class NotificationOutbox {
  /**
   * Writes one notification per draft, in the caller's transaction, and an e-mail delivery for each that goes by
   * mail (the recipient's choice for the event type). A draft whose message key was written before is skipped: the
   * same event is told once. Inactive users and staff are skipped. Returns how many notifications were new.
   */
  async add(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<number> {
    if (drafts.length === 0) return 0;
    const rows = drafts.map(notificationDraftRow);
    const written: { count: string }[] = await manager.query(
      `WITH notification_draft AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(${NOTIFICATION_DRAFT_COLUMNS})
       ), ${notificationWritingCtes('notification_draft')}
       SELECT count(*) AS count FROM notification_inserted`,
      [JSON.stringify(rows)],
    );
    return Number(written[0].count);
  }
}

/** A draft as a row of NOTIFICATION_DRAFT_COLUMNS (for `jsonb_to_recordset`). */
export function notificationDraftRow(draft: NotificationDraft, seq: number) {
  return {
    seq,
    jobcentre_id: draft.jobcentreId,
    event_type: draft.eventType,
    staff_member_id: 'staffMemberId' in draft.recipient ? draft.recipient.staffMemberId : null,
    user_id: 'userId' in draft.recipient ? draft.recipient.userId : null,
    email: 'email' in draft.recipient ? draft.recipient.email : null,
    name: 'name' in draft.recipient ? draft.recipient.name : null,
    language: 'email' in draft.recipient ? (draft.recipient.language ?? null) : null,
    subject_type: draft.subjectType,
    subject_id: draft.subjectId,
    event_key: draft.eventKey,
    data: draft.data as object,
  };
}

/**
 * The columns of a notification draft in SQL, one row per draft (as `add` takes them): `seq` orders the drafts (the
 * first of two with the same message key is the one written); exactly one of `staff_member_id`, `user_id` and
 * `email` (with `name`, and optionally `language`) names the recipient; `data` is the event's data.
 */
export const NOTIFICATION_DRAFT_COLUMNS = `seq int, jobcentre_id uuid, event_type text, staff_member_id uuid,
  user_id uuid, email text, name text, language text, subject_type text, subject_id uuid, event_key text, data jsonb`;

/**
 * The common table expressions that write the notifications of the drafts in the CTE named `source` (with the
 * columns of NOTIFICATION_DRAFT_COLUMNS), for a statement that writes an event and tells it in one go: appended
 * after the statement's own CTEs (`WITH …, source AS (…), ${notificationWritingCtes('source')} SELECT …`). They
 * resolve each recipient (a staff member to their address and sign-in, a user, a bare address; inactive ones are
 * skipped), apply the recipient's channel choice and language, write each message key once (`ON CONFLICT DO
 * NOTHING`, and the first of a batch's repeats) and an e-mail delivery with its Message-ID for each that goes by
 * mail. `notification_inserted` returns the notifications written (id, jobcentre_id, message_key,
 * recipient_email). Uses no parameters; every name it defines begins with `notification_`.
 */
export function notificationWritingCtes(source: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(source)) throw new Error(`Not a CTE name: ${source}`);
  return `notification_resolved AS (
         -- A batch may carry the same event twice: the first is the one written.
         SELECT DISTINCT ON (message_key) * FROM (
           SELECT d.*, coalesce(u.id, su.id) AS account_id,
                  coalesce(s.email, u.email, d.email) AS to_address,
                  coalesce(s.name, u.name, d.name) AS to_name,
                  coalesce(su.language, u.language, d.language, 'da') AS lang,
                  coalesce(p.channels, 'email-and-in-app') AS channels,
                  d.event_type || ':' || d.event_key || ':' ||
                    coalesce('staff:' || s.id::text, 'user:' || u.id::text, 'address:' || lower(d.email)) AS message_key
             FROM ${source} d
             LEFT JOIN staff_members s ON s.id = d.staff_member_id AND s.jobcentre_id = d.jobcentre_id AND s.active
             LEFT JOIN user_accounts su ON su.staff_member_id = s.id AND su.active
             LEFT JOIN user_accounts u ON u.id = d.user_id AND u.jobcentre_id = d.jobcentre_id AND u.active
             LEFT JOIN notification_preferences p
                    ON p.user_id = coalesce(u.id, su.id) AND p.event_type = d.event_type
            WHERE (d.staff_member_id IS NULL OR s.id IS NOT NULL) AND (d.user_id IS NULL OR u.id IS NOT NULL)
         ) each_draft ORDER BY message_key, seq
       ), notification_inserted AS (
         INSERT INTO notifications (jobcentre_id, event_type, message_key, recipient_user_id, recipient_email,
                                    recipient_name, language, subject_type, subject_id, data, in_app)
         SELECT jobcentre_id, event_type, message_key, account_id, to_address, to_name, lang, subject_type,
                subject_id, data, account_id IS NOT NULL AND channels <> 'email'
           FROM notification_resolved
          ORDER BY seq
         ON CONFLICT (message_key) DO NOTHING
         RETURNING id, jobcentre_id, message_key, recipient_email
       ), notification_mailed AS (
         INSERT INTO notification_deliveries (jobcentre_id, notification_id, to_address, message_id)
         SELECT i.jobcentre_id, i.id, i.recipient_email, '<' || i.id || '@notifications.jobbro>'
           FROM notification_inserted i JOIN notification_resolved r ON r.message_key = i.message_key
          WHERE i.recipient_email IS NOT NULL AND (r.account_id IS NULL OR r.channels <> 'in-app')
         RETURNING id
       )`;
}
