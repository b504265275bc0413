import { ApiProperty } from '@nestjs/swagger';
import { StaffReference } from '../intakes/intake.response';

export class DutyDeskCountsResponse {
  @ApiProperty({ description: 'Intakes awaiting contact or contacted, not closed', example: 12 })
  open: number;

  @ApiProperty({ description: 'Awaiting first contact, deadline within the window', example: 3 })
  dueSoon: number;

  @ApiProperty({ description: 'Awaiting first contact, deadline passed', example: 1 })
  breached: number;
}

export class DutyDeskAssigneeCountsResponse extends DutyDeskCountsResponse {
  @ApiProperty({
    type: StaffReference,
    nullable: true,
    description: 'Null for the intakes nobody holds; every active consultant is listed, also with nothing open',
  })
  assignee: StaffReference | null;
}

/** The duty desk at a glance, for the lead. */
export class DutyDeskOverviewResponse {
  @ApiProperty({ format: 'date-time', description: 'When the numbers were counted' })
  at: Date;

  @ApiProperty({ example: 4 })
  dueWithinHours: number;

  @ApiProperty({ format: 'date-time', description: 'Deadlines before this instant (and not past) are due soon' })
  dueSoonUntil: Date;

  @ApiProperty({ type: DutyDeskCountsResponse })
  totals: DutyDeskCountsResponse;

  @ApiProperty({ type: [DutyDeskAssigneeCountsResponse], description: 'Consultants by name, then the unassigned' })
  perAssignee: DutyDeskAssigneeCountsResponse[];
}
