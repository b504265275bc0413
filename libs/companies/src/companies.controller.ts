import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { CompaniesService } from './companies.service';
import { CompanyPageResponse, CompanyResponse } from './company.response';
import { CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import { FindCompaniesQuery } from './dto/find-companies.query';

@ApiTags('companies')
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Post()
  @Access(...STAFF_ROLES, 'integration')
  @ApiCreatedResponse({ type: CompanyResponse, description: 'The company was registered' })
  @ApiConflictResponse({ description: 'The CVR number is already registered in this jobcentre' })
  create(@Tenant() tenant: TenantContext, @Body() input: CreateCompanyDto): Promise<CompanyResponse> {
    return this.companies.create(tenant, input);
  }

  @Get()
  @Access(...STAFF_ROLES, 'integration')
  @ApiOkResponse({
    type: CompanyPageResponse,
    description: 'A page of companies, filtered by CVR number or part of the name',
  })
  find(@Tenant() tenant: TenantContext, @Query() query: FindCompaniesQuery): Promise<CompanyPageResponse> {
    return this.companies.find(tenant, query);
  }

  @Get(':id')
  @Access(...STAFF_ROLES, 'integration')
  @ApiOkResponse({ type: CompanyResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyResponse> {
    return this.companies.get(tenant, id);
  }

  @Patch(':id')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: CompanyResponse, description: 'The company as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The new CVR number is already registered in this jobcentre' })
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdateCompanyDto,
  ): Promise<CompanyResponse> {
    return this.companies.update(tenant, id, input);
  }
}
