import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@jobbro/platform';
import { INTAKE_KINDS, INTAKE_STATUSES, type IntakeKind } from '../intake.entity';

export const QUEUE_STATUS_FILTERS = ['open', ...INTAKE_STATUSES, 'all'] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

export class IntakeQueueQuery extends PageQueryDto {
  @ApiPropertyOptional({
    enum: QUEUE_STATUS_FILTERS,
    default: 'open',
    description: 'open = awaiting contact or contacted',
  })
  @IsOptional()
  @IsIn(QUEUE_STATUS_FILTERS)
  status: QueueStatusFilter = 'open';

  @ApiPropertyOptional({ description: 'A consultant id, or "unassigned"' })
  @IsOptional()
  @ValidateIf((query: IntakeQueueQuery) => query.assignee !== 'unassigned')
  @IsUUID('all', { message: 'assignee must be a consultant id or "unassigned"' })
  assignee?: string;

  @ApiPropertyOptional({ enum: INTAKE_KINDS })
  @IsOptional()
  @IsIn(INTAKE_KINDS)
  kind?: IntakeKind;

  @ApiPropertyOptional({ description: 'true: only intakes whose deadline was breached; false: only the others' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'breached must be true or false' })
  breached?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only this company's intakes (with status=all: its whole history)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be the id of a company registered in your jobcentre' })
  companyId?: string;
}
