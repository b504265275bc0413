import { ageOn } from '@jobbro/candidates';
import type { PostingKind } from './posting-kinds';
import type { PostingRulesSettings } from './posting-rules-settings';

/** What the placement rules look at: the posting, the candidate and the placement about to be made. */
export interface PlacementFacts {
  posting: {
    kind: PostingKind;
    targetGroups: string[];
    targetGroup: string | null;
  };
  candidate: {
    birthDate: string | null;
    targetGroup: string | null;
  };
  startDate: string;
  hoursPerWeek: number;
}

export interface PlacementViolation {
  rule: string;
  message: string;
}

interface PlacementRule {
  name: string;
  check(facts: PlacementFacts, settings: PostingRulesSettings): string | null;
}

/** The rules a placement of a candidate in a posting is held to; each names itself in its message. */
export const PLACEMENT_RULES: PlacementRule[] = [
  {
    name: 'voksenlærling-min-age',
    check: ({ posting, candidate, startDate }, { voksenlaerling }) => {
      if (posting.kind !== 'voksenlærling') return null;
      if (!candidate.birthDate)
        return `a voksenlærling must be ${voksenlaerling.minAge} or older; record the candidate's birth date first`;
      const age = ageOn(candidate.birthDate, startDate);
      return age < voksenlaerling.minAge
        ? `a voksenlærling must be ${voksenlaerling.minAge} or older at the start (${startDate}); the candidate ` +
            `will be ${age}`
        : null;
    },
  },
  {
    name: 'småjob-target-group',
    check: ({ posting, candidate }) => {
      if (posting.kind !== 'småjob') return null;
      if (!candidate.targetGroup)
        return `this småjob is for ${posting.targetGroups.join(', ')}; record the candidate's target group first`;
      return posting.targetGroups.includes(candidate.targetGroup)
        ? null
        : `this småjob is for ${posting.targetGroups.join(', ')}, not ${candidate.targetGroup}`;
    },
  },
  {
    name: 'småjob-hours',
    check: ({ posting, hoursPerWeek }, { smaajob }) =>
      posting.kind === 'småjob' && (hoursPerWeek < smaajob.minHours || hoursPerWeek > smaajob.maxHours)
        ? `a småjob has ${smaajob.minHours} to ${smaajob.maxHours} hours a week in this jobcentre, not ${hoursPerWeek}`
        : null,
  },
  {
    name: 'placement-target-group',
    check: ({ posting, candidate }) => {
      if (!['virksomhedspraktik', 'løntilskud', 'fleksjob'].includes(posting.kind)) return null;
      const wanted = posting.kind === 'fleksjob' ? 'fleksjob' : posting.targetGroup;
      if (!wanted || candidate.targetGroup === wanted) return null;
      return `this place is for ${wanted}; the candidate's target group is ${candidate.targetGroup ?? 'not recorded'}`;
    },
  },
];

/** Every placement rule the placement breaks, each naming itself. */
export function checkPlacement(facts: PlacementFacts, settings: PostingRulesSettings): PlacementViolation[] {
  return PLACEMENT_RULES.flatMap((rule) => {
    const message = rule.check(facts, settings);
    return message ? [{ rule: rule.name, message: `${message} (rule ${rule.name})` }] : [];
  });
}
