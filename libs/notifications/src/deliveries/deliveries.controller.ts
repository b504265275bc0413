import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { FindDeliveriesQuery } from './deliveries.query';
import { DeliveriesService } from './deliveries.service';
import { DeliveryPageResponse, DeliveryResponse } from './delivery.response';

/** The jobcentre's admins read its notification e-mails (the outbox) and send a failed one again. */
@ApiTags('notifications')
@Controller('notification-deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @Access('admin')
  @ApiOkResponse({ type: DeliveryPageResponse, description: 'Notification e-mails, the newest first' })
  find(@Tenant() tenant: TenantContext, @Query() query: FindDeliveriesQuery): Promise<DeliveryPageResponse> {
    return this.deliveries.find(tenant, query);
  }

  @Get(':id')
  @Access('admin')
  @ApiOkResponse({ type: DeliveryResponse, description: 'One e-mail with its text and HTML as sent (or to be sent)' })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<DeliveryResponse> {
    return this.deliveries.get(tenant, id);
  }

  @Post(':id/retry')
  @Access('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: DeliveryResponse, description: 'The e-mail, pending again and due now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The e-mail has not failed (it is pending or sent)' })
  retry(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<DeliveryResponse> {
    return this.deliveries.retry(tenant, id);
  }
}
