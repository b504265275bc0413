import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { CandidatePageResponse, CandidateResponse } from './candidate.response';
import { CandidatesService } from './candidates.service';
import { CandidateConsentDto, CreateCandidateDto, FindCandidatesQuery, UpdateCandidateDto } from './dto/candidate.dto';

// Personal data of jobseekers: only the staff who work with them, and every access is audited.
const READERS = ['consultant', 'lead', 'network-coordinator'] as const;
const EDITORS = ['consultant', 'lead'] as const;

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @Access(...EDITORS)
  @ApiCreatedResponse({ type: CandidateResponse, description: 'The candidate was registered' })
  create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateCandidateDto,
    @Endpoint() endpoint: string,
  ): Promise<CandidateResponse> {
    return this.candidates.create(tenant, input, endpoint);
  }

  @Get()
  @Access(...READERS)
  @ApiOkResponse({ type: CandidatePageResponse, description: 'A page of candidates, by name' })
  find(
    @Tenant() tenant: TenantContext,
    @Query() query: FindCandidatesQuery,
    @Endpoint() endpoint: string,
  ): Promise<CandidatePageResponse> {
    return this.candidates.find(tenant, query, endpoint);
  }

  @Get(':id')
  @Access(...READERS)
  @ApiOkResponse({ type: CandidateResponse })
  @ApiNotFoundResponse()
  get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<CandidateResponse> {
    return this.candidates.get(tenant, id, endpoint);
  }

  @Patch(':id')
  @Access(...EDITORS)
  @ApiOkResponse({ type: CandidateResponse, description: 'The candidate as they are now' })
  @ApiNotFoundResponse()
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdateCandidateDto,
    @Endpoint() endpoint: string,
  ): Promise<CandidateResponse> {
    return this.candidates.update(tenant, id, input, endpoint);
  }

  @Post(':id/consents')
  @Access(...EDITORS)
  @HttpCode(200)
  @ApiOkResponse({
    type: CandidateResponse,
    description: 'The consent is recorded (recording it again changes nothing)',
  })
  giveConsent(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: CandidateConsentDto,
    @Endpoint() endpoint: string,
  ): Promise<CandidateResponse> {
    return this.candidates.giveConsent(tenant, id, input.companyId, endpoint);
  }

  @Delete(':id/consents/:companyId')
  @Access(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The consent is withdrawn; the company sees the candidate anonymised again' })
  withdrawConsent(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('companyId', new ParseUUIDPipe()) companyId: string,
    @Endpoint() endpoint: string,
  ): Promise<void> {
    return this.candidates.withdrawConsent(tenant, id, companyId, endpoint);
  }
}
