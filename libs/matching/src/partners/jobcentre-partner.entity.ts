import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A jobcentre naming another as partner; when both name each other, their open postings cross (candidates never). */
@Entity({ name: 'jobcentre_partners' })
export class JobcentrePartner {
  @PrimaryColumn({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'named_at', type: 'timestamptz', default: () => 'now()' })
  namedAt: Date;

  @Column({ name: 'named_by_id', type: 'uuid', nullable: true })
  namedById: string | null;
}
