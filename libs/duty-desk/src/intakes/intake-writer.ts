import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { GroupCommit } from '@jobbro/platform';
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
  receivedBy: { id: string; name: string } | null;
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

interface Candidate {
  period_id: string;
  consultant_id: string;
  name: string;
}

// Large enough to make one transaction of a burst, small enough to keep its locks and its latency short.
const MAX_INTAKES_PER_TRANSACTION = 200;

/**
 * Writes new intakes in group commits: requests that arrive while a transaction is under way are written together
 * in the next one, with one set of statements and one commit for all of them. Assignment happens in the same
 * transaction, with the jobcentre's duty periods locked, so the round-robin stays exact across API processes.
 */
@Injectable()
export class IntakeWriter {
  private readonly group = new GroupCommit<IntakeDraft, IntakeWriteResult>((drafts) => this.write(drafts), MAX_INTAKES_PER_TRANSACTION);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  submit(draft: IntakeDraft): Promise<IntakeWriteResult> {
    return this.group.submit(draft);
  }

  private write(drafts: IntakeDraft[]): Promise<IntakeWriteResult[]> {
    return this.dataSource.transaction(async (manager) => {
      const companies = await this.companiesOf(manager, drafts);
      const valid = drafts.filter((draft) => companies.has(draft.companyId));
      const assignees = await this.assign(manager, valid);
      const rows: { id: string; version: number; created_at: Date; updated_at: Date }[] = valid.length === 0 ? [] : await manager.query(
        `WITH intake AS (
           INSERT INTO intakes (id, jobcentre_id, company_id, kind, channel, description, contact_person, status, assignee_id,
                                received_at, deadline_at, reminder_at, idempotency_key, request_fingerprint)
           SELECT id, jobcentre_id, company_id, kind, channel, description, contact_person, 'awaiting-contact', assignee_id,
                  received_at, deadline_at, reminder_at, idempotency_key, request_fingerprint
             FROM jsonb_to_recordset($1::jsonb) AS draft(
                  id uuid, jobcentre_id uuid, company_id uuid, kind text, channel text, description text, contact_person jsonb,
                  assignee_id uuid, received_at timestamptz, deadline_at timestamptz, reminder_at timestamptz,
                  idempotency_key text, request_fingerprint text)
           -- Only the (jobcentre, Idempotency-Key) index can conflict: a repeat of a request already written.
           ON CONFLICT DO NOTHING
           RETURNING id, jobcentre_id, version, created_at, updated_at
         ), history AS (
           INSERT INTO intake_events (jobcentre_id, intake_id, type, at, actor_id, actor_name, details)
           SELECT intake.jobcentre_id, intake.id, entry.type, entry.at, entry.actor_id, entry.actor_name, entry.details
             FROM intake JOIN jsonb_to_recordset($2::jsonb)
                  AS entry(seq int, intake_id uuid, type text, at timestamptz, actor_id uuid, actor_name text, details jsonb)
               ON entry.intake_id = intake.id
            ORDER BY entry.seq
         )
         SELECT id, version, created_at, updated_at FROM intake`,
        [
          JSON.stringify(valid.map((draft) => ({
            id: draft.id,
            jobcentre_id: draft.jobcentreId,
            company_id: draft.companyId,
            kind: draft.kind,
            channel: draft.channel,
            description: draft.description,
            contact_person: draft.contactPerson,
            assignee_id: assignees.get(draft.id)?.id ?? null,
            received_at: draft.receivedAt,
            deadline_at: draft.deadlineAt,
            reminder_at: draft.reminderAt,
            idempotency_key: draft.idempotencyKey,
            request_fingerprint: draft.requestFingerprint,
          }))),
          JSON.stringify(valid.flatMap((draft) => firstHistory(draft, assignees.get(draft.id) ?? null)).map((entry, seq) => ({ seq, ...entry }))),
        ],
      );
      const written = new Map(rows.map((row) => [row.id, row]));
      return drafts.map((draft): IntakeWriteResult => {
        const company = companies.get(draft.companyId);
        if (!company) return { outcome: 'unknown-company' };
        const row = written.get(draft.id);
        if (!row) return { outcome: 'duplicate' };
        return {
          outcome: 'created',
          assignee: assignees.get(draft.id) ?? null,
          company,
          version: row.version,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
      });
    });
  }

  /** The drafts' companies that exist in the drafts' own jobcentres. */
  private async companiesOf(manager: EntityManager, drafts: IntakeDraft[]) {
    const rows: { id: string; cvr_number: string; name: string }[] = await manager.query(
      `SELECT c.id, c.cvr_number, c.name FROM companies c
         JOIN jsonb_to_recordset($1::jsonb) AS wanted(jobcentre_id uuid, company_id uuid)
           ON c.id = wanted.company_id AND c.jobcentre_id = wanted.jobcentre_id`,
      [JSON.stringify(drafts.map((draft) => ({ jobcentre_id: draft.jobcentreId, company_id: draft.companyId })))],
    );
    return new Map(rows.map((row) => [row.id, { id: row.id, cvrNumber: row.cvr_number, name: row.name }]));
  }

  /**
   * Round-robin over the consultants on duty at receipt (the period that waited longest goes first); when nobody
   * is on duty, over those who come on duty next. The periods stay locked until the intakes are committed.
   */
  private async assign(manager: EntityManager, drafts: IntakeDraft[]): Promise<Map<string, { id: string; name: string }>> {
    const assignees = new Map<string, { id: string; name: string }>();
    const used: { periodId: string; order: number }[] = [];
    for (const jobcentreId of new Set(drafts.map((draft) => draft.jobcentreId))) {
      const own = drafts.filter((draft) => draft.jobcentreId === jobcentreId);
      const at = own[0].receivedAt;
      let candidates: Candidate[] = await manager.query(
        `SELECT p.id AS period_id, s.id AS consultant_id, s.name
           FROM duty_periods p JOIN staff_members s ON s.id = p.consultant_id AND s.active
          WHERE p.jobcentre_id = $1 AND p.starts_at <= $2 AND p.ends_at > $2
          ORDER BY p.last_assigned_at NULLS FIRST, p.id
          FOR UPDATE OF p`,
        [jobcentreId, at],
      );
      if (candidates.length === 0) {
        candidates = await manager.query(
          `SELECT p.id AS period_id, s.id AS consultant_id, s.name
             FROM duty_periods p JOIN staff_members s ON s.id = p.consultant_id AND s.active
            WHERE p.jobcentre_id = $1
              AND p.starts_at = (SELECT min(starts_at) FROM duty_periods WHERE jobcentre_id = $1 AND starts_at > $2)
            ORDER BY p.last_assigned_at NULLS FIRST, p.id
            FOR UPDATE OF p`,
          [jobcentreId, at],
        );
      }
      if (candidates.length === 0) continue;
      own.forEach((draft, index) => {
        const candidate = candidates[index % candidates.length];
        assignees.set(draft.id, { id: candidate.consultant_id, name: candidate.name });
        used.push({ periodId: candidate.period_id, order: used.length });
      });
    }
    if (used.length > 0) {
      // Later turns get later timestamps, so the next batch continues the rotation where this one stopped.
      await manager.query(
        `UPDATE duty_periods SET last_assigned_at = clock_timestamp() + turn.order_no * interval '1 microsecond'
           FROM (SELECT period_id, max(order_no) AS order_no
                   FROM jsonb_to_recordset($1::jsonb) AS used(period_id uuid, order_no int) GROUP BY period_id) turn
          WHERE duty_periods.id = turn.period_id`,
        [JSON.stringify(used.map(({ periodId, order }) => ({ period_id: periodId, order_no: order })))],
      );
    }
    return assignees;
  }
}

function firstHistory(draft: IntakeDraft, assignee: { id: string; name: string } | null) {
  const entry = (type: string, details: EventDetails, actor: { id: string; name: string } | null) => ({
    intake_id: draft.id,
    type,
    at: draft.receivedAt,
    actor_id: actor?.id ?? null,
    actor_name: actor?.name ?? null,
    details,
  });
  return [
    entry('received', { kind: draft.kind, channel: draft.channel, deadlineAt: draft.deadlineAt.toISOString() }, draft.receivedBy),
    assignee
      ? entry('assigned', { assigneeId: assignee.id, reason: 'duty roster' }, null)
      : entry('unassigned', { reason: 'nobody on the duty roster' }, null),
  ];
}
