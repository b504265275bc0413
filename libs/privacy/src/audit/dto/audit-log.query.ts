import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalDateTimeQuery, PageQueryDto } from '@jobbro/platform';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-entry.entity';

export class AuditLogQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: 'candidate' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  recordType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'recordId must be a record id' })
  recordId?: string;

  @ApiPropertyOptional({ description: 'A staff member, employer user or API key id' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be an id' })
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, description: 'Only reads, or only one kind of change' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @OptionalDateTimeQuery('from', 'From this time (inclusive)')
  from?: Date;

  @OptionalDateTimeQuery('to', 'Until this time (exclusive)')
  to?: Date;
}
