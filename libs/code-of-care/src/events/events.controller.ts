import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { DateRangePageQuery } from '../common/date-range.query';
import { NETWORK_MAINTAINERS } from '../network/network.controller';
import { EventPageResponse, EventResponse } from './event.response';
import { EventsService } from './events.service';
import { EventDto, ReplaceEventDto } from './dto/event.dto';

@ApiTags('code of care')
@Controller('code-of-care/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: EventPageResponse, description: 'Events held from–to, latest first' })
  list(@Tenant() tenant: TenantContext, @Query() query: DateRangePageQuery): Promise<EventPageResponse> {
    return this.events.list(tenant, query);
  }

  @Get(':id')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: EventResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<EventResponse> {
    return this.events.get(tenant, id);
  }

  @Post()
  @Access(...NETWORK_MAINTAINERS)
  @ApiCreatedResponse({ type: EventResponse })
  create(@Tenant() tenant: TenantContext, @Body() input: EventDto): Promise<EventResponse> {
    return this.events.create(tenant, input);
  }

  @Put(':id')
  @Access(...NETWORK_MAINTAINERS)
  @ApiOkResponse({ type: EventResponse, description: 'The event as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The event changed since `version`' })
  replace(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReplaceEventDto,
  ): Promise<EventResponse> {
    return this.events.replace(tenant, id, input);
  }

  @Delete(':id')
  @Access(...NETWORK_MAINTAINERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The event and its attendance are gone' })
  @ApiNotFoundResponse()
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.events.remove(tenant, id);
  }
}
