import { TARGET_GROUPS, type TargetGroup } from '@jobbro/candidates';

/**
 * The kinds of posting, by their Danish proper names as intake kinds are (only 'ordinary' is English, for
 * ordinært job):
 * - småjob: few hours at ordinary wage, for people far from the labour market
 * - voksenlærling: an adult apprentice, 25 or older
 * - virksomhedspraktik: unpaid practice on the person's benefit (LAB kapitel 11)
 * - løntilskud: a job with a wage subsidy (LAB kapitel 12)
 * - fleksjob: reduced hours for a person with a lasting reduced work capacity
 */
export const POSTING_KINDS = [
  'ordinary',
  'småjob',
  'voksenlærling',
  'virksomhedspraktik',
  'løntilskud',
  'fleksjob',
] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

export const POSTING_KIND_NAMES: Record<PostingKind, string> = {
  ordinary: 'ordinært job',
  småjob: 'småjob',
  voksenlærling: 'voksenlærling',
  virksomhedspraktik: 'virksomhedspraktik',
  løntilskud: 'løntilskud',
  fleksjob: 'fleksjob',
};

/** draft → open → filled / closed; an open posting may also be closed before it fills. */
export const POSTING_STATUSES = ['draft', 'open', 'filled', 'closed'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** Ydelsesgrupper a posting can be for: a candidate's target groups, so a placement compares them directly. */
export const POSTING_TARGET_GROUPS = TARGET_GROUPS;
export type PostingTargetGroup = TargetGroup;

/** Whether the employer of a løntilskud place is private or public: the law allows them different durations. */
export const EMPLOYER_TYPES = ['private', 'public'] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];

/** Why a placement ended. `ordinary-job` and `more-hours` are the successes a jobcentre reports on a småjob. */
export const PLACEMENT_END_REASONS = ['ordinary-job', 'more-hours', 'ended', 'moved-on'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];
