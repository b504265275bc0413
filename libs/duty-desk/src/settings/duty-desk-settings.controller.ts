import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import type { DeadlinePolicy } from '../deadline';
import { UpdateDutyDeskSettingsDto } from './dto/first-contact-policy.dto';
import { DutyDeskSettingsService } from './duty-desk-settings.service';

@ApiTags('duty desk')
@Controller('duty-desk/settings')
export class DutyDeskSettingsController {
  constructor(private readonly settings: DutyDeskSettingsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  async get(@Tenant() tenant: TenantContext): Promise<{ firstContactPolicy: DeadlinePolicy }> {
    return { firstContactPolicy: await this.settings.policyFor(tenant.jobcentreId) };
  }

  /** Applies to intakes received from now on; deadlines already set stay as they are. */
  @Put()
  @Access('lead', 'admin')
  async update(
    @Tenant() tenant: TenantContext,
    @Body() input: UpdateDutyDeskSettingsDto,
  ): Promise<{ firstContactPolicy: DeadlinePolicy }> {
    return { firstContactPolicy: await this.settings.updatePolicy(tenant, input.firstContactPolicy) };
  }
}
