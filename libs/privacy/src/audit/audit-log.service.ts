import { Injectable } from '@nestjs/common';
import { And, LessThan, MoreThanOrEqual } from 'typeorm';
import { invalidField, pageOf, TenantData, type Page, type TenantContext, type TenantScope } from '@jobbro/platform';
import type { AuditLogQuery } from './dto/audit-log.query';
import { AuditEntry, type AuditAction } from './audit-entry.entity';

export interface AuditedAccess {
  action: AuditAction;
  recordType: string;
  recordIds: string[];
  endpoint: string;
  /** What changed, in a few words; never a secret or a CPR number. */
  detail?: string;
}

@Injectable()
export class AuditLogService {
  constructor(private readonly data: TenantData) {}

  /**
   * Records who read or changed which records of personal data. Pass the scope of the transaction that changes
   * them, so a change and its audit entry are committed together or not at all.
   */
  async record(
    tenant: TenantContext,
    access: AuditedAccess,
    scope: TenantScope = this.data.for(tenant),
  ): Promise<void> {
    const actor = tenant.actor;
    if (!actor) throw new Error('Personal data is only read or changed by someone: the audit log needs an actor');
    await scope.insert(
      AuditEntry,
      access.recordIds.map((recordId) => ({
        actorId: actor.id,
        actorName: actor.name,
        actorRole: actor.role,
        action: access.action,
        recordType: access.recordType,
        recordId,
        endpoint: access.endpoint,
        detail: access.detail ?? null,
      })),
    );
  }

  async find(tenant: TenantContext, query: AuditLogQuery): Promise<Page<AuditEntry>> {
    if (query.from && query.to && query.to <= query.from) throw invalidField('to', 'to must be after from');
    const at =
      query.from && query.to
        ? And(MoreThanOrEqual(query.from), LessThan(query.to))
        : query.from
          ? MoreThanOrEqual(query.from)
          : query.to
            ? LessThan(query.to)
            : undefined;
    const [items, total] = await this.data.for(tenant).findAndCount(AuditEntry, {
      where: {
        ...(query.recordType ? { recordType: query.recordType } : {}),
        ...(query.recordId ? { recordId: query.recordId } : {}),
        ...(query.actorId ? { actorId: query.actorId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(at ? { at } : {}),
      },
      order: { at: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return pageOf(items, total, query);
  }
}
