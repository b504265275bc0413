import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { EducationLevel, TargetGroup } from './profile/target-groups';

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

  /** Imports match on it (upsert), so running the same file twice changes nothing. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  /** A calendar date; the age is computed from it. Jobbro never stores a CPR number. */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'target_group', type: 'text', nullable: true })
  targetGroup: TargetGroup | null;

  @Column({ name: 'education_level', type: 'text', nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'text', nullable: true })
  education: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ name: 'travel_reach_km', type: 'integer', nullable: true })
  travelReachKm: number | null;

  /** Sector codes (table sectors); the skills are in candidate_skills. */
  @Column({ name: 'desired_sectors', type: 'text', array: true, default: () => "'{}'" })
  desiredSectors: string[];

  /** ESCO occupation codes the candidate would like to work in. */
  @Column({ name: 'desired_occupations', type: 'text', array: true, default: () => "'{}'" })
  desiredOccupations: string[];

  @Column({ name: 'willing_to_change_sector', type: 'boolean', default: false })
  willingToChangeSector: boolean;

  /** Hours per week the candidate is available for. */
  @Column({ name: 'hours_per_week', type: 'integer', nullable: true })
  hoursPerWeek: number | null;

  /** Beskæftigelsestrappen: 1 (far from the labour market) to 5 (ready for ordinary work). */
  @Column({ name: 'ladder_step', type: 'smallint' })
  ladderStep: number;

  /** Skånehensyn: what work must take into account (health data: staff only, never shown to employers). */
  @Column({ type: 'text', nullable: true })
  accommodations: string | null;

  /** The staff member responsible for the candidate; changes are kept in candidate_consultant_changes. */
  @Column({ name: 'consultant_id', type: 'uuid', nullable: true })
  consultantId: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
