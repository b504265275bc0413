import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Company } from '@jobbro/companies';
import type { EmployerType, PostingKind, PostingStatus } from '../rules/posting-kinds';
import { NUMERIC } from './numeric-transformer';

/** What a company offers through the jobcentre: a job, småjob, voksenlærling place, praktik, løntilskud, fleksjob. */
@Entity({ name: 'postings' })
export class Posting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  /** A short number to quote on the phone or in an e-mail (the public job pages show it); given by the database. */
  @Column({ name: 'reference_number', type: 'integer' })
  @Generated('increment')
  referenceNumber: number;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** The duty-desk intake the posting was created from, if any. */
  @Column({ name: 'intake_id', type: 'uuid', nullable: true })
  intakeId: string | null;

  /** The posting's id in the system it was imported from; imports upsert on it. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ type: 'text' })
  kind: PostingKind;

  @Column({ type: 'text', default: 'draft' })
  status: PostingStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** ESCO occupation code (e.g. 8344.1); null only while a draft. */
  @Column({ name: 'occupation_code', type: 'text', nullable: true })
  occupationCode: string | null;

  /** ESCO skill URIs. */
  @Column({ name: 'required_skills', type: 'text', array: true, default: () => "'{}'" })
  requiredSkills: string[];

  @Column({ name: 'desired_skills', type: 'text', array: true, default: () => "'{}'" })
  desiredSkills: string[];

  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: NUMERIC,
  })
  hoursPerWeek: number | null;

  @Column({ name: 'workplace_postcode', type: 'char', length: 4, nullable: true })
  workplacePostcode: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** Virksomhedspraktik and løntilskud: how long the place lasts. */
  @Column({ name: 'duration_weeks', type: 'smallint', nullable: true })
  durationWeeks: number | null;

  @Column({ type: 'smallint', default: 1 })
  positions: number;

  /** Placements made in the posting, ended ones included: a filled posting stays filled. */
  @Column({ name: 'positions_filled', type: 'smallint', default: 0 })
  positionsFilled: number;

  /** Småjob: the target groups (ydelsesgrupper) it is for. */
  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups: string[];

  /** Virksomhedspraktik, løntilskud, fleksjob: the target group whose limits apply. */
  @Column({ name: 'target_group', type: 'text', nullable: true })
  targetGroup: string | null;

  /** Løntilskud: a private or a public employer. */
  @Column({ name: 'employer_type', type: 'text', nullable: true })
  employerType: EmployerType | null;

  /** Voksenlærling: the trade education and its length in months. */
  @Column({ name: 'education_name', type: 'text', nullable: true })
  educationName: string | null;

  @Column({ name: 'education_months', type: 'smallint', nullable: true })
  educationMonths: number | null;

  /** Whether the company's name may be shown on the public job page (issue 10). */
  @Column({ name: 'company_visible_publicly', type: 'boolean', default: false })
  companyVisiblePublicly: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'created_by_name', type: 'text', nullable: true })
  createdByName: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
