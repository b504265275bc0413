import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, PageQueryDto, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { ShortlistAnswerDto } from './dto/shortlist.dto';
import {
  EmployerShortlistEntryResponse,
  EmployerShortlistPageResponse,
  EmployerShortlistResponse,
} from './shortlist.response';
import { ShortlistsService } from './shortlists.service';

/** The shortlists the jobcentre sent to the companies an employer user acts for; drafts are never shown. */
@ApiTags('employer')
@Controller('employer/shortlists')
export class EmployerShortlistsController {
  constructor(private readonly shortlists: ShortlistsService) {}

  @Get()
  @Access('employer')
  @ApiOkResponse({
    type: EmployerShortlistPageResponse,
    description: 'Shortlists sent to your companies, newest first',
  })
  list(@Tenant() tenant: TenantContext, @Query() query: PageQueryDto): Promise<EmployerShortlistPageResponse> {
    return this.shortlists.listForEmployer(tenant, query);
  }

  @Get(':id')
  @Access('employer')
  @ApiOkResponse({
    type: EmployerShortlistResponse,
    description: 'The candidates, anonymised; named only where the candidate has consented to your company',
  })
  @ApiNotFoundResponse()
  get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<EmployerShortlistResponse> {
    return this.shortlists.getForEmployer(tenant, id, endpoint);
  }

  @Put(':id/entries/:reference/answer')
  @Access('employer')
  @ApiOkResponse({
    type: EmployerShortlistEntryResponse,
    description: 'Your answer is recorded; the jobcentre sees it',
  })
  @ApiNotFoundResponse({ description: 'No such list sent to your company, or no candidate with that reference on it' })
  @ApiConflictResponse({ description: 'The jobcentre has closed the list' })
  answer(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('reference') reference: string,
    @Body() input: ShortlistAnswerDto,
    @Endpoint() endpoint: string,
  ): Promise<EmployerShortlistEntryResponse> {
    return this.shortlists.answer(tenant, id, reference, input, endpoint);
  }
}
