import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import type { MonthlySnapshot } from '../snapshots/monthly-snapshot.entity';
import { MonthlySnapshotsService } from '../snapshots/monthly-snapshots.service';
import { MonthQuery, RecomputeMonthBody, SeriesQuery } from './month.query';
import {
  MonthlySeriesResponse,
  MonthlySnapshotListResponse,
  MonthlySnapshotResponse,
} from './monthly-figures.response';

/** The monthly figures are the lead's; admins see them too. */
const READERS = ['lead', 'admin'] as const;

/**
 * The jobcentre's monthly management figures. Reading never computes: a month is computed by the job on the 1st or
 * by a recompute, each making a new immutable snapshot, so what a lead reads is always a figure someone can point
 * back to (when, by whom, from what).
 */
@ApiTags('reports')
@Controller('reports/monthly')
export class MonthlyReportsController {
  constructor(private readonly snapshots: MonthlySnapshotsService) {}

  @Get()
  @Access(...READERS)
  @ApiOkResponse({ type: MonthlySnapshotResponse, description: "The month's latest snapshot" })
  @ApiNotFoundResponse({ description: 'The month has not been computed yet (POST recompute computes it)' })
  @ApiBadRequestResponse({ description: 'Not a month (YYYY-MM), before 2000-01, or in the future' })
  async latest(@Tenant() tenant: TenantContext, @Query() query: MonthQuery): Promise<MonthlySnapshotResponse> {
    return toSnapshotResponse(await this.snapshots.latest(tenant, query.month));
  }

  @Post('recompute')
  @Access(...READERS)
  @ApiCreatedResponse({ type: MonthlySnapshotResponse, description: 'The month computed now, as a new snapshot' })
  @ApiBadRequestResponse({ description: 'Not a month (YYYY-MM), before 2000-01, or in the future' })
  async recompute(@Tenant() tenant: TenantContext, @Body() body: RecomputeMonthBody): Promise<MonthlySnapshotResponse> {
    return toSnapshotResponse(await this.snapshots.recompute(tenant, body.month));
  }

  @Get('history')
  @Access(...READERS)
  @ApiOkResponse({ type: MonthlySnapshotListResponse, description: 'Every snapshot of the month, the latest first' })
  @ApiBadRequestResponse({ description: 'Not a month (YYYY-MM), before 2000-01, or in the future' })
  async history(@Tenant() tenant: TenantContext, @Query() query: MonthQuery): Promise<MonthlySnapshotListResponse> {
    return { items: (await this.snapshots.history(tenant, query.month)).map(toSnapshotResponse) };
  }

  @Get('series')
  @Access(...READERS)
  @ApiOkResponse({
    type: MonthlySeriesResponse,
    description: "The latest snapshot of each of the 12 months ending with `to`, for the lead's dashboard",
  })
  @ApiBadRequestResponse({ description: 'Not a month (YYYY-MM), before 2000-01, or in the future' })
  async series(@Tenant() tenant: TenantContext, @Query() query: SeriesQuery): Promise<MonthlySeriesResponse> {
    const months = await this.snapshots.series(tenant, query.to);
    return {
      months: months.map(({ month, snapshot }) => ({
        month,
        snapshot: snapshot ? toSnapshotResponse(snapshot) : null,
      })),
    };
  }
}

export function toSnapshotResponse(snapshot: MonthlySnapshot): MonthlySnapshotResponse {
  return {
    id: snapshot.id,
    month: snapshot.month,
    computedAt: snapshot.computedAt,
    trigger: snapshot.trigger,
    requestedBy: snapshot.requestedByName ? { id: snapshot.requestedById, name: snapshot.requestedByName } : null,
    computedFrom: {
      computationVersion: snapshot.computationVersion,
      asOf: snapshot.asOf,
      rows: snapshot.sourceRows,
      durationMs: snapshot.durationMs,
    },
    figures: snapshot.figures,
  };
}
