import { Injectable } from '@nestjs/common';
import { pageOf, TenantData, type Page, type TenantContext } from '@jobbro/platform';
import type { FindStaffQuery } from './staff/dto/find-staff.query';
import { StaffMemberResponse } from './staff/dto/staff-member.response';
import { StaffMember } from './staff-member.entity';

/** The caller's jobcentre and its staff. */
@Injectable()
export class JobcentresService {
  constructor(private readonly data: TenantData) {}

  findStaffMember(tenant: TenantContext, staffMemberId: string): Promise<StaffMember | null> {
    return this.data.for(tenant).findOneBy(StaffMember, { id: staffMemberId });
  }

  /** The jobcentre's staff by name, so clients can offer consultants to assign, reassign and put on the roster. */
  async findStaff(tenant: TenantContext, query: FindStaffQuery): Promise<Page<StaffMemberResponse>> {
    const [members, total] = await this.data.for(tenant).findAndCount(StaffMember, {
      where: {
        ...(query.role ? { role: query.role } : {}),
        ...(query.active !== undefined ? { active: query.active } : {}),
      },
      order: { name: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return pageOf(members.map(StaffMemberResponse.of), total, query);
  }
}
