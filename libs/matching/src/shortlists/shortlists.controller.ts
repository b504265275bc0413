import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { CreateShortlistDto, FindShortlistsQuery, ShortlistEntriesDto } from './dto/shortlist.dto';
import { ShortlistPageResponse, ShortlistResponse } from './shortlist.response';
import { ShortlistsService } from './shortlists.service';

/** Who builds and sends shortlists; the network coordinator may read them. */
export const SHORTLIST_EDITORS = ['consultant', 'lead', 'admin'] as const;
export const SHORTLIST_READERS = [...SHORTLIST_EDITORS, 'network-coordinator'] as const;

@ApiTags('shortlists')
@Controller('shortlists')
export class ShortlistsController {
  constructor(private readonly shortlists: ShortlistsService) {}

  @Post()
  @Access(...SHORTLIST_EDITORS)
  @ApiCreatedResponse({ type: ShortlistResponse, description: 'The shortlist was created as a draft' })
  @ApiBadRequestResponse({
    description: 'A field is invalid: intakeId or postingId (one of them) unknown, a candidate given twice',
  })
  @ApiNotFoundResponse({ description: 'A candidate is not one of your jobcentre' })
  @ApiConflictResponse({ description: 'The posting is closed, or two candidates would share a reference' })
  create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateShortlistDto,
    @Endpoint() endpoint: string,
  ): Promise<ShortlistResponse> {
    return this.shortlists.create(tenant, input, endpoint);
  }

  @Get()
  @Access(...SHORTLIST_READERS)
  @ApiOkResponse({ type: ShortlistPageResponse, description: 'A page of shortlists, newest first (no names)' })
  find(@Tenant() tenant: TenantContext, @Query() query: FindShortlistsQuery): Promise<ShortlistPageResponse> {
    return this.shortlists.find(tenant, query);
  }

  @Get(':id')
  @Access(...SHORTLIST_READERS)
  @ApiOkResponse({ type: ShortlistResponse, description: "The shortlist with its candidates' names and the answers" })
  @ApiNotFoundResponse()
  get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<ShortlistResponse> {
    return this.shortlists.get(tenant, id, endpoint);
  }

  @Post(':id/entries')
  @Access(...SHORTLIST_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ShortlistResponse, description: 'The candidates were added at the end of the list' })
  @ApiBadRequestResponse({ description: 'A field is invalid, or a candidate is on the list already' })
  @ApiNotFoundResponse({ description: 'No such shortlist, or a candidate is not one of your jobcentre' })
  @ApiConflictResponse({
    description: 'The shortlist is no longer a draft, or two candidates would share a reference',
  })
  addEntries(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ShortlistEntriesDto,
    @Endpoint() endpoint: string,
  ): Promise<ShortlistResponse> {
    return this.shortlists.addEntries(tenant, id, input.entries, endpoint);
  }

  @Delete(':id/entries/:candidateId')
  @Access(...SHORTLIST_EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The candidate is off the list; those after moved up' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The shortlist is no longer a draft' })
  removeEntry(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('candidateId', new ParseUUIDPipe()) candidateId: string,
  ): Promise<void> {
    return this.shortlists.removeEntry(tenant, id, candidateId);
  }

  @Post(':id/send')
  @Access(...SHORTLIST_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({
    type: ShortlistResponse,
    description:
      "The company can see the list now. For an intake: the intake's history records it, and a contacted intake " +
      'is closed with outcome shortlist-sent',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'The list is not a draft, has no candidates, or its intake company has not been reached yet',
  })
  send(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<ShortlistResponse> {
    return this.shortlists.send(tenant, id, endpoint);
  }

  @Post(':id/close')
  @Access(...SHORTLIST_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ShortlistResponse, description: "The list is closed: the company's answers are final" })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The list is a draft or closed already' })
  close(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<ShortlistResponse> {
    return this.shortlists.close(tenant, id, endpoint);
  }
}
