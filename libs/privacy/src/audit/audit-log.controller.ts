import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { AuditPageResponse } from './audit-entry.response';
import { AuditLogService } from './audit-log.service';
import { AuditLogQuery } from './dto/audit-log.query';

/** Admins read who saw or changed personal data. There is deliberately no way to change the log. */
@ApiTags('audit')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @Access('admin')
  @ApiOkResponse({ type: AuditPageResponse, description: 'Reads and changes of personal data, newest first' })
  find(@Tenant() tenant: TenantContext, @Query() query: AuditLogQuery): Promise<AuditPageResponse> {
    return this.audit.find(tenant, query);
  }
}
