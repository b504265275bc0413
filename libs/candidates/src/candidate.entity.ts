import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A jobseeker the jobcentre works with. Name, contact details and notes are personal data; there is no CPR number. */
@Entity({ name: 'candidates' })
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ name: 'desired_sectors', type: 'text', array: true, default: () => "'{}'" })
  desiredSectors: string[];

  @Column({ name: 'hours_per_week', type: 'integer', nullable: true })
  hoursPerWeek: number | null;

  /** Beskæftigelsestrappen: 1 (far from the labour market) to 5 (ready for ordinary work). */
  @Column({ name: 'ladder_step', type: 'smallint' })
  ladderStep: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
