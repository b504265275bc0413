import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOTIFICATION_DRAFT_COLUMNS, notificationDraftRow, notificationWritingCtes } from '@jobbro/notifications';
import { GroupCommit, isServiceUnavailable } from '@jobbro/platform';
import { assignedNotification, receiptNotifications, type IntakeFiler } from '../notifications/intake-notifications';
import type { EventDetails } from './intake-event.entity';
import type { IntakeChannel, IntakeContactPerson, IntakeKind } from './intake.entity';

/** An intake ready to be written: validated, its company resolved, its deadline computed. */
export interface IntakeDraft {
  id: string;
  jobcentreId: string;
  companyId: string;
  kind: IntakeKind;
  channel: IntakeChannel;
  description: string;
  contactPerson: IntakeContactPerson;
  receivedAt: Date;
  deadlineAt: Date;
  reminderAt: Date;
  idempotencyKey: string | null;
  requestFingerprint: string | null;
  receivedBy: { id: string | null; name: string } | null;
  /** The employer user who filed it from the web, told by the receipt; null for staff and integrations. */
  filedBy?: IntakeFiler | null;
}

export type IntakeWriteResult =
  | {
      outcome: 'created';
      assignee: { id: string; name: string } | null;
      company: { id: string; cvrNumber: string; name: string };
      version: number;
      createdAt: Date;
      updatedAt: Date;
    }
  | { outcome: 'unknown-company' }
  /** Another request with the same Idempotency-Key was written first. */
  | { outcome: 'duplicate' };

// Large enough to make one transaction of a burst, small enough to keep its locks and its latency short.
const MAX_INTAKES_PER_TRANSACTION = 200;

/**
 * Writes new intakes in group commits: requests that arrive while a write is under way are written together in the
 * next one, in one statement and one commit for all of them. A batch that fails is split until the failing request
 * stands alone, so one request's bad data never costs another its intake.
 */
@Injectable()
export class IntakeWriter {
  private readonly group = new GroupCommit<IntakeDraft, IntakeWriteResult>((drafts) => this.write(drafts), {
    maxBatch: MAX_INTAKES_PER_TRANSACTION,
    mayBeCausedByAnItem: (error) => !isServiceUnavailable(error),
  });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  submit(draft: IntakeDraft): Promise<IntakeWriteResult> {
    return this.group.submit(draft);
  }

