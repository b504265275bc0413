import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule, type RequestWithTenant } from '@jobbro/platform';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuthService } from '../auth/auth.service';
import type { Principal, RequestWithPrincipal } from './principal';

export const API_KEY_HEADER = 'x-api-key';

/**
 * Every request passes here. An endpoint is open only as far as its @Access or @Public rule says; one that declares
 * nothing is closed to all. The caller's jobcentre comes from its credentials, never from the request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenException('This endpoint declares no access rule, so it is closed');
    if (rule.public) return true;

    const request = context.switchToHttp().getRequest<RequestWithTenant & RequestWithPrincipal>();
    const principal = await this.authenticate(request);
    if (!rule.roles.includes(principal.role)) {
      throw new ForbiddenException(`This endpoint is for: ${rule.roles.join(', ')}`);
    }
    request.principal = principal;
    request.tenant = {
      jobcentreId: principal.jobcentreId,
      actor: principal.actor,
      companyCvrNumbers: principal.companyCvrNumbers,
    };
    return true;
  }

  private authenticate(request: RequestWithTenant): Promise<Principal> {
    const authorization = single(request.headers.authorization);
    if (authorization) {
      const [scheme, token] = authorization.split(/\s+/, 2);
      if (scheme?.toLowerCase() !== 'bearer' || !token)
        throw new UnauthorizedException('Send "Authorization: Bearer <access token>"');
      return this.auth.authenticate(token);
    }
    const apiKey = single(request.headers[API_KEY_HEADER]);
    if (apiKey) return this.apiKeys.authenticate(apiKey);
    throw new UnauthorizedException('Sign in first: send "Authorization: Bearer <access token>" or an "X-Api-Key"');
  }
}

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}
