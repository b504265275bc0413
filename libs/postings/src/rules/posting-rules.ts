import type { FieldError } from '@jobbro/platform';
import { POSTING_KIND_NAMES, type EmployerType, type PostingKind } from './posting-kinds';
import type { PostingRulesSettings } from './posting-rules-settings';

/** What the kind rules look at in a posting: the stored posting with a change applied, before it is written. */
export interface PostingFacts {
  kind: PostingKind;
  title: string | null;
  occupationCode: string | null;
  hoursPerWeek: number | null;
  workplacePostcode: string | null;
  startDate: string | null;
  endDate: string | null;
  durationWeeks: number | null;
  targetGroups: string[];
  targetGroup: string | null;
  employerType: EmployerType | null;
  educationName: string | null;
  educationMonths: number | null;
}

/** A draft may be incomplete; publishing asks for everything the kind needs. */
export type RuleStage = 'draft' | 'publish';

export interface RuleViolation {
  rule: string;
  field: keyof PostingFacts;
  message: string;
}

interface PostingRule {
  /** Stable name, shown in every message the rule gives, so a refusal can be looked up in the README. */
  name: string;
  /** The kinds the rule is about (every kind when left out): the rule check lists a kind's rules by it. */
  kinds?: readonly PostingKind[];
  check(posting: PostingFacts, settings: PostingRulesSettings, stage: RuleStage): [keyof PostingFacts, string][];
}

const KIND_FIELDS: Record<PostingKind, (keyof PostingFacts)[]> = {
  ordinary: [],
  småjob: ['targetGroups'],
  voksenlærling: ['educationName', 'educationMonths'],
  virksomhedspraktik: ['targetGroup', 'durationWeeks'],
  løntilskud: ['targetGroup', 'durationWeeks', 'employerType'],
  fleksjob: ['targetGroup'],
};
const KIND_SPECIFIC: (keyof PostingFacts)[] = [
  'targetGroups',
  'targetGroup',
  'durationWeeks',
  'employerType',
  'educationName',
  'educationMonths',
];

const isSet = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length);

/** The fields that describe another kind: dropped when a draft changes kind, refused when sent. */
export function fieldsForeignTo(kind: PostingKind): (keyof PostingFacts)[] {
  return KIND_SPECIFIC.filter((field) => !KIND_FIELDS[kind].includes(field));
}

function weeksLimit(limits: Partial<Record<string, number | null>>, group: string): number | null | undefined {
  return Object.prototype.hasOwnProperty.call(limits, group) ? limits[group] : undefined;
}

/**
 * Every rule a posting is held to, in the order they are reported. Each is a plain function of the posting and the
 * jobcentre's settings; the service runs them on create, update and publish.
 */
export const POSTING_RULES: PostingRule[] = [
  {
    name: 'fields-of-kind',
    check: (posting) =>
      fieldsForeignTo(posting.kind)
        .filter((field) => isSet(posting[field]))
        .map((field) => [field, `${field} does not belong to a ${POSTING_KIND_NAMES[posting.kind]} posting`]),
  },
  {
    name: 'complete-to-publish',
    check: (posting, _settings, stage) =>
      stage === 'draft'
        ? []
        : (['occupationCode', 'hoursPerWeek', 'workplacePostcode', 'startDate'] as const)
            .filter((field) => !isSet(posting[field]))
            .map((field) => [field, `${field} is needed before the posting can be published`]),
  },
  {
    name: 'end-after-start',
    check: (posting) =>
      posting.startDate && posting.endDate && posting.endDate < posting.startDate
        ? [['endDate', `endDate ${posting.endDate} is before startDate ${posting.startDate}`]]
        : [],
  },
  {
    name: 'småjob-hours',
    kinds: ['småjob'],
    check: (posting, { smaajob }) =>
      posting.kind === 'småjob' &&
      posting.hoursPerWeek !== null &&
      (posting.hoursPerWeek < smaajob.minHours || posting.hoursPerWeek > smaajob.maxHours)
        ? [
            [
              'hoursPerWeek',
              `a småjob has ${smaajob.minHours} to ${smaajob.maxHours} hours a week in this jobcentre, ` +
                `not ${posting.hoursPerWeek}`,
            ],
          ]
        : [],
  },
  {
    name: 'småjob-target-groups',
    kinds: ['småjob'],
    check: (posting, { smaajob }, stage) => {
      if (posting.kind !== 'småjob') return [];
      const foreign = posting.targetGroups.filter((group) => !smaajob.targetGroups.includes(group as never));
      if (foreign.length)
        return [
          [
            'targetGroups',
            `a småjob is for ${smaajob.targetGroups.join(', ')} in this jobcentre, not ${foreign.join(', ')}`,
          ],
        ];
      return stage === 'publish' && !posting.targetGroups.length
        ? [['targetGroups', 'a småjob must name the target groups it is for']]
        : [];
    },
  },
  {
    name: 'voksenlærling-education',
    kinds: ['voksenlærling'],
    check: (posting, _settings, stage) =>
      posting.kind !== 'voksenlærling' || stage === 'draft'
        ? []
        : (['educationName', 'educationMonths'] as const)
            .filter((field) => !isSet(posting[field]))
            .map((field) => [field, `a voksenlærling place must name the education and its length (${field})`]),
  },
  {
    name: 'praktik-duration',
    kinds: ['virksomhedspraktik'],
    check: (posting, { virksomhedspraktik }, stage) =>
      posting.kind === 'virksomhedspraktik'
        ? durationViolations(posting, virksomhedspraktik.maxWeeks, 'virksomhedspraktik', stage)
        : [],
  },
  {
    name: 'løntilskud-employer-type',
    kinds: ['løntilskud'],
    check: (posting, _settings, stage) =>
      posting.kind === 'løntilskud' && stage === 'publish' && !posting.employerType
        ? [['employerType', 'a løntilskud place must say whether the employer is private or public']]
        : [],
  },
  {
    name: 'løntilskud-duration',
    kinds: ['løntilskud'],
    check: (posting, { loentilskud }, stage) =>
      posting.kind === 'løntilskud' && posting.employerType
        ? durationViolations(
            posting,
            loentilskud.maxWeeks[posting.employerType],
            `løntilskud with a ${posting.employerType} employer`,
            stage,
          )
        : [],
  },
  {
    name: 'fleksjob-target-group',
    kinds: ['fleksjob'],
    check: (posting) =>
      posting.kind === 'fleksjob' && posting.targetGroup !== null && posting.targetGroup !== 'fleksjob'
        ? [['targetGroup', `a fleksjob is for people visitated to fleksjob, not ${posting.targetGroup}`]]
        : [],
  },
];

