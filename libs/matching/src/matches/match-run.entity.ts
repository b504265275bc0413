import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MATCH_DIRECTIONS = ['posting-candidates', 'candidate-postings'] as const;
export type MatchDirection = (typeof MATCH_DIRECTIONS)[number];

export const MATCH_PURPOSES = ['review', 'employer'] as const;
export type MatchPurpose = (typeof MATCH_PURPOSES)[number];

/** One ranked entry as recorded: enough to see who was ranked where, and how each group fared. */
export interface RecordedResult {
  id: string;
  rank: number;
  score: number;
  targetGroup: string | null;
  ageBand: string | null;
}

/** Counts by target group and by age band of a match's eligible pool. */
export interface PoolComposition {
  /** The eligible candidates judged for the list (best first by skill points, until the list was settled). */
  size: number;
  /** How many of them were counted below: all, or an even sample of 2,000 from a larger pool. */
  sampled: number;
  targetGroups: Record<string, number>;
  ageBands: Record<string, number>;
}

/**
 * A match list as it was shown to a consultant: who asked, when, with what inputs and weights, and what came out.
 * Automated ranking of people for jobs is high-risk under the EU AI Act (Annex III 4(a)); this is its record.
 */
@Entity({ name: 'match_runs' })
@Index('match_runs_jobcentre_time', ['jobcentreId', 'requestedAt'])
@Index('match_runs_subject', ['subjectId'])
export class MatchRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'text' })
  direction: MatchDirection;

  /** The posting or the candidate the list was made for. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  purpose: MatchPurpose;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'weights_version', type: 'integer' })
  weightsVersion: number;

  /** The facts of the subject, the day, the shortage period and the paging asked for. */
  @Column({ type: 'jsonb' })
  inputs: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  results: RecordedResult[];

  @Column({ name: 'eligible_count', type: 'integer' })
  eligibleCount: number;

  @Column({ name: 'excluded_count', type: 'integer' })
  excludedCount: number;

  /** Posting → candidates: the eligible pool by target group and age band (for the representation report). */
  @Column({ type: 'jsonb', nullable: true })
  pool: PoolComposition | null;
}
