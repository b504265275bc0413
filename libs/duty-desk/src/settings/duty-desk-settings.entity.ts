import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DeadlinePolicy } from '../deadline';

/** A jobcentre's duty-desk policy; a jobcentre without a row uses 24 calendar hours. */
@Entity({ name: 'duty_desk_settings' })
export class DutyDeskSettings {
  @PrimaryColumn({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'first_contact_policy', type: 'jsonb' })
  firstContactPolicy: DeadlinePolicy;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
