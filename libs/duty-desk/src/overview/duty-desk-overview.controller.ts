import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { DutyDeskOverviewQuery } from './duty-desk-overview.query';
import { DutyDeskOverviewResponse } from './duty-desk-overview.response';
import { DutyDeskOverviewService } from './duty-desk-overview.service';

@ApiTags('duty desk')
@Controller('duty-desk/overview')
export class DutyDeskOverviewController {
  constructor(private readonly overview: DutyDeskOverviewService) {}

  /** Counts only, no personal data: consultants see it too, to know where the desk stands. */
  @Get()
  @Access('consultant', 'lead', 'admin')
  @ApiOkResponse({
    type: DutyDeskOverviewResponse,
    description: 'Open, due soon and breached, in all and per assignee',
  })
  get(@Tenant() tenant: TenantContext, @Query() query: DutyDeskOverviewQuery): Promise<DutyDeskOverviewResponse> {
    return this.overview.overview(tenant, query.dueWithinHours);
  }
}
