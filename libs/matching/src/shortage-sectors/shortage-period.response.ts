import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { SHORTAGE_SOURCES, type ShortageSource } from './shortage-period.entity';
import { STAR_RATINGS, type StarRating } from './shortage-rules';
import { SKIP_REASONS, type SkipReason } from './star-csv';

export class SectorWeightResponse {
  @ApiProperty({ example: 'handvaerk' })
  code: string;

  @ApiProperty({ example: 'Håndværk' })
  labelDa: string;

  @ApiProperty({ example: 'Skilled trades' })
  labelEn: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 1 })
  weight: number;
}

export class OccupationWeightResponse {
  @ApiProperty({ example: '5322.1' })
  code: string;

  @ApiProperty({ example: 'social- og sundhedshjælper', description: 'Danish label, English where ESCO has none' })
  label: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 1 })
  weight: number;

  @ApiProperty({ enum: STAR_RATINGS, nullable: true, description: "STAR's rating, for imported rows" })
  starRating: StarRating | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '5322.1',
    description: "STAR's occupation code, for imported rows",
  })
  starCode: string | null;
}

export class ShortagePeriodResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland' })
  name: string;

  @ApiProperty({ example: '2026-07-01' })
  validFrom: string;

  @ApiProperty({ example: '2026-12-31', description: 'The last day, included' })
  validTo: string;

  @ApiProperty({ enum: SHORTAGE_SOURCES })
  source: ShortageSource;

  @ApiProperty({ type: String, nullable: true, example: 'RAR Østjylland' })
  rarArea: string | null;

  @ApiProperty({ type: [SectorWeightResponse] })
  sectors: SectorWeightResponse[];

  @ApiProperty({ type: [OccupationWeightResponse] })
  occupations: OccupationWeightResponse[];

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;
}

export class ShortagePeriodPageResponse extends PageResponse(ShortagePeriodResponse, 'ShortagePeriodPageResponse') {}

/** The weights in force on a day: the period covering it, or the posting settings' shortage sectors. */
export class CurrentShortageResponse {
  @ApiProperty({ example: '2026-11-24' })
  on: string;

  @ApiProperty({
    enum: ['period', 'posting-settings'],
    description: 'period: a period covers the day; posting-settings: none does, so the fallback applies',
  })
  basis: 'period' | 'posting-settings';

  @ApiProperty({ example: 'Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland' })
  name: string;

  @ApiProperty({ type: ShortagePeriodResponse, nullable: true, description: 'The covering period, if any' })
  period: ShortagePeriodResponse | null;

  @ApiProperty({ type: [SectorWeightResponse] })
  sectors: SectorWeightResponse[];

  @ApiProperty({ type: [OccupationWeightResponse] })
  occupations: OccupationWeightResponse[];
}

export class SkippedRowResponse {
  @ApiProperty({ type: 'integer', example: 12, description: 'The line of the file (the header is line 1)' })
  line: number;

  @ApiProperty({ enum: SKIP_REASONS })
  reason: SkipReason;

  @ApiProperty({ example: 'star_kode "7126.52" maps to no ESCO occupation (Blikkenslager)' })
  message: string;
}

export class SkippedCountsResponse {
  @ApiProperty({ type: 'integer' })
  'unknown-star-code': number;

  @ApiProperty({ type: 'integer' })
  'other-area': number;

  @ApiProperty({ type: 'integer' })
  'not-shortage': number;

  @ApiProperty({ type: 'integer' })
  'bad-rating': number;

  @ApiProperty({ type: 'integer' })
  'bad-row': number;
}

/** What a STAR import did: the new period, and every row left out with its line and why. */
export class StarImportReportResponse {
  @ApiProperty({ type: ShortagePeriodResponse })
  period: ShortagePeriodResponse;

  @ApiProperty({ type: 'integer', description: 'Rows read, the header not counted' })
  rows: number;

  @ApiProperty({ type: 'integer', description: 'ESCO occupations stored (a STAR code may map to several)' })
  occupationsStored: number;

  @ApiProperty({ type: 'integer', description: 'Rows not stored, for any reason' })
  skippedRows: number;

  @ApiProperty({ type: SkippedCountsResponse })
  skippedByReason: SkippedCountsResponse;

  @ApiProperty({ type: [SkippedRowResponse], description: 'The first 1,000 rows left out' })
  skipped: SkippedRowResponse[];
}
