import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { AUDIT_ACTIONS, type AuditAction } from './audit-entry.entity';

/** One read or change of personal data: who, when, what, through which endpoint. */
export class AuditEntryResponse {
  @ApiProperty({ example: '1042', description: 'Grows with every entry' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  jobcentreId: string;

  @ApiProperty()
  at: Date;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  actorId: string | null;

  @ApiProperty({ example: 'Anna Mikkelsen' })
  actorName: string;

  @ApiProperty({ example: 'consultant' })
  actorRole: string;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action: AuditAction;

  @ApiProperty({ example: 'candidate' })
  recordType: string;

  @ApiProperty({ format: 'uuid' })
  recordId: string;

  @ApiProperty({ example: 'GET /api/v1/candidates/:id' })
  endpoint: string;

  @ApiProperty({ nullable: true, type: String, example: 'role: consultant → lead', description: 'What changed' })
  detail: string | null;
}

export class AuditPageResponse extends PageResponse(AuditEntryResponse, 'AuditPageResponse') {}
