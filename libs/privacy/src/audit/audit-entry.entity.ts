import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One read or change of personal data or of who may sign in. The table only grows: a database trigger refuses
 * updates and deletes.
 */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  /** Method and route, e.g. "GET /api/v1/candidates/:id". */
  @Column({ type: 'text' })
  endpoint: string;

  /** What changed, where the action and record do not say it (e.g. "role: consultant → lead"); never a secret. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;
}
