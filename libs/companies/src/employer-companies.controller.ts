import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { CompaniesService } from './companies.service';
import { CompanyResponse } from './company.response';

/** What an employer user sees of companies: only those it acts for. */
@ApiTags('employer')
@Controller('employer/companies')
export class EmployerCompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @Access('employer')
  @ApiOkResponse({
    type: [CompanyResponse],
    description: 'The companies you act for, as your jobcentre has them registered',
  })
  list(@Tenant() tenant: TenantContext): Promise<CompanyResponse[]> {
    return this.companies.findEmployersCompanies(tenant);
  }
}
