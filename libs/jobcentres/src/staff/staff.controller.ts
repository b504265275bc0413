import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { JobcentresService } from '../jobcentres.service';
import { FindStaffQuery } from './dto/find-staff.query';
import { StaffPageResponse } from './dto/staff-member.response';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly jobcentres: JobcentresService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: StaffPageResponse, description: 'The staff of your jobcentre, by name' })
  @ApiBadRequestResponse({ description: 'A filter is not valid' })
  find(@Tenant() tenant: TenantContext, @Query() query: FindStaffQuery): Promise<StaffPageResponse> {
    return this.jobcentres.findStaff(tenant, query);
  }
}
