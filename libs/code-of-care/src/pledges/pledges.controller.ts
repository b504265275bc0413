import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { CreatePledgeDto, FindPledgesQuery, ReplacePledgeDto } from './pledge.dto';
import { PledgePageResponse, PledgeResponse } from './pledge.response';
import { PledgesService } from './pledges.service';

/** Those who keep the network: the network coordinator and the lead. */
const MAINTAINERS = ['network-coordinator', 'lead'] as const;

@ApiTags('code of care')
@Controller('code-of-care')
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @Get('pledges')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: PledgePageResponse, description: 'Pledges, the earliest due first, with what was delivered' })
  list(@Tenant() tenant: TenantContext, @Query() query: FindPledgesQuery): Promise<PledgePageResponse> {
    return this.pledges.list(tenant, query);
  }

  @Post('members/:id/pledges')
  @Access(...MAINTAINERS)
  @ApiCreatedResponse({ type: PledgeResponse, description: 'The pledge, with what was delivered so far' })
  @ApiNotFoundResponse({ description: 'No such membership in your network' })
  @ApiConflictResponse({ description: 'The company is not a member (a prospect, or it left)' })
  create(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) membershipId: string,
    @Body() input: CreatePledgeDto,
  ): Promise<PledgeResponse> {
    return this.pledges.create(tenant, membershipId, input);
  }

  @Put('pledges/:id')
  @Access(...MAINTAINERS)
  @ApiOkResponse({ type: PledgeResponse, description: 'The pledge as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The pledge changed since `version`' })
  replace(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReplacePledgeDto,
  ): Promise<PledgeResponse> {
    return this.pledges.replace(tenant, id, input);
  }

  @Delete('pledges/:id')
  @Access(...MAINTAINERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The pledge is gone' })
  @ApiNotFoundResponse()
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.pledges.remove(tenant, id);
  }
}
