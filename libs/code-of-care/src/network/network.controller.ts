import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { UpdateNetworkDto } from './network.dto';
import { NetworkResponse } from './network.response';
import { NetworkService } from './network.service';

/** Those who run the network: the network coordinator and the lead. */
export const NETWORK_MAINTAINERS = ['network-coordinator', 'lead'] as const;

@ApiTags('code of care')
@Controller('code-of-care/network')
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({
    type: NetworkResponse,
    description: "The jobcentre's network; made with the defaults on first read",
  })
  get(@Tenant() tenant: TenantContext): Promise<NetworkResponse> {
    return this.network.get(tenant);
  }

  @Put()
  @Access(...NETWORK_MAINTAINERS)
  @ApiOkResponse({ type: NetworkResponse, description: 'The network as it is now' })
  @ApiConflictResponse({ description: 'The network changed since `version`' })
  update(@Tenant() tenant: TenantContext, @Body() input: UpdateNetworkDto): Promise<NetworkResponse> {
    return this.network.update(tenant, input);
  }
}
