import { Controller, Get, NotFoundException, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { renderMonthlyChart } from '../charts/monthly-charts';
import { figuresToCsv, figuresToPdf, figuresToXlsx } from '../exports';
import type { MonthlyFigures } from '../monthly/monthly-figures';
import { MonthlySnapshotsService } from '../snapshots/monthly-snapshots.service';
import { EXPORT_MEDIA_TYPES, exportFileName } from './export-file';
import { ChartParams, MonthExportQuery, SeriesExportQuery } from './export.query';
import { SeriesQuery } from './month.query';

/** As the figures themselves: the lead's, and the admins'. */
const READERS = ['lead', 'admin'] as const;

const BAD_MONTH = 'Not a month (YYYY-MM), before 2000-01, in the future, or an unknown format or chart';

const file = (body: string | Buffer, type: string, name: string) =>
  new StreamableFile(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, {
    type,
    disposition: `attachment; filename="${name}"`,
  });

/**
 * The monthly figures as files and charts, made from the stored snapshots (never computed on the way), so an
 * exported file says what the page says.
 */
@ApiTags('reports')
@Controller('reports/monthly')
export class MonthlyExportsController {
  constructor(private readonly snapshots: MonthlySnapshotsService) {}

  @Get('export')
  @Access(...READERS)
  @ApiProduces(...Object.values(EXPORT_MEDIA_TYPES))
  @ApiOkResponse({
    description:
      "The month's latest snapshot as a file: CSV for Danish Excel, an XLSX workbook (one sheet per section) or " +
      'an A4 PDF report in Danish',
    content: Object.fromEntries(
      Object.values(EXPORT_MEDIA_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiNotFoundResponse({ description: 'The month has not been computed yet' })
  @ApiBadRequestResponse({ description: BAD_MONTH })
  async exportMonth(@Tenant() tenant: TenantContext, @Query() query: MonthExportQuery): Promise<StreamableFile> {
    const snapshot = await this.snapshots.latest(tenant, query.month);
    const jobcentreName = await this.snapshots.jobcentreName(tenant);
    const name = exportFileName(jobcentreName, query.month, query.format);
    switch (query.format) {
      case 'csv':
        return file(figuresToCsv(snapshot.figures), EXPORT_MEDIA_TYPES.csv, name);
      case 'xlsx':
        return file(
          await figuresToXlsx(snapshot.figures, { jobcentreName, created: snapshot.computedAt }),
          EXPORT_MEDIA_TYPES.xlsx,
          name,
        );
      case 'pdf':
        return file(
          await figuresToPdf(snapshot.figures, { jobcentreName, computedAt: snapshot.computedAt }),
          EXPORT_MEDIA_TYPES.pdf,
          name,
        );
    }
  }

  @Get('series/export')
  @Access(...READERS)
  @ApiProduces(EXPORT_MEDIA_TYPES.csv, EXPORT_MEDIA_TYPES.xlsx)
  @ApiOkResponse({
    description:
      'The latest snapshots of the 12 months ending with `to` as one file, a column (XLSX) or rows (CSV) per ' +
      'month; months never computed are left out',
    content: {
      [EXPORT_MEDIA_TYPES.csv]: { schema: { type: 'string', format: 'binary' } },
      [EXPORT_MEDIA_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiNotFoundResponse({ description: 'None of the 12 months has been computed' })
  @ApiBadRequestResponse({ description: BAD_MONTH })
  async exportSeries(@Tenant() tenant: TenantContext, @Query() query: SeriesExportQuery): Promise<StreamableFile> {
    const { months, figures } = await this.computedSeries(tenant, query.to);
    const jobcentreName = await this.snapshots.jobcentreName(tenant);
    const name = exportFileName(jobcentreName, [months[0], months[months.length - 1]], query.format);
    return query.format === 'csv'
      ? file(figuresToCsv(figures), EXPORT_MEDIA_TYPES.csv, name)
      : file(await figuresToXlsx(figures, { jobcentreName }), EXPORT_MEDIA_TYPES.xlsx, name);
  }

  @Get('charts/:name.svg')
  @Access(...READERS)
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description:
      "One of the lead's charts over the 12 months ending with `to`, as SVG labelled in Danish, with a <title> and " +
      'a <desc> giving every value for screen readers; months never computed are left out',
    content: { 'image/svg+xml': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'None of the 12 months has been computed' })
  @ApiBadRequestResponse({ description: BAD_MONTH })
  async chart(
    @Tenant() tenant: TenantContext,
    @Param() params: ChartParams,
    @Query() query: SeriesQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { figures } = await this.computedSeries(tenant, query.to);
    const svg = await renderMonthlyChart(params.name, figures);
    // Set here, not by @Header: a refusal before this point is the API's ordinary JSON error.
    response.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    return svg;
  }

  /** The 12 months' latest figures, of the months computed; a 404 when there are none. */
  private async computedSeries(
    tenant: TenantContext,
    to: string | undefined,
  ): Promise<{ months: string[]; figures: MonthlyFigures[] }> {
    const series = (await this.snapshots.series(tenant, to)).filter((month) => month.snapshot !== null);
    if (series.length === 0) {
      throw new NotFoundException(
        `None of the 12 months up to ${to ?? 'last month'} has been computed yet: ` +
          'POST /api/v1/reports/monthly/recompute computes a month',
      );
    }
    return {
      months: series.map((month) => month.month),
      figures: series.map((month) => month.snapshot!.figures),
    };
  }
}
