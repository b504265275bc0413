import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import {
  FindRunsQuery,
  MatchRunDetailResponse,
  MatchRunPageResponse,
  RepresentationQuery,
  RepresentationResponse,
} from './runs.dto';
import { MatchRunsService } from './runs.service';

@ApiTags('matching')
@Controller('matching')
export class MatchRunsController {
  constructor(private readonly runs: MatchRunsService) {}

  @Get('runs')
  @Access('lead', 'admin')
  @ApiOkResponse({ type: MatchRunPageResponse, description: 'Match lists shown, newest first' })
  find(@Tenant() tenant: TenantContext, @Query() query: FindRunsQuery): Promise<MatchRunPageResponse> {
    return this.runs.find(tenant, query);
  }

  @Get('runs/:id')
  @Access('lead')
  @ApiOkResponse({ type: MatchRunDetailResponse, description: 'A match list as shown, with its inputs and weights' })
  get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<MatchRunDetailResponse> {
    return this.runs.get(tenant, id, endpoint);
  }

  @Get('representation')
  @Access('lead', 'admin')
  @ApiOkResponse({
    type: RepresentationResponse,
    description: 'How target groups and age bands are represented in top-20 lists against their eligible pools',
  })
  representation(
    @Tenant() tenant: TenantContext,
    @Query() query: RepresentationQuery,
  ): Promise<RepresentationResponse> {
    return this.runs.representation(tenant, query);
  }
}
