import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, PageQueryDto, Tenant, type TenantContext } from '@jobbro/platform';
import { IdempotencyKey } from '../intakes/idempotency-key.decorator';
import { IntakesService } from '../intakes/intakes.service';
import { EmployerIntakeDto } from './dto/employer-intake.dto';
import { EmployerIntakePageResponse, EmployerIntakeResponse } from './employer-intake.response';
import { toEmployerIntakeView } from './employer-intake.view';

/** An employer's own requests to the job centre: send one, and follow where each stands. */
@ApiTags('employer')
@Controller('employer/intakes')
export class EmployerIntakesController {
  constructor(private readonly intakes: IntakesService) {}

  @Post()
  @Access('employer')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Repeating a request with the same key returns the first intake',
  })
  @ApiCreatedResponse({
    type: EmployerIntakeResponse,
    description: 'The request reached the duty desk; it is answered by `answerBy`',
  })
  @ApiOkResponse({ type: EmployerIntakeResponse, description: 'An earlier request with the same Idempotency-Key' })
  async create(
    @Tenant() tenant: TenantContext,
    @Body() input: EmployerIntakeDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EmployerIntakeResponse> {
    const { intake, created } = await this.intakes.createForEmployer(tenant, input, idempotencyKey);
    response.status(created ? 201 : 200);
    return toEmployerIntakeView(intake);
  }

  @Get()
  @Access('employer')
  @ApiOkResponse({ type: EmployerIntakePageResponse, description: "Your companies' requests, newest first" })
  async list(@Tenant() tenant: TenantContext, @Query() query: PageQueryDto): Promise<EmployerIntakePageResponse> {
    const page = await this.intakes.listForEmployer(tenant, query);
    return { ...page, items: page.items.map(toEmployerIntakeView) };
  }

  @Get(':id')
  @Access('employer')
  @ApiOkResponse({ type: EmployerIntakeResponse })
  @ApiNotFoundResponse({ description: 'No such request for your companies' })
  async get(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EmployerIntakeResponse> {
    return toEmployerIntakeView(await this.intakes.getForEmployer(tenant, id));
  }
}
