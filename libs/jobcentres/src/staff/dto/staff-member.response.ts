import { ApiProperty } from '@nestjs/swagger';
import { PageResponse, STAFF_ROLES, type StaffRole } from '@jobbro/platform';
import type { StaffMember } from '../../staff-member.entity';

/** A colleague as the staff of a jobcentre see each other: enough to pick a consultant by name. */
export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Anna Mikkelsen' })
  name: string;

  @ApiProperty({ example: 'anna.mikkelsen@hedensted.dk' })
  email: string;

  @ApiProperty({ enum: STAFF_ROLES })
  role: StaffRole;

  @ApiProperty({ description: 'false for someone who has left; kept for the history they made' })
  active: boolean;

  static of(member: StaffMember): StaffMemberResponse {
    return { id: member.id, name: member.name, email: member.email, role: member.role, active: member.active };
  }
}

export class StaffPageResponse extends PageResponse(StaffMemberResponse, 'StaffPageResponse') {}
