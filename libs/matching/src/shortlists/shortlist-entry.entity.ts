import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Candidate } from '@jobbro/candidates';
import { Shortlist } from './shortlist.entity';

export const SHORTLIST_ANSWERS = ['interested', 'not-interested'] as const;
export type ShortlistAnswer = (typeof SHORTLIST_ANSWERS)[number];

/** One candidate on a shortlist, with the company's answer once given. */
@Entity({ name: 'shortlist_entries' })
@Index('ix_shortlist_entries_candidate', ['shortlistId', 'candidateId'], { unique: true })
@Index('ix_shortlist_entries_reference', ['shortlistId', 'reference'], { unique: true })
export class ShortlistEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'shortlist_id', type: 'uuid' })
  shortlistId: string;

  @ManyToOne(() => Shortlist, (shortlist) => shortlist.entries, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'shortlist_id' })
  shortlist?: Shortlist;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => Candidate, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Candidate;

  @Column({ type: 'smallint' })
  position: number;

  /** The recorded match list the candidate was picked from (EU AI Act); null when picked by hand. */
  @Column({ name: 'match_run_id', type: 'uuid', nullable: true })
  matchRunId: string | null;

  /** The consultant included someone the eligibility rules left out; `note` then says why. */
  @Column({ name: 'included_anyway', type: 'boolean', default: false })
  includedAnyway: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The company's pseudonymous reference for the candidate (see pseudonym.ts): the same on every list it gets. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text', nullable: true })
  answer: ShortlistAnswer | null;

  @Column({ name: 'answer_comment', type: 'text', nullable: true })
  answerComment: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'answered_by_name', type: 'text', nullable: true })
  answeredByName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
