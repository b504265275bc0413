import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, sendCsv, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { CreatePlacementDto, EndPlacementDto, FindPlacementsQuery } from './dto/placement.dto';
import { PlacementPageResponse, PlacementResponse } from './placement.response';
import { PlacementsService, type PlacementExportRow } from './placements.service';

// Where a candidate works is personal data: the staff who work with candidates, and every access is audited.
const READERS = ['consultant', 'lead', 'network-coordinator'] as const;
const EDITORS = ['consultant', 'lead'] as const;

const CSV_COLUMNS = [
  'id',
  'postingId',
  'postingTitle',
  'candidateId',
  'candidateName',
  'kind',
  'kindName',
  'startDate',
  'hoursPerWeek',
  'ladderStepBefore',
  'ladderStepAfter',
  'active',
  'endedAt',
  'endReason',
  'endNote',
  'createdAt',
];

const toCsvRow = (placement: PlacementExportRow): Record<string, unknown> => ({
  ...placement,
  endedAt: placement.endedAt?.toISOString(),
  createdAt: placement.createdAt.toISOString(),
});

@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Post()
  @Access(...EDITORS)
  @ApiCreatedResponse({
    type: PlacementResponse,
    description: 'The candidate is placed; the posting is filled when this took its last position',
  })
  @ApiBadRequestResponse({
    description: 'A field is invalid, or the posting or the candidate is not in your jobcentre',
  })
  @ApiConflictResponse({
    description: 'The posting is not open, the candidate is placed in it already, or a rule of its kind refuses it',
  })
  create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreatePlacementDto,
    @Endpoint() endpoint: string,
  ): Promise<PlacementResponse> {
    return this.placements.create(tenant, input, endpoint);
  }

  @Get()
  @Access(...READERS)
  @ApiOkResponse({ type: PlacementPageResponse, description: 'A page of placements, latest start first' })
  find(
    @Tenant() tenant: TenantContext,
    @Query() query: FindPlacementsQuery,
    @Endpoint() endpoint: string,
  ): Promise<PlacementPageResponse> {
    return this.placements.find(tenant, query, endpoint);
  }

  @Get('export.csv')
  @Access(...READERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      `Every placement the filters match (paging ignored), as CSV with the columns ${CSV_COLUMNS.join(', ')}, ` +
      "streamed; each placement's candidate is audited as read",
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async exportCsv(
    @Tenant() tenant: TenantContext,
    @Query() query: FindPlacementsQuery,
    @Endpoint() endpoint: string,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, 'placements.csv', CSV_COLUMNS, this.placements.findAll(tenant, query, endpoint), toCsvRow);
  }

  @Get(':id')
  @Access(...READERS)
  @ApiOkResponse({ type: PlacementResponse })
  @ApiNotFoundResponse()
  get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<PlacementResponse> {
    return this.placements.get(tenant, id, endpoint);
  }

  @Post(':id/end')
  @Access(...EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: PlacementResponse, description: 'The placement has ended; its posting keeps its status' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The placement has ended already' })
  end(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: EndPlacementDto,
    @Endpoint() endpoint: string,
  ): Promise<PlacementResponse> {
    return this.placements.end(tenant, id, input, endpoint);
  }
}
