import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from './roles';

/** Who acts: a staff member, an employer user or an API key, as recorded in histories. */
export interface Actor {
  /** The staff member's id for staff; the employer user's or the API key's id otherwise. */
  id: string;
  name: string;
  role: Role;
}

/** Who is calling and for which jobcentre; every domain service takes it, so no query can forget its tenant. */
export interface TenantContext {
  jobcentreId: string;
  /** Null only for the system itself (timers, reconcilers), never for a request. */
  actor: Actor | null;
  /** For employer users: the CVR numbers of the companies they act for. Empty for everyone else. */
  companyCvrNumbers: readonly string[];
}

export interface RequestWithTenant {
  tenant?: TenantContext;
  headers: Record<string, string | string[] | undefined>;
}

/** Injects the TenantContext the access guard resolved for this request. */
export const Tenant = createParamDecorator((_data: unknown, context: ExecutionContext): TenantContext => {
  const tenant = context.switchToHttp().getRequest<RequestWithTenant>().tenant;
  if (!tenant) {
    throw new Error('No tenant context: the route is public or the access guard is not installed');
  }
  return tenant;
});
