import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { UpdateDutyDeskSettingsDto } from './dto/first-contact-policy.dto';
import { DutyDeskSettingsResponse } from './duty-desk-settings.response';
import { DutyDeskSettingsService } from './duty-desk-settings.service';

@ApiTags('duty desk')
@Controller('duty-desk/settings')
export class DutyDeskSettingsController {
  constructor(private readonly settings: DutyDeskSettingsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: DutyDeskSettingsResponse })
  async get(@Tenant() tenant: TenantContext): Promise<DutyDeskSettingsResponse> {
    return { firstContactPolicy: await this.settings.policyFor(tenant.jobcentreId) };
  }

  /** Applies to intakes received from now on; deadlines already set stay as they are. */
  @Put()
  @Access('lead', 'admin')
  @ApiOkResponse({ type: DutyDeskSettingsResponse, description: 'The policy now in force for new intakes' })
  async update(
    @Tenant() tenant: TenantContext,
    @Body() input: UpdateDutyDeskSettingsDto,
  ): Promise<DutyDeskSettingsResponse> {
    return { firstContactPolicy: await this.settings.updatePolicy(tenant, input.firstContactPolicy) };
  }
}
