import { Body, Controller, Delete, Get, Res, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, Clock, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { GoalDto, ProgressQuery, ReplaceGoalDto, YearProgressQuery } from './dto/goal.dto';
import { renderGoalChart } from './goal-chart';
import { GoalResponse, ProgressResponse } from './goal.response';
import { GoalsService, toGoalResponse } from './goals.service';
import { ProgressService } from './progress.service';

/** Those who set the network's course: the network coordinator and the lead. */
const MAINTAINERS = ['network-coordinator', 'lead'] as const;

@ApiTags('code of care')
@Controller('code-of-care')
export class GoalsController {
  constructor(
    private readonly goals: GoalsService,
    private readonly progressService: ProgressService,
    private readonly clock: Clock,
  ) {}

  @Get('goals')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: [GoalResponse], description: "The jobcentre's goals, the latest year first" })
  list(@Tenant() tenant: TenantContext): Promise<GoalResponse[]> {
    return this.goals.list(tenant);
  }

  @Post('goals')
  @Access(...MAINTAINERS)
  @ApiCreatedResponse({ type: GoalResponse })
  @ApiConflictResponse({ description: 'The jobcentre has a goal for the year already' })
  create(@Tenant() tenant: TenantContext, @Body() input: GoalDto): Promise<GoalResponse> {
    return this.goals.create(tenant, input);
  }

  @Get('goals/:id')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: GoalResponse })
  @ApiNotFoundResponse()
  async get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<GoalResponse> {
    return toGoalResponse(await this.goals.get(tenant, id));
  }

  @Put('goals/:id')
  @Access(...MAINTAINERS)
  @ApiOkResponse({ type: GoalResponse, description: 'The goal as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Another goal has the year, or the goal changed since `version`' })
  replace(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReplaceGoalDto,
  ): Promise<GoalResponse> {
    return this.goals.replace(tenant, id, input);
  }

  @Delete('goals/:id')
  @Access(...MAINTAINERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The goal is gone' })
  @ApiNotFoundResponse()
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.goals.remove(tenant, id);
  }

  @Get('goals/:id/progress')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: ProgressResponse })
  @ApiNotFoundResponse()
  async progress(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ProgressQuery,
  ): Promise<ProgressResponse> {
    return this.progressService.progress(tenant, await this.goals.get(tenant, id), query.asOf);
  }

  @Get('goals/:id/chart.svg')
  @Access(...STAFF_ROLES)
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description:
      'The goal chart as SVG, labelled in Danish: the count over time, the goal line and the forecast with its ' +
      '80 % band, with a <title> and <desc> for screen readers',
    content: { 'image/svg+xml': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse()
  async chart(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ProgressQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const svg = await renderGoalChart(
      await this.progressService.progress(tenant, await this.goals.get(tenant, id), query.asOf),
    );
    // Set here, not by @Header: a refusal before this point is the API's ordinary JSON error.
    response.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    return svg;
  }

  @Get('progress')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: ProgressResponse, description: "Progress toward the jobcentre's goal for the year" })
  @ApiNotFoundResponse({ description: 'The jobcentre has no goal for the year' })
  async yearProgress(@Tenant() tenant: TenantContext, @Query() query: YearProgressQuery): Promise<ProgressResponse> {
    const year = query.year ?? Number(this.clock.today().slice(0, 4));
    return this.progressService.progress(tenant, await this.goals.forYear(tenant, year), query.asOf);
  }
}
