import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What a member can commit to, each delivered by something Jobbro already records:
 * - småjob: småjob postings of the company
 * - voksenlærling: voksenlærling placements at the company
 * - mentor: mentors trained on a mentor course
 * - host-event: network events held at the company
 * - share-knowledge: network events where the company shared its experience
 */
export const PLEDGE_KINDS = ['småjob', 'voksenlærling', 'mentor', 'host-event', 'share-knowledge'] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/** A member's commitment: `quantity` of `kind` between `fromOn` and `dueOn`, both days included. */
@Entity({ name: 'code_of_care_pledges' })
export class Pledge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @Column({ type: 'text' })
  kind: PledgeKind;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'from_on', type: 'date' })
  fromOn: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
