import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, sendCsv, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import {
  CandidateConsultantChangeResponse,
  CandidateLadderStepResponse,
  CandidatePageResponse,
  CandidateResponse,
} from './candidate.response';
import { CandidatesService } from './candidates.service';
import {
  CandidateConsentDto,
  CreateCandidateDto,
  ExportCandidatesQuery,
  FindCandidatesQuery,
  UpdateCandidateDto,
} from './dto/candidate.dto';
import { CANDIDATE_EXPORT_COLUMNS, candidateCsvRow } from './export/candidate-csv';

// Personal data of jobseekers: only the staff who work with them, and every access is audited.
const READERS = ['consultant', 'lead', 'network-coordinator'] as const;
const EDITORS = ['consultant', 'lead'] as const;

function withoutTenant<T extends { jobcentreId: string }>(record: T): Omit<T, 'jobcentreId'> {
  const { jobcentreId: _jobcentre, ...rest } = record;
  return rest;
}

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @Access(...EDITORS)
  @ApiCreatedResponse({ type: CandidateResponse, description: 'The candidate was registered' })
  @ApiConflictResponse({ description: 'The externalId is already another candidate of this jobcentre' })
  create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateCandidateDto,
    @Endpoint() endpoint: string,
  ): Promise<CandidateResponse> {
    return this.candidates.create(tenant, input, endpoint);
  }

  @Get()
  @Access(...READERS)
  @ApiOkResponse({ type: CandidatePageResponse, description: 'A page of candidates, by name, filtered' })
  find(
    @Tenant() tenant: TenantContext,
    @Query() query: FindCandidatesQuery,
    @Endpoint() endpoint: string,
  ): Promise<CandidatePageResponse> {
    return this.candidates.find(tenant, query, endpoint);
  }

  /**
   * The candidates the list filters select, as CSV (UTF-8 with a byte order mark, ";" between fields, so Excel opens
   * it as it is), streamed; personal fields included, every exported candidate audited as read.
   */
  @Get('export.csv')
  @Access(...READERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `CSV with the columns ${CANDIDATE_EXPORT_COLUMNS.join(', ')}; lists joined with "|"`,
    schema: { type: 'string' },
  })
  async export(
    @Tenant() tenant: TenantContext,
    @Query() query: ExportCandidatesQuery,
    @Endpoint() endpoint: string,
    @Res() response: Response,
  ): Promise<void> {
    const rows = this.candidates.findAll(tenant, query, endpoint);
    await sendCsv(response, 'candidates.csv', CANDIDATE_EXPORT_COLUMNS, rows, candidateCsvRow);
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

  @Get(':id/ladder-steps')
  @Access(...READERS)
  @ApiOkResponse({
    type: [CandidateLadderStepResponse],
    description: "The candidate's steps on beskæftigelsestrappen, oldest first, from the step registered on",
  })
  @ApiNotFoundResponse()
  async ladderSteps(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<CandidateLadderStepResponse[]> {
    return (await this.candidates.ladderHistory(tenant, id, endpoint)).map(withoutTenant);
  }

  @Get(':id/consultant-changes')
  @Access(...READERS)
  @ApiOkResponse({
    type: [CandidateConsultantChangeResponse],
    description: 'Every assignment of a responsible consultant, oldest first, the first one included',
  })
  @ApiNotFoundResponse()
  async consultantChanges(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<CandidateConsultantChangeResponse[]> {
    return (await this.candidates.consultantHistory(tenant, id, endpoint)).map(withoutTenant);
  }

  @Patch(':id')
  @Access(...EDITORS)
  @ApiOkResponse({ type: CandidateResponse, description: 'The candidate as they are now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The externalId is already another candidate of this jobcentre' })
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
