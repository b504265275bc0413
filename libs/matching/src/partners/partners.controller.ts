import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { PartnerResponse, PartnersDto } from './partners.dto';
import { PartnersService } from './partners.service';

@ApiTags('matching')
@Controller('matching/partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: [PartnerResponse], description: 'The jobcentres this one names partner, and whether mutual' })
  list(@Tenant() tenant: TenantContext): Promise<PartnerResponse[]> {
    return this.partners.list(tenant);
  }

  @Put()
  @Access('lead', 'admin')
  @ApiOkResponse({ type: [PartnerResponse], description: 'The partners as named now' })
  replace(@Tenant() tenant: TenantContext, @Body() input: PartnersDto): Promise<PartnerResponse[]> {
    return this.partners.replace(tenant, input);
  }
}
