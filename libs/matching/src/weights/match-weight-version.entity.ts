import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MatchWeights } from '../scoring/match-weights';

/** One version of a jobcentre's match weights; never changed, so a recorded ranking can be explained later. */
@Entity({ name: 'match_weight_versions' })
export class MatchWeightVersion {
  @PrimaryColumn({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  weights: MatchWeights;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;
}
