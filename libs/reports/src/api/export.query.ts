import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MONTHLY_CHART_NAMES, type MonthlyChartName } from '../charts/monthly-charts';
import { MonthQuery, SeriesQuery } from './month.query';

export const MONTH_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type MonthExportFormat = (typeof MONTH_EXPORT_FORMATS)[number];
/** A PDF is a one-month report; twelve months are a table, for a spreadsheet. */
export const SERIES_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type SeriesExportFormat = (typeof SERIES_EXPORT_FORMATS)[number];

/** One month's figures as a file. */
export class MonthExportQuery extends MonthQuery {
  @ApiProperty({ enum: MONTH_EXPORT_FORMATS, description: 'csv (Danish Excel: ";" and decimal comma), xlsx or pdf' })
  @IsIn(MONTH_EXPORT_FORMATS, { message: `$property must be one of: ${MONTH_EXPORT_FORMATS.join(', ')}` })
  format: MonthExportFormat;
}

/** The twelve months ending with `to` as one file. */
export class SeriesExportQuery extends SeriesQuery {
  @ApiProperty({ enum: SERIES_EXPORT_FORMATS, description: 'csv (Danish Excel: ";" and decimal comma) or xlsx' })
  @IsIn(SERIES_EXPORT_FORMATS, { message: `$property must be one of: ${SERIES_EXPORT_FORMATS.join(', ')}` })
  format: SeriesExportFormat;
}

/** Which of the lead's charts. */
export class ChartParams {
  @ApiProperty({ enum: MONTHLY_CHART_NAMES })
  @IsIn(MONTHLY_CHART_NAMES, { message: `$property must be one of: ${MONTHLY_CHART_NAMES.join(', ')}` })
  name: MonthlyChartName;
}
