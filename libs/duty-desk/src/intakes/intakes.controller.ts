import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { CreateIntakeDto } from './dto/create-intake.dto';
import { CloseIntakeDto, LogContactAttemptDto, ReassignIntakeDto } from './dto/intake-actions.dto';
import { IntakeQueueQuery } from './dto/intake-queue.query';
import { IntakeHistoryEntryResponse, IntakePageResponse, IntakeResponse } from './intake.response';
import { IntakesService } from './intakes.service';
import { IdempotencyKey } from './idempotency-key.decorator';
import { IntakeChangeHub } from '../live/intake-change-hub';
import { serveIntakeEvents } from '../live/intake-event-stream';

@ApiTags('duty desk')
@Controller('intakes')
export class IntakesController {
  constructor(
    private readonly intakes: IntakesService,
    private readonly changes: IntakeChangeHub,
  ) {}

  @Post()
  @Access(...STAFF_ROLES, 'integration')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Repeating a request with the same key returns the first intake',
  })
  @ApiCreatedResponse({ type: IntakeResponse, description: 'The intake entered the duty-desk queue' })
  @ApiOkResponse({
    type: IntakeResponse,
    description: 'An earlier request with the same Idempotency-Key created this intake',
  })
  @ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used for a different request' })
  async create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateIntakeDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IntakeResponse> {
    const { intake, created } = await this.intakes.create(tenant, input, idempotencyKey);
    response.status(created ? 201 : 200);
    return intake;
  }

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: IntakePageResponse, description: 'The duty-desk queue, most urgent deadline first' })
  queue(@Tenant() tenant: TenantContext, @Query() query: IntakeQueueQuery): Promise<IntakePageResponse> {
    return this.intakes.queue(tenant, query);
  }

  /** Declared before `:id`, which would otherwise take "events" for an id. */
  @Get('events')
  @Access(...STAFF_ROLES)
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-sent events, one `event: intake` with data `{"intakeId","change"}` whenever an intake of your ' +
      'jobcentre is received or changes (change: the history entry type, e.g. claimed, contact-attempted, ' +
      'deadline-breached, closed). Ids only: refetch what you show. A comment every 20 s keeps the stream alive; ' +
      'it ends when the access token expires or the server shuts down: reconnect with a current token.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  events(@Tenant() tenant: TenantContext, @Req() request: Request, @Res() response: Response): Promise<void> {
    return serveIntakeEvents(this.changes, tenant.jobcentreId, request, response);
  }

  @Get(':id')
  @Access(...STAFF_ROLES, 'integration')
  @ApiOkResponse({ type: IntakeResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<IntakeResponse> {
    return this.intakes.get(tenant, id);
  }

  @Get(':id/history')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({
    type: [IntakeHistoryEntryResponse],
    description: 'Everything that happened to the intake, oldest first',
  })
  @ApiNotFoundResponse()
  history(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<IntakeHistoryEntryResponse[]> {
    return this.intakes.history(tenant, id);
  }

  @Post(':id/claim')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiOkResponse({ type: IntakeResponse, description: 'The intake as it is now' })
  @ApiConflictResponse({ description: 'The intake is closed or already yours' })
  claim(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<IntakeResponse> {
    return this.intakes.claim(tenant, id);
  }

  @Post(':id/reassign')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiOkResponse({ type: IntakeResponse, description: 'The intake as it is now' })
  @ApiBadRequestResponse({ description: 'The new assignee is not an active consultant of the jobcentre' })
  @ApiConflictResponse({ description: 'The intake is closed or already assigned to that consultant' })
  reassign(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReassignIntakeDto,
  ): Promise<IntakeResponse> {
    return this.intakes.reassign(tenant, id, input);
  }

  @Post(':id/contact-attempts')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiOkResponse({ type: IntakeResponse, description: 'The intake as it is now' })
  @ApiConflictResponse({ description: 'The intake is closed' })
  logContactAttempt(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: LogContactAttemptDto,
  ): Promise<IntakeResponse> {
    return this.intakes.logContactAttempt(tenant, id, input);
  }

  @Post(':id/close')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiOkResponse({ type: IntakeResponse, description: 'The intake as it is now' })
  @ApiConflictResponse({ description: 'The company has not been reached yet, or the intake is already closed' })
  close(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: CloseIntakeDto,
  ): Promise<IntakeResponse> {
    return this.intakes.close(tenant, id, input);
  }
}
