import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const SIZE_BANDS = ['small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export interface ContactPerson {
  name: string;
  title?: string;
  email?: string;
  phone?: string;
}

/** A company as one jobcentre knows it; two jobcentres working with the same CVR each keep their own record. */
@Entity({ name: 'companies' })
@Index('uq_companies_jobcentre_cvr', ['jobcentreId', 'cvrNumber'], { unique: true })
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'cvr_number', type: 'char', length: 8 })
  cvrNumber: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'char', length: 4, nullable: true })
  postcode: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ name: 'size_band', type: 'text', nullable: true })
  sizeBand: SizeBand | null;

  @Column({ name: 'contact_persons', type: 'jsonb', default: () => "'[]'::jsonb" })
  contactPersons: ContactPerson[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
