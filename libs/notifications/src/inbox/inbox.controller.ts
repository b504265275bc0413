import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@jobbro/access';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import {
  InboxItemResponse,
  InboxPageResponse,
  InboxQuery,
  MarkedReadResponse,
  PreferencesResponse,
  UnreadCountResponse,
  UpdatePreferencesDto,
} from './inbox.dto';
import { InboxService, type InboxOwner } from './inbox.service';

/** Everyone who signs in has an inbox; integrations (API keys) have none. */
const SIGNED_IN = [...STAFF_ROLES, 'employer'] as const;

const owner = (tenant: TenantContext, principal: Principal): InboxOwner => ({
  tenant,
  accountId: principal.accountId,
  role: principal.role,
});

@ApiTags('notifications')
@Controller('notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Access(...SIGNED_IN)
  @ApiOkResponse({ type: InboxPageResponse, description: 'Your in-app notifications, the newest first' })
  list(
    @Tenant() tenant: TenantContext,
    @CurrentPrincipal() principal: Principal,
    @Query() query: InboxQuery,
  ): Promise<InboxPageResponse> {
    return this.inbox.list(owner(tenant, principal), query);
  }

  @Get('unread-count')
  @Access(...SIGNED_IN)
  @ApiOkResponse({ type: UnreadCountResponse, description: 'How many of your in-app notifications are unread' })
  async unreadCount(
    @Tenant() tenant: TenantContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UnreadCountResponse> {
    return { unread: await this.inbox.unreadCount(owner(tenant, principal)) };
  }

  @Post('read-all')
  @Access(...SIGNED_IN)
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedReadResponse, description: 'Every one of your notifications is read' })
  async markAllRead(
    @Tenant() tenant: TenantContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MarkedReadResponse> {
    return { marked: await this.inbox.markAllRead(owner(tenant, principal)) };
  }

  @Get('preferences')
  @Access(...SIGNED_IN)
  @ApiOkResponse({ type: PreferencesResponse, description: 'Your language and how you are told, per event type' })
  preferences(@Tenant() tenant: TenantContext, @CurrentPrincipal() principal: Principal): Promise<PreferencesResponse> {
    return this.inbox.preferences(owner(tenant, principal));
  }

  @Put('preferences')
  @Access(...SIGNED_IN)
  @ApiOkResponse({ type: PreferencesResponse, description: 'Your preferences, changed' })
  updatePreferences(
    @Tenant() tenant: TenantContext,
    @CurrentPrincipal() principal: Principal,
    @Body() input: UpdatePreferencesDto,
  ): Promise<PreferencesResponse> {
    return this.inbox.updatePreferences(owner(tenant, principal), input);
  }

  @Post(':id/read')
  @Access(...SIGNED_IN)
  @HttpCode(200)
  @ApiOkResponse({ type: InboxItemResponse, description: 'The notification, read (when it was first read)' })
  @ApiNotFoundResponse({ description: 'No notification of yours with that id' })
  markRead(
    @Tenant() tenant: TenantContext,
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<InboxItemResponse> {
    return this.inbox.markRead(owner(tenant, principal), id);
  }
}
