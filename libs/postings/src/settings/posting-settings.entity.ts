import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PostingRulesSettings } from '../rules/posting-rules-settings';

/** A jobcentre's own posting rules, laid over the defaults; a jobcentre without a row uses the defaults. */
@Entity({ name: 'posting_settings' })
export class PostingSettings {
  @PrimaryColumn({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'jsonb' })
  rules: Partial<Omit<PostingRulesSettings, 'shortageSectors'>>;

  /** Sector codes; null keeps the default shortage sectors. */
  @Column({ name: 'shortage_sectors', type: 'text', array: true, nullable: true })
  shortageSectors: string[] | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
