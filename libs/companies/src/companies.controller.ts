import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Tenant, type Page, type TenantContext } from '@jobbro/platform';
import { CompaniesService } from './companies.service';
import { Company } from './company.entity';
import { CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import { FindCompaniesQuery } from './dto/find-companies.query';

@ApiTags('companies')
@ApiHeader({ name: 'X-Jobcentre', required: true, description: 'Code of your jobcentre, e.g. hedensted' })
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The company was registered' })
  @ApiConflictResponse({ description: 'The CVR number is already registered in this jobcentre' })
  create(@Tenant() tenant: TenantContext, @Body() input: CreateCompanyDto): Promise<Company> {
    return this.companies.create(tenant, input);
  }

  @Get()
  @ApiOkResponse({ description: 'A page of companies, filtered by CVR number or part of the name' })
  find(@Tenant() tenant: TenantContext, @Query() query: FindCompaniesQuery): Promise<Page<Company>> {
    return this.companies.find(tenant, query);
  }

  @Get(':id')
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Company> {
    return this.companies.get(tenant, id);
  }

  @Patch(':id')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The new CVR number is already registered in this jobcentre' })
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdateCompanyDto,
  ): Promise<Company> {
    return this.companies.update(tenant, id, input);
  }
}
