import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxDate, MaxLength, MinDate } from 'class-validator';
import { EARLIEST_DATE, LATEST_DATE, PageQueryDto } from '@jobbro/platform';
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

  @ApiPropertyOptional({ description: 'From this time (inclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  @MinDate(EARLIEST_DATE)
  @MaxDate(LATEST_DATE)
  from?: Date;

  @ApiPropertyOptional({ description: 'Until this time (exclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  @MinDate(EARLIEST_DATE)
  @MaxDate(LATEST_DATE)
  to?: Date;
}
