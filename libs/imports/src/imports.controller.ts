import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { CANDIDATE_CSV_COLUMNS } from '@jobbro/candidates';
import { COMPANY_CSV_COLUMNS } from './companies/company-row-importer';
import { POSTING_CSV_COLUMNS, POSTING_CSV_REQUIRED } from './postings/posting-row-importer';
import { ImportReportResponse } from './import-report.response';
import { ImportService, type ImportKind } from './import.service';
import { MAX_IMPORT_BYTES, SizeLimit, tooLarge } from './size-limit';

// Staff who register candidates and companies, and admins who move a jobcentre's data in.
const IMPORTERS = ['consultant', 'lead', 'admin'] as const;

const csvBody = (columns: readonly string[], required: string[]) => ({
  description:
    `CSV, UTF-8 (with or without a byte order mark), ";" or "," between fields, a header row with the columns ` +
    `${columns.join(', ')} (required: ${required.join(', ')}); lists in a cell are separated by "|"`,
  schema: { type: 'string' },
});

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportService) {}

  @Post('companies')
  @Access(...IMPORTERS)
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody(COMPANY_CSV_COLUMNS, ['cvrNumber', 'name']))
  @ApiOkResponse({ type: ImportReportResponse, description: 'Upserted by CVR number; bad rows listed' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 50 MB' })
  companies(
    @Tenant() tenant: TenantContext,
    @Req() request: Request,
    @Endpoint() endpoint: string,
  ): Promise<ImportReportResponse> {
    return this.run('companies', tenant, request, endpoint);
  }

  @Post('candidates')
  @Access(...IMPORTERS)
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody(CANDIDATE_CSV_COLUMNS, ['externalId', 'name', 'birthDate', 'targetGroup', 'ladderStep']))
  @ApiOkResponse({ type: ImportReportResponse, description: 'Upserted by external id; bad rows listed' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 50 MB' })
  candidates(
    @Tenant() tenant: TenantContext,
    @Req() request: Request,
    @Endpoint() endpoint: string,
  ): Promise<ImportReportResponse> {
    return this.run('candidates', tenant, request, endpoint);
  }

  @Post('postings')
  @Access(...IMPORTERS)
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody(POSTING_CSV_COLUMNS, [...POSTING_CSV_REQUIRED, 'companyCvr or companyId']))
  @ApiOkResponse({
    type: ImportReportResponse,
    description: 'Upserted by external id, as drafts unless status is open (then published); bad rows listed',
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 50 MB' })
  postings(
    @Tenant() tenant: TenantContext,
    @Req() request: Request,
    @Endpoint() endpoint: string,
  ): Promise<ImportReportResponse> {
    return this.run('postings', tenant, request, endpoint);
  }

  private async run(kind: ImportKind, tenant: TenantContext, request: Request, endpoint: string) {
    // A body that says it is too large is refused before it is read; one sent in chunks is stopped at the limit.
    if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) {
      request.resume();
      throw tooLarge();
    }
    const body = request.pipe(new SizeLimit(MAX_IMPORT_BYTES));
    request.on('error', (error) => body.destroy(error));
    // Past the limit the rest of the body is read and dropped, so the client, still sending, gets the answer.
    body.on('error', () => {
      request.unpipe(body);
      request.resume();
    });
    const actor = tenant.actor!;
    return this.imports.run(kind, tenant, body, {
      actor: { staffId: actor.id, name: actor.name, role: actor.role, endpoint },
    });
  }
}
