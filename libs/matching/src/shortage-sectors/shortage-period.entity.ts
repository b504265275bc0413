import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { StarRating } from './shortage-rules';

export const SHORTAGE_SOURCES = ['manual', 'star-import'] as const;
export type ShortageSource = (typeof SHORTAGE_SOURCES)[number];

/** A sector (code of the table `sectors`) in shortage, 1 the strongest. */
export interface SectorWeight {
  code: string;
  weight: number;
}

/** An ESCO occupation in shortage; imported ones keep STAR's rating and occupation code. */
export interface OccupationWeight {
  code: string;
  weight: number;
  starRating: StarRating | null;
  starCode: string | null;
}

/**
 * The sectors and occupations a jobcentre pushes toward in a period (mangelområder), calendar dates with both ends
 * included. A jobcentre's periods never overlap. The entries are small lists read whole, so they live in the row.
 */
@Entity({ name: 'shortage_periods' })
export class ShortagePeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Column({ type: 'text' })
  source: ShortageSource;

  /** The RAR area (regionalt arbejdsmarkedsråd) STAR's ratings are for, e.g. "RAR Østjylland". */
  @Column({ name: 'rar_area', type: 'text', nullable: true })
  rarArea: string | null;

  @Column({ type: 'jsonb' })
  sectors: SectorWeight[];

  @Column({ type: 'jsonb' })
  occupations: OccupationWeight[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
