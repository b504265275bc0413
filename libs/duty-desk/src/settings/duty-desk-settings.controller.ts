import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Tenant, type TenantContext } from '@jobbro/platform';
import type { DeadlinePolicy } from '../deadline';
import { UpdateDutyDeskSettingsDto } from './dto/first-contact-policy.dto';
import { DutyDeskSettingsService } from './duty-desk-settings.service';

@ApiTags('duty desk')
@ApiHeader({ name: 'X-Jobcentre', required: true })
@Controller('duty-desk/settings')
export class DutyDeskSettingsController {
  constructor(private readonly settings: DutyDeskSettingsService) {}

  @Get()
  async get(@Tenant() tenant: TenantContext): Promise<{ firstContactPolicy: DeadlinePolicy }> {
    return { firstContactPolicy: await this.settings.policyFor(tenant.jobcentreId) };
  }

  /** Applies to intakes received from now on; deadlines already set stay as they are. */
  @Put()
  async update(@Tenant() tenant: TenantContext, @Body() input: UpdateDutyDeskSettingsDto): Promise<{ firstContactPolicy: DeadlinePolicy }> {
    return { firstContactPolicy: await this.settings.updatePolicy(tenant, input.firstContactPolicy) };
  }
}
