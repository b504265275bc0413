import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, STAFF_ROLES, Tenant, type Page, type TenantContext } from '@jobbro/platform';
import { CreateIntakeDto } from './dto/create-intake.dto';
import { CloseIntakeDto, LogContactAttemptDto, ReassignIntakeDto } from './dto/intake-actions.dto';
import { IntakeQueueQuery } from './dto/intake-queue.query';
import type { IntakeView } from './intake.view';
import { IntakesService } from './intakes.service';
import { IdempotencyKey } from './idempotency-key.decorator';

@ApiTags('duty desk')
@Controller('intakes')
export class IntakesController {
  constructor(private readonly intakes: IntakesService) {}

  @Post()
  @Access(...STAFF_ROLES, 'integration')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Repeating a request with the same key returns the first intake',
  })
  @ApiCreatedResponse({ description: 'The intake entered the duty-desk queue' })
  @ApiOkResponse({ description: 'An earlier request with the same Idempotency-Key created this intake' })
  @ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used for a different request' })
  async create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateIntakeDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IntakeView> {
    const { intake, created } = await this.intakes.create(tenant, input, idempotencyKey);
    response.status(created ? 201 : 200);
    return intake;
  }

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ description: 'The duty-desk queue, most urgent deadline first' })
  queue(@Tenant() tenant: TenantContext, @Query() query: IntakeQueueQuery): Promise<Page<IntakeView>> {
    return this.intakes.queue(tenant, query);
  }

  @Get(':id')
  @Access(...STAFF_ROLES, 'integration')
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<IntakeView> {
    return this.intakes.get(tenant, id);
  }

  @Get(':id/history')
  @Access(...STAFF_ROLES)
  @ApiNotFoundResponse()
  history(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.intakes.history(tenant, id);
  }

  @Post(':id/claim')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The intake is closed or already yours' })
  claim(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<IntakeView> {
    return this.intakes.claim(tenant, id);
  }

  @Post(':id/reassign')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiBadRequestResponse({ description: 'The new assignee is not an active consultant of the jobcentre' })
  @ApiConflictResponse({ description: 'The intake is closed or already assigned to that consultant' })
  reassign(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReassignIntakeDto,
  ): Promise<IntakeView> {
    return this.intakes.reassign(tenant, id, input);
  }

  @Post(':id/contact-attempts')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The intake is closed' })
  logContactAttempt(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: LogContactAttemptDto,
  ): Promise<IntakeView> {
    return this.intakes.logContactAttempt(tenant, id, input);
  }

  @Post(':id/close')
  @Access('consultant', 'lead')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The company has not been reached yet, or the intake is already closed' })
  close(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: CloseIntakeDto,
  ): Promise<IntakeView> {
    return this.intakes.close(tenant, id, input);
  }
}
