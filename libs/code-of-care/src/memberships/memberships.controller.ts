import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, sendCsv, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { NETWORK_MAINTAINERS } from '../network/network.controller';
import {
  ContactDto,
  CreateMembershipDto,
  FindMembershipsQuery,
  JoinDto,
  LeaveDto,
  ReopenDto,
  UpdateMembershipDto,
} from './dto/membership.dto';
import { MembershipDetailResponse, MembershipPageResponse, MembershipResponse } from './membership.response';
import { MembershipsService } from './memberships.service';

const CSV_COLUMNS = [
  'id',
  'companyName',
  'cvrNumber',
  'status',
  'prospectStage',
  'source',
  'owner',
  'lastContactAt',
  'pledgeSignedOn',
  'pledgeSignatory',
  'joinedOn',
  'leftOn',
  'leftReason',
  'activity',
  'lastActivityOn',
  'lastActivityKind',
  'activeUntil',
  'daysUntilInactive',
  'note',
];

/** One membership as a CSV row: the company and the activity flat, dates as written. */
function toCsvRow(view: MembershipResponse): Record<string, unknown> {
  return {
    ...view,
    companyName: view.company.name,
    cvrNumber: view.company.cvrNumber,
    owner: view.owner?.name,
    lastContactAt: view.lastContactAt?.toISOString(),
    activity: view.activity?.status,
    lastActivityOn: view.activity?.lastActivityOn,
    lastActivityKind: view.activity?.lastActivityKind,
    activeUntil: view.activity?.activeUntil,
    daysUntilInactive: view.activity?.daysUntilInactive,
  };
}

const TRANSITION_CONFLICT =
  'The move is not allowed from the current status (the message says why), or the membership changed since `version`';

@ApiTags('code of care')
@Controller('code-of-care/members')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({
    type: MembershipPageResponse,
    description: "Prospects, members and those who left; members' activity today",
  })
  list(@Tenant() tenant: TenantContext, @Query() query: FindMembershipsQuery): Promise<MembershipPageResponse> {
    return this.memberships.list(tenant, query);
  }

  @Get('export.csv')
  @Access(...STAFF_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Every membership the filters match, in the same order (paging ignored), as CSV with ";" between fields',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async exportCsv(
    @Tenant() tenant: TenantContext,
    @Query() query: FindMembershipsQuery,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, 'code-of-care.csv', CSV_COLUMNS, this.memberships.exportRows(tenant, query), toCsvRow);
  }

  @Get(':id')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: MembershipDetailResponse, description: 'The membership with its dated history' })
  @ApiNotFoundResponse()
  get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<MembershipDetailResponse> {
    return this.memberships.get(tenant, id);
  }

  @Post()
  @Access(...NETWORK_MAINTAINERS)
  @ApiCreatedResponse({ type: MembershipResponse })
  @ApiConflictResponse({ description: 'The company is in the network already (the answer names its membership)' })
  create(@Tenant() tenant: TenantContext, @Body() input: CreateMembershipDto): Promise<MembershipResponse> {
    return this.memberships.create(tenant, input);
  }

  @Post(':id/join')
  @Access(...NETWORK_MAINTAINERS)
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipResponse, description: 'A member from joinedOn, by the pledge signed' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: TRANSITION_CONFLICT })
  join(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: JoinDto,
  ): Promise<MembershipResponse> {
    return this.memberships.join(tenant, id, input);
  }

  @Post(':id/leave')
  @Access(...NETWORK_MAINTAINERS)
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipResponse, description: 'Out of the network from leftOn' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: TRANSITION_CONFLICT })
  leave(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: LeaveDto,
  ): Promise<MembershipResponse> {
    return this.memberships.leave(tenant, id, input);
  }

  @Post(':id/reopen')
  @Access(...NETWORK_MAINTAINERS)
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipResponse, description: 'A company that left, back in the pipeline at stage new' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: TRANSITION_CONFLICT })
  reopen(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReopenDto,
  ): Promise<MembershipResponse> {
    return this.memberships.reopen(tenant, id, input);
  }

  @Patch(':id')
  @Access(...NETWORK_MAINTAINERS)
  @ApiOkResponse({ type: MembershipResponse, description: 'The membership as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'A stage for a company that is not a prospect, or a change since `version`' })
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdateMembershipDto,
  ): Promise<MembershipResponse> {
    return this.memberships.update(tenant, id, input);
  }

  @Post(':id/contacts')
  @Access(...NETWORK_MAINTAINERS)
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipResponse, description: 'The contact is in the history; lastContactAt follows it' })
  @ApiNotFoundResponse()
  contact(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ContactDto,
  ): Promise<MembershipResponse> {
    return this.memberships.contact(tenant, id, input);
  }
}