  /**
   * One statement (`INSERT_INTAKES`), and so one commit, for the whole batch: it checks each company belongs to the
   * draft's jobcentre, locks the jobcentre's duty periods and assigns round-robin (the period that waited longest
   * first; when nobody is on duty, among those who come on duty next), writes the intakes and their first history
   * entries, moves the rotation on, and writes the notifications of the intakes written (to the assignee; the
   * employer's receipt) to the outbox, by the outbox's own statement parts (`notificationWritingCtes`). The periods
   * stay locked until it commits, so the rotation is exact across API processes; an intake is never committed
   * without its notifications.
   */
  private async write(drafts: IntakeDraft[]): Promise<IntakeWriteResult[]> {
    const rows: WrittenRow[] = await this.dataSource.query(INSERT_INTAKES, [
      JSON.stringify(drafts.map(toRow)),
      drafts[0].receivedAt,
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return drafts.map((draft) => resultOf(draft, byId.get(draft.id)!));
  }
}

// Room for each intake's notifications in the order of the batch's drafts (the seq of the first is the one written).
const MAX_NOTIFICATIONS_PER_INTAKE = 8;

/** Writes a batch of intakes with their assignments, first history entries and notifications, in one statement. */
const INSERT_INTAKES = `WITH draft AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(
           seq int, id uuid, jobcentre_id uuid, company_id uuid, kind text, channel text, description text,
           contact_person jsonb, received_at timestamptz, deadline_at timestamptz, reminder_at timestamptz,
           idempotency_key text, request_fingerprint text, received_by_id uuid, received_by_name text,
           received_details jsonb, notifications jsonb)
       ), valid AS (
         SELECT d.*, c.cvr_number, c.name AS company_name,
                row_number() OVER (PARTITION BY d.jobcentre_id ORDER BY d.seq) - 1 AS turn
           FROM draft d JOIN companies c ON c.id = d.company_id AND c.jobcentre_id = d.jobcentre_id
       ), on_duty AS (
         SELECT p.id AS period_id, p.jobcentre_id, p.consultant_id, p.last_assigned_at
           FROM duty_periods p
          WHERE p.jobcentre_id IN (SELECT jobcentre_id FROM valid) AND p.starts_at <= $2 AND p.ends_at > $2
            AND EXISTS (SELECT 1 FROM staff_members s WHERE s.id = p.consultant_id AND s.active)
            FOR UPDATE
       ), next_on_duty AS (
         SELECT p.id AS period_id, p.jobcentre_id, p.consultant_id, p.last_assigned_at
           FROM duty_periods p
          WHERE p.jobcentre_id IN (SELECT jobcentre_id FROM valid)
            AND p.jobcentre_id NOT IN (SELECT jobcentre_id FROM on_duty)
            AND EXISTS (SELECT 1 FROM staff_members s WHERE s.id = p.consultant_id AND s.active)
            AND p.starts_at = (SELECT min(q.starts_at) FROM duty_periods q
                                WHERE q.jobcentre_id = p.jobcentre_id AND q.starts_at > $2)
            FOR UPDATE
       ), candidate AS (
         SELECT c.*,
                row_number() OVER (PARTITION BY c.jobcentre_id
                                   ORDER BY c.last_assigned_at NULLS FIRST, c.period_id) - 1 AS rank,
                count(*) OVER (PARTITION BY c.jobcentre_id) AS candidates
           FROM (SELECT * FROM on_duty UNION ALL SELECT * FROM next_on_duty) c
       ), assigned AS (
         SELECT v.*, k.period_id, k.consultant_id AS assignee_id
           FROM valid v LEFT JOIN candidate k ON k.jobcentre_id = v.jobcentre_id AND k.rank = v.turn % k.candidates
       ), intake AS (
         INSERT INTO intakes (id, jobcentre_id, company_id, kind, channel, description, contact_person, status,
                              assignee_id,
                              received_at, deadline_at, reminder_at, idempotency_key, request_fingerprint)
         SELECT id, jobcentre_id, company_id, kind, channel, description, contact_person, 'awaiting-contact',
                assignee_id,
                received_at, deadline_at, reminder_at, idempotency_key, request_fingerprint
           FROM assigned
         -- Only the (jobcentre, Idempotency-Key) index can conflict: a repeat of a request already written.
         ON CONFLICT DO NOTHING
         RETURNING id, version, created_at, updated_at
       ), history AS (
         INSERT INTO intake_events (jobcentre_id, intake_id, type, at, actor_id, actor_name, details)
         SELECT a.jobcentre_id, a.id, entry.type, a.received_at, entry.actor_id, entry.actor_name, entry.details
           FROM intake JOIN assigned a ON a.id = intake.id
          CROSS JOIN LATERAL (VALUES
                (1, 'received', a.received_by_id, a.received_by_name, a.received_details),
                (2, CASE WHEN a.assignee_id IS NULL THEN 'unassigned' ELSE 'assigned' END, NULL::uuid, NULL::text,
                    CASE WHEN a.assignee_id IS NULL THEN jsonb_build_object('reason', 'nobody on the duty roster')
                         ELSE jsonb_build_object('assigneeId', a.assignee_id, 'reason', 'duty roster') END)
              ) AS entry(n, type, actor_id, actor_name, details)
          ORDER BY a.seq, entry.n
       ), rotation AS (
         -- A period's last turn in this batch gets the latest timestamp, so the next batch goes on from there.
         UPDATE duty_periods p SET last_assigned_at = clock_timestamp() + last_turn.turn * interval '1 microsecond'
           FROM (SELECT a.period_id, max(a.turn) AS turn FROM assigned a JOIN intake ON intake.id = a.id
                  WHERE a.period_id IS NOT NULL GROUP BY a.period_id) last_turn
          WHERE p.id = last_turn.period_id
       ), intake_notification AS (
         -- The notifications drafted with each intake (notificationsOf), completed with what only this statement
         -- knows: the assignee, and the company's and the jobcentre's names, for the keys each draft names in fill.
         SELECT (a.seq * ${MAX_NOTIFICATIONS_PER_INTAKE} + n.seq)::int AS seq, n.jobcentre_id, n.event_type,
                CASE WHEN n.to_assignee THEN a.assignee_id ELSE n.staff_member_id END AS staff_member_id,
                n.user_id, n.email, n.name, n.language, n.subject_type, n.subject_id, n.event_key,
                n.data || coalesce((SELECT jsonb_object_agg(fact.key, fact.value)
                                      FROM jsonb_each(jsonb_build_object(
                                             'companyName', a.company_name, 'cvrNumber', a.cvr_number,
                                             'assigneeName', s.name, 'jobcentreName', j.name)) fact
                                     WHERE fact.key = ANY(n.fill)), '{}'::jsonb) AS data
           FROM intake JOIN assigned a ON a.id = intake.id
           LEFT JOIN staff_members s ON s.id = a.assignee_id
           LEFT JOIN jobcentres j ON j.id = a.jobcentre_id
          CROSS JOIN LATERAL jsonb_to_recordset(a.notifications)
                AS n(${NOTIFICATION_DRAFT_COLUMNS}, to_assignee boolean, fill text[])
          WHERE NOT n.to_assignee OR a.assignee_id IS NOT NULL
       ), ${notificationWritingCtes('intake_notification')}
       SELECT d.id, v.id IS NOT NULL AS company_found, v.cvr_number, v.company_name,
              a.assignee_id, s.name AS assignee_name, intake.id IS NOT NULL AS written,
              intake.version, intake.created_at, intake.updated_at
         FROM draft d
         LEFT JOIN valid v ON v.id = d.id
         LEFT JOIN assigned a ON a.id = d.id
         LEFT JOIN staff_members s ON s.id = a.assignee_id
         LEFT JOIN intake ON intake.id = d.id`;

function toRow(draft: IntakeDraft, seq: number) {
  return {
    seq,
    id: draft.id,
    jobcentre_id: draft.jobcentreId,
    company_id: draft.companyId,
    kind: draft.kind,
    channel: draft.channel,
    description: draft.description,
    contact_person: draft.contactPerson,
    received_at: draft.receivedAt,
    deadline_at: draft.deadlineAt,
    reminder_at: draft.reminderAt,
    idempotency_key: draft.idempotencyKey,
    request_fingerprint: draft.requestFingerprint,
    received_by_id: draft.receivedBy?.id ?? null,
    received_by_name: draft.receivedBy?.name ?? null,
    received_details: {
      kind: draft.kind,
      channel: draft.channel,
      deadlineAt: draft.deadlineAt.toISOString(),
    } satisfies EventDetails,
    notifications: notificationsOf(draft),
  };
}

/** What the statement fills in a notification's data: facts only it knows. */
type StatementFact = 'companyName' | 'cvrNumber' | 'assigneeName' | 'jobcentreName';

/**
 * The notifications of an intake, if the statement writes it, drafted by the same rules as every other intake
 * notification: to the assignee the statement picks (`to_assignee`; none when nobody is on duty) and the employer's
 * receipt. The statement fills in the facts named in `fill`.
 */
function notificationsOf(draft: IntakeDraft) {
  const intake = {
    intakeId: draft.id,
    jobcentreId: draft.jobcentreId,
    companyName: '',
    cvrNumber: '',
    kind: draft.kind,
    contactPerson: draft.contactPerson,
    receivedAt: draft.receivedAt,
    deadlineAt: draft.deadlineAt,
  };
  const toAssignee = assignedNotification(intake, { id: draft.id, name: '' }, 'roster');
  const receipts = receiptNotifications(intake, '', draft.filedBy ?? null);
  if (receipts.length + 1 > MAX_NOTIFICATIONS_PER_INTAKE) throw new Error('Too many notifications for one intake');
  return [
    {
      ...notificationDraftRow(toAssignee, 0),
      staff_member_id: null,
      to_assignee: true,
      fill: ['companyName', 'cvrNumber', 'assigneeName'] satisfies StatementFact[],
    },
    ...receipts.map((receipt, index) => ({
      ...notificationDraftRow(receipt, index + 1),
      to_assignee: false,
      fill: ['companyName', 'cvrNumber', 'jobcentreName'] satisfies StatementFact[],
    })),
  ];
}

function resultOf(draft: IntakeDraft, row: WrittenRow): IntakeWriteResult {
  if (!row.company_found) return { outcome: 'unknown-company' };
  if (!row.written) return { outcome: 'duplicate' };
  return {
    outcome: 'created',
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name! } : null,
    company: { id: draft.companyId, cvrNumber: row.cvr_number!, name: row.company_name! },
    version: row.version!,
    createdAt: row.created_at!,
    updatedAt: row.updated_at!,
  };
}

interface WrittenRow {
  id: string;
  company_found: boolean;
  cvr_number: string | null;
  company_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  written: boolean;
  version: number | null;
  created_at: Date | null;
  updated_at: Date | null;
}
