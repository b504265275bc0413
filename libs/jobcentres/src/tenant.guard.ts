import { BadRequestException, CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, type RequestWithTenant } from '@jobbro/platform';
import { JobcentresService } from './jobcentres.service';

export const JOBCENTRE_HEADER = 'x-jobcentre';
export const STAFF_MEMBER_HEADER = 'x-staff-member';

/**
 * Resolves the caller's jobcentre (X-Jobcentre: its code) and, when given, the acting staff member
 * (X-Staff-Member: e-mail) into the request's TenantContext. Every route needs a jobcentre unless marked @Public().
 * Login with tokens replaces these headers when access control arrives; the TenantContext stays.
 */
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jobcentres: JobcentresService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<RequestWithTenant>();
    const code = single(request.headers[JOBCENTRE_HEADER]);
    if (!code) {
      throw new BadRequestException({ message: 'The X-Jobcentre header is required', errors: [{ field: 'X-Jobcentre', messages: ['must name your jobcentre, e.g. hedensted'] }] });
    }
    const jobcentre = await this.jobcentres.findByCode(code.toLowerCase());
    if (!jobcentre) {
      throw new UnauthorizedException('Unknown jobcentre');
    }
    const email = single(request.headers[STAFF_MEMBER_HEADER]);
    let actor = null;
    if (email) {
      const staffMember = await this.jobcentres.findStaffByEmail(jobcentre.id, email);
      if (!staffMember || !staffMember.active) {
        throw new UnauthorizedException('Unknown staff member for this jobcentre');
      }
      actor = { id: staffMember.id, name: staffMember.name, role: staffMember.role };
    }
    request.tenant = { jobcentreId: jobcentre.id, actor };
    return true;
  }
}

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}