function durationViolations(
  posting: PostingFacts,
  maxWeeks: Partial<Record<string, number | null>>,
  what: string,
  stage: RuleStage,
): [keyof PostingFacts, string][] {
  const violations: [keyof PostingFacts, string][] = [];
  if (stage === 'publish' && !posting.targetGroup)
    violations.push(['targetGroup', `${what} must name the target group it is for`]);
  if (stage === 'publish' && posting.durationWeeks === null)
    violations.push(['durationWeeks', `${what} must say how many weeks it lasts`]);
  if (!posting.targetGroup) return violations;
  const limit = weeksLimit(maxWeeks, posting.targetGroup);
  if (limit === undefined) {
    const allowed = Object.keys(maxWeeks).join(', ');
    violations.push(['targetGroup', `${what} is not for ${posting.targetGroup} in this jobcentre (only ${allowed})`]);
  } else if (limit !== null && posting.durationWeeks !== null && posting.durationWeeks > limit) {
    violations.push([
      'durationWeeks',
      `${what} for ${posting.targetGroup} lasts at most ${limit} weeks, not ${posting.durationWeeks}`,
    ]);
  }
  return violations;
}

/** The rules a posting of this kind is held to, in the order they are reported. */
export function rulesOfKind(kind: PostingKind): PostingRule[] {
  return POSTING_RULES.filter((rule) => !rule.kinds || rule.kinds.includes(kind));
}

function violationsOf(rule: PostingRule, posting: PostingFacts, settings: PostingRulesSettings, stage: RuleStage) {
  return rule
    .check(posting, settings, stage)
    .map(([field, message]): RuleViolation => ({ rule: rule.name, field, message: `${message} (rule ${rule.name})` }));
}

/** Every rule the posting breaks, each naming itself in its message. */
export function checkPosting(posting: PostingFacts, settings: PostingRulesSettings, stage: RuleStage): RuleViolation[] {
  return rulesOfKind(posting.kind).flatMap((rule) => violationsOf(rule, posting, settings, stage));
}

/** One rule of the kind, as the rule check reports it: kept or broken, and what it says when broken. */
export interface RuleOutcome {
  rule: string;
  /** Kept as the posting would be published (the stricter stage). */
  passed: boolean;
  /** Broken already for a draft: saving is refused until it is kept. */
  blocksSaving: boolean;
  violations: RuleViolation[];
}

/**
 * Every rule of the posting's kind with its outcome, by the same checks `checkPosting` runs on create, update and
 * publish: the form shows it as a checklist while the user types. A draft-stage violation is always a
 * publish-stage one too (publishing only asks for more).
 */
export function ruleOutcomes(posting: PostingFacts, settings: PostingRulesSettings): RuleOutcome[] {
  return rulesOfKind(posting.kind).map((rule) => {
    const violations = violationsOf(rule, posting, settings, 'publish');
    const blocksSaving = violationsOf(rule, posting, settings, 'draft').length > 0;
    return { rule: rule.name, passed: violations.length === 0, blocksSaving, violations };
  });
}

/**
 * What a posting gets when it leaves a kind's field out: a småjob is for the jobcentre's småjob target groups, a
 * fleksjob for people visitated to fleksjob. `given` tells whether the input named the field (even as null).
 */
export function kindDefaults(
  posting: Pick<PostingFacts, 'kind' | 'targetGroups' | 'targetGroup'>,
  settings: PostingRulesSettings,
  given: (field: 'targetGroups' | 'targetGroup') => boolean,
): Partial<Pick<PostingFacts, 'targetGroups' | 'targetGroup'>> {
  if (posting.kind === 'småjob' && !posting.targetGroups.length && !given('targetGroups'))
    return { targetGroups: [...settings.smaajob.targetGroups] };
  if (posting.kind === 'fleksjob' && posting.targetGroup === null && !given('targetGroup'))
    return { targetGroup: 'fleksjob' };
  return {};
}

/** Violations as the 400's field errors, one entry per field. */
export function violationsAsFieldErrors(violations: RuleViolation[], fieldNames: Partial<Record<string, string>> = {}) {
  const byField = new Map<string, string[]>();
  for (const violation of violations) {
    const field = fieldNames[violation.field] ?? violation.field;
    byField.set(field, [...(byField.get(field) ?? []), violation.message]);
  }
  return [...byField].map(([field, messages]): FieldError => ({ field, messages }));
}
