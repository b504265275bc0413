import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { MatchWeightsDto, MatchWeightsResponse } from './match-weights.dto';
import { MatchWeightsService, weightsResponse } from './match-weights.service';

@ApiTags('matching')
@Controller('matching/weights')
export class MatchWeightsController {
  constructor(private readonly weights: MatchWeightsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: MatchWeightsResponse, description: "The jobcentre's match weights now, and their version" })
  async get(@Tenant() tenant: TenantContext): Promise<MatchWeightsResponse> {
    return weightsResponse(await this.weights.current(tenant.jobcentreId));
  }

  @Put()
  @Access('lead', 'admin')
  @ApiOkResponse({ type: MatchWeightsResponse, description: 'The new version; match lists from now on use it' })
  replace(@Tenant() tenant: TenantContext, @Body() input: MatchWeightsDto): Promise<MatchWeightsResponse> {
    return this.weights.replace(tenant, input);
  }
}
