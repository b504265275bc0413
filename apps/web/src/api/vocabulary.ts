import type { Schemas } from './client';

/**
 * The API's closed vocabularies that pages list as choices. The types come from openapi.json; the `satisfies` and
 * the completeness checks below make the compiler refuse a list that misses a value the API has, or has one it lacks.
 */
export type IntakeKind = Schemas['IntakeResponse']['kind'];
export type PostingKind = Schemas['PostingResponse']['kind'];
export type TargetGroup = NonNullable<Schemas['CandidateResponse']['targetGroup']>;

export const INTAKE_KINDS = [
  'recruitment',
  'småjob',
  'voksenlærling',
  'praktik-løntilskud',
  'retention',
  'mentor-course',
  'code-of-care-interest',
] as const satisfies readonly IntakeKind[];

export const POSTING_KINDS = [
  'ordinary',
  'småjob',
  'voksenlærling',
  'virksomhedspraktik',
  'løntilskud',
  'fleksjob',
] as const satisfies readonly PostingKind[];

export const TARGET_GROUPS = [
  'dagpenge',
  'kontanthjælp',
  'uddannelseshjælp',
  'sygedagpenge',
  'jobafklaring',
  'ressourceforløb',
  'integration',
  'fleksjob',
] as const satisfies readonly TargetGroup[];

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const VOCABULARIES_COMPLETE: [
  Complete<IntakeKind, (typeof INTAKE_KINDS)[number]>,
  Complete<PostingKind, (typeof POSTING_KINDS)[number]>,
  Complete<TargetGroup, (typeof TARGET_GROUPS)[number]>,
] = [true, true, true];
