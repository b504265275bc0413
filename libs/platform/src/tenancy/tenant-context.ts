import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export interface Actor {
  id: string;
  name: string;
  role: string;
}

/** Who is calling and for which jobcentre; every domain service takes it, so no query can forget its tenant. */
export interface TenantContext {
  jobcentreId: string;
  actor: Actor | null;
}

export interface RequestWithTenant {
  tenant?: TenantContext;
  headers: Record<string, string | string[] | undefined>;
}

/** Marks a route that needs no jobcentre, such as health checks. */
export const PUBLIC_ROUTE = 'jobbro:public-route';
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Injects the TenantContext the guard resolved for this request. */
export const Tenant = createParamDecorator((_data: unknown, context: ExecutionContext): TenantContext => {
  const tenant = context.switchToHttp().getRequest<RequestWithTenant>().tenant;
  if (!tenant) {
    throw new Error('No tenant context: the route is public or the tenant guard is not installed');
  }
  return tenant;
});
