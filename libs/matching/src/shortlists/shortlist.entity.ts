import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Company } from '@jobbro/companies';
import { ShortlistEntry } from './shortlist-entry.entity';

/** draft: the consultant builds it, the company cannot see it; sent: the company sees and answers; closed: final. */
export const SHORTLIST_STATUSES = ['draft', 'sent', 'closed'] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

/** Candidates a consultant proposes to one company, for an intake or a posting of that company. */
@Entity({ name: 'shortlists' })
export class Shortlist {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ name: 'intake_id', type: 'uuid', nullable: true })
  intakeId: string | null;

  @Column({ name: 'posting_id', type: 'uuid', nullable: true })
  postingId: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: ShortlistStatus;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'created_by_name', type: 'text' })
  createdByName: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'sent_by_name', type: 'text', nullable: true })
  sentByName: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @OneToMany(() => ShortlistEntry, (entry) => entry.shortlist)
  entries?: ShortlistEntry[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
