import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { FindWarningsQuery } from './activity.query';
import { ActivityRunResponse, WarningPageResponse, WarningResponse } from './activity.response';
import { ActivityService, toRunResponse } from './activity.service';

/** Those who keep the network: the network coordinator and the lead. */
const MAINTAINERS = ['network-coordinator', 'lead'] as const;

@ApiTags('code of care')
@Controller('code-of-care')
export class ActivityController {
  constructor(private readonly activity: ActivityService) {}

  @Post('activity/recompute')
  @Access(...MAINTAINERS)
  @ApiCreatedResponse({
    type: ActivityRunResponse,
    description: "Recomputes your members' activity today, as the daily job does, and raises its warnings",
  })
  async recompute(@Tenant() tenant: TenantContext): Promise<ActivityRunResponse> {
    return toRunResponse(await this.activity.recompute(tenant.jobcentreId, 'manual'));
  }

  @Get('activity/latest')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: ActivityRunResponse, description: "The latest recomputation of your members' activity" })
  @ApiNotFoundResponse({ description: 'It has never been computed' })
  latest(@Tenant() tenant: TenantContext): Promise<ActivityRunResponse> {
    return this.activity.latest(tenant);
  }

  @Get('warnings')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: WarningPageResponse, description: 'Warnings, the latest raised first' })
  warnings(@Tenant() tenant: TenantContext, @Query() query: FindWarningsQuery): Promise<WarningPageResponse> {
    return this.activity.warnings(tenant, query);
  }

  @Post('warnings/:id/acknowledge')
  @Access(...MAINTAINERS)
  @HttpCode(200)
  @ApiOkResponse({ type: WarningResponse, description: 'The warning, acknowledged (by the first who did)' })
  @ApiNotFoundResponse()
  acknowledge(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<WarningResponse> {
    return this.activity.acknowledge(tenant, id);
  }
}
