import type { Schemas } from '../../api/client';

export type Posting = Schemas['PostingResponse'];
export type PostingKind = Posting['kind'];
export type PostingStatus = Posting['status'];
export type RuleCheck = Schemas['PostingRuleCheckResponse'];
export type Placement = Schemas['PlacementResponse'];
export type PlacementEndReason = NonNullable<Placement['endReason']>;

export { POSTING_KINDS, TARGET_GROUPS, type TargetGroup } from '../../api/vocabulary';
export const POSTING_STATUSES: readonly PostingStatus[] = ['draft', 'open', 'filled', 'closed'];
export const END_REASONS: readonly PlacementEndReason[] = ['ordinary-job', 'more-hours', 'ended', 'moved-on'];

/** The fields particular to each kind (as the API's rules have them): the form shows only the kind's own. */
export const KIND_FIELDS: Record<PostingKind, readonly string[]> = {
  ordinary: [],
  småjob: ['targetGroups'],
  voksenlærling: ['educationName', 'educationMonths'],
  virksomhedspraktik: ['targetGroup', 'durationWeeks'],
  løntilskud: ['targetGroup', 'durationWeeks', 'employerType'],
  fleksjob: ['targetGroup'],
};

/** Staff who may place candidates and end placements; who may read placements (the API's roles). */
export const PLACEMENT_EDITORS = ['consultant', 'lead'] as const;
export const PLACEMENT_READERS = ['consultant', 'lead', 'network-coordinator'] as const;

/** A number as a Danish user types it ("7,5"), or null when the text is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}
