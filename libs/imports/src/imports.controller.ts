import { Controller, HttpCode, PayloadTooLargeException, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Transform, type TransformCallback } from 'node:stream';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { CANDIDATE_CSV_COLUMNS } from '@jobbro/candidates';
import { COMPANY_CSV_COLUMNS } from './companies/company-row-importer';
import { ImportReportResponse } from './import-report.response';
import { ImportService, type ImportKind } from './import.service';

/** The largest CSV body an import takes: about 200,000 candidates. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// Staff who register candidates and companies, and admins who move a jobcentre's data in.
const IMPORTERS = ['consultant', 'lead', 'admin'] as const;

/** Counts the bytes of the body and stops it at the limit. */
class SizeLimit extends Transform {
  private size = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limit)
      return done(new PayloadTooLargeException(`The file is larger than ${this.limit / 1024 / 1024} MB`));
    done(null, chunk);
  }
}

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

  private run(kind: ImportKind, tenant: TenantContext, request: Request, endpoint: string) {
    const body = request.pipe(new SizeLimit(MAX_IMPORT_BYTES));
    request.on('error', (error) => body.destroy(error));
    const actor = tenant.actor!;
    return this.imports.run(kind, tenant, body, {
      actor: { staffId: actor.id, name: actor.name, role: actor.role, endpoint },
    });
  }
}
