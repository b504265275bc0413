import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipal jobcentre: the tenant every other row belongs to. */
@Entity({ name: 'jobcentres' })
export class Jobcentre {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short, stable name used in URLs and logins, e.g. "hedensted". */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** The public contact where jobseekers ask about a job (the open-jobs pages show it); null until set. */
  @Column({ name: 'public_phone', type: 'text', nullable: true })
  publicPhone: string | null;

  @Column({ name: 'public_email', type: 'text', nullable: true })
  publicEmail: string | null;

  @Column({ name: 'public_address', type: 'text', nullable: true })
  publicAddress: string | null;

  @Column({ name: 'public_opening_hours', type: 'text', nullable: true })
  publicOpeningHours: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
