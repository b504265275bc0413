import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { SizeLimit, tooLarge } from '@jobbro/imports';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import {
  FindShortagePeriodsQuery,
  ReplaceShortagePeriodDto,
  ShortageOnQuery,
  ShortagePeriodDto,
  StarImportQuery,
} from './dto/shortage-period.dto';
import {
  CurrentShortageResponse,
  ShortagePeriodPageResponse,
  ShortagePeriodResponse,
  StarImportReportResponse,
} from './shortage-period.response';
import { ShortageSectorsService } from './shortage-sectors.service';
import { STAR_CSV_COLUMNS, STAR_CSV_REQUIRED } from './star-csv';

/** Those who set the jobcentre's course: the network coordinator and the lead. */
const MAINTAINERS = ['network-coordinator', 'lead'] as const;
/** Far above a whole STAR file (all RAR areas: 1–2 MB). */
export const MAX_STAR_BYTES = 10 * 1024 * 1024;

@ApiTags('shortage sectors')
@Controller('shortage-sectors')
export class ShortageSectorsController {
  constructor(private readonly shortage: ShortageSectorsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({
    type: ShortagePeriodPageResponse,
    description: 'Periods, latest first; `on` keeps the covering one',
  })
  list(@Tenant() tenant: TenantContext, @Query() query: FindShortagePeriodsQuery): Promise<ShortagePeriodPageResponse> {
    return this.shortage.list(tenant, query);
  }

  @Get('current')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({
    type: CurrentShortageResponse,
    description: "The weights in force on the day: the covering period, or else the posting settings' sectors",
  })
  current(@Tenant() tenant: TenantContext, @Query() query: ShortageOnQuery): Promise<CurrentShortageResponse> {
    return this.shortage.current(tenant, query.on);
  }

  @Post('import')
  @Access(...MAINTAINERS)
  @HttpCode(201)
  @ApiConsumes('text/csv')
  @ApiBody({
    description:
      'STAR\'s Arbejdsmarkedsbalancen as CSV, UTF-8 (with or without a byte order mark), ";" or "," between ' +
      `fields, a header row with the columns ${STAR_CSV_COLUMNS.join(', ')} (required: ` +
      `${STAR_CSV_REQUIRED.join(', ')}); vurdering is Mangel på arbejdskraft, Paradoksproblemer, ` +
      'Gode beskæftigelsesmuligheder or Mindre gode beskæftigelsesmuligheder',
    schema: { type: 'string' },
  })
  @ApiCreatedResponse({ type: StarImportReportResponse, description: 'The new period, and the rows left out' })
  @ApiConflictResponse({ description: 'The period overlaps another of the jobcentre' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 10 MB' })
  import(
    @Tenant() tenant: TenantContext,
    @Req() request: Request,
    @Query() query: StarImportQuery,
  ): Promise<StarImportReportResponse> {
    if (Number(request.headers['content-length'] ?? 0) > MAX_STAR_BYTES) {
      request.resume();
      throw tooLarge(MAX_STAR_BYTES);
    }
    const body = request.pipe(new SizeLimit(MAX_STAR_BYTES));
    request.on('error', (error) => body.destroy(error));
    body.on('error', () => {
      request.unpipe(body);
      request.resume();
    });
    return this.shortage.importStar(tenant, body, query);
  }

  @Get(':id')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: ShortagePeriodResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ShortagePeriodResponse> {
    return this.shortage.get(tenant, id);
  }

  @Post()
  @Access(...MAINTAINERS)
  @ApiCreatedResponse({ type: ShortagePeriodResponse, description: 'The period, with labels' })
  @ApiConflictResponse({ description: 'The period overlaps another of the jobcentre (named in the message)' })
  create(@Tenant() tenant: TenantContext, @Body() input: ShortagePeriodDto): Promise<ShortagePeriodResponse> {
    return this.shortage.create(tenant, input);
  }

  @Put(':id')
  @Access(...MAINTAINERS)
  @ApiOkResponse({ type: ShortagePeriodResponse, description: 'The period as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The period overlaps another, or changed since `version`' })
  replace(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReplaceShortagePeriodDto,
  ): Promise<ShortagePeriodResponse> {
    return this.shortage.replace(tenant, id, input);
  }

  @Delete(':id')
  @Access(...MAINTAINERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The period is gone' })
  @ApiNotFoundResponse()
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.shortage.remove(tenant, id);
  }
}
