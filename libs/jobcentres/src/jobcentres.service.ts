import { Injectable } from '@nestjs/common';
import { TenantData, type TenantContext } from '@jobbro/platform';
import { StaffMember } from './staff-member.entity';

/** The caller's jobcentre and its staff. */
@Injectable()
export class JobcentresService {
  constructor(private readonly data: TenantData) {}

  findStaffMember(tenant: TenantContext, staffMemberId: string): Promise<StaffMember | null> {
    return this.data.for(tenant).findOneBy(StaffMember, { id: staffMemberId });
  }
}
