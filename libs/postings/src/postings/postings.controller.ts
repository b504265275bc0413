import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
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
import { Access, sendCsv, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { FindPostingsQuery } from './dto/find-postings.query';
import { CheckPostingRulesDto, CreatePostingDto, UpdatePostingDto } from './dto/posting.dto';
import { PostingRuleCheckResponse } from './posting-rule-check.response';
import { PostingPageResponse, PostingResponse } from './posting.response';
import { PostingsService } from './postings.service';

const CSV_COLUMNS = [
  'id',
  'externalId',
  'kind',
  'kindName',
  'status',
  'title',
  'companyName',
  'companyCvrNumber',
  'occupationCode',
  'occupation',
  'sector',
  'shortageSector',
  'hoursPerWeek',
  'workplacePostcode',
  'startDate',
  'endDate',
  'durationWeeks',
  'positions',
  'positionsFilled',
  'targetGroups',
  'targetGroup',
  'employerType',
  'educationName',
  'educationMonths',
  'requiredSkills',
  'desiredSkills',
  'publishedAt',
  'createdAt',
];

/** One posting as a CSV row: codes and labels flat, lists joined with "|" (as the import reads them). */
function toCsvRow(posting: PostingResponse): Record<string, unknown> {
  return {
    ...posting,
    companyName: posting.company.name,
    companyCvrNumber: posting.company.cvrNumber,
    occupationCode: posting.occupation?.code,
    occupation: posting.occupation?.label,
    sector: posting.sector?.code,
    targetGroups: posting.targetGroups.join('|'),
    requiredSkills: posting.requiredSkills.map((skill) => skill.uri).join('|'),
    desiredSkills: posting.desiredSkills.map((skill) => skill.uri).join('|'),
    publishedAt: posting.publishedAt?.toISOString(),
    createdAt: posting.createdAt.toISOString(),
  };
}

@ApiTags('postings')
@Controller('postings')
export class PostingsController {
  constructor(private readonly postings: PostingsService) {}

  @Post()
  @Access(...STAFF_ROLES, 'employer')
  @ApiCreatedResponse({ type: PostingResponse, description: 'The posting was created as a draft' })
  @ApiBadRequestResponse({ description: 'A field is invalid or breaks a rule of the kind (the message names it)' })
  create(@Tenant() tenant: TenantContext, @Body() input: CreatePostingDto): Promise<PostingResponse> {
    return this.postings.create(tenant, input);
  }

  @Post('rule-check')
  @Access(...STAFF_ROLES, 'employer')
  @HttpCode(200)
  @ApiOkResponse({
    type: PostingRuleCheckResponse,
    description:
      "Every rule of the posting's kind, kept or broken, with the jobcentre's settings, by the checks a save and a " +
      'publish run; nothing is saved (for a form to show the rules while the user types)',
  })
  @ApiBadRequestResponse({ description: 'A field is not of its type (the message names it); rules never give a 400' })
  checkRules(@Tenant() tenant: TenantContext, @Body() input: CheckPostingRulesDto): Promise<PostingRuleCheckResponse> {
    return this.postings.checkRules(tenant, input);
  }

  @Get()
  @Access(...STAFF_ROLES, 'employer')
  @ApiOkResponse({
    type: PostingPageResponse,
    description: "A page of postings, newest first; an employer sees only its own companies' postings",
  })
  find(@Tenant() tenant: TenantContext, @Query() query: FindPostingsQuery): Promise<PostingPageResponse> {
    return this.postings.find(tenant, query);
  }

  @Get('export.csv')
  @Access(...STAFF_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Every posting the filters match (paging ignored), as CSV with a header row, streamed',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async exportCsv(
    @Tenant() tenant: TenantContext,
    @Query() query: FindPostingsQuery,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, 'postings.csv', CSV_COLUMNS, this.postings.findAll(tenant, query), toCsvRow);
  }

  @Get(':id')
  @Access(...STAFF_ROLES, 'employer')
  @ApiOkResponse({ type: PostingResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<PostingResponse> {
    return this.postings.get(tenant, id);
  }

  @Patch(':id')
  @Access(...STAFF_ROLES, 'employer')
  @ApiOkResponse({ type: PostingResponse, description: 'The posting as it is now' })
  @ApiNotFoundResponse()
  @ApiBadRequestResponse({ description: 'A field is invalid or breaks a rule of the kind (the message names it)' })
  @ApiConflictResponse({ description: 'The posting is filled or closed, or (for an employer) no longer a draft' })
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdatePostingDto,
  ): Promise<PostingResponse> {
    return this.postings.update(tenant, id, input);
  }

  @Post(':id/publish')
  @Access(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: PostingResponse, description: 'The posting is open' })
  @ApiBadRequestResponse({ description: 'The posting is incomplete or breaks a rule of its kind (each named)' })
  @ApiConflictResponse({ description: 'The posting is not a draft' })
  publish(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<PostingResponse> {
    return this.postings.publish(tenant, id);
  }

  @Post(':id/close')
  @Access(...STAFF_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: PostingResponse, description: 'The posting is closed' })
  @ApiConflictResponse({ description: 'The posting is already filled or closed' })
  close(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<PostingResponse> {
    return this.postings.close(tenant, id);
  }
}
