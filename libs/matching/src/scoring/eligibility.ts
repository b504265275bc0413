import { ageOn } from '@jobbro/candidates';
import { distanceKm } from '@jobbro/taxonomy';
import type { CandidateFacts, MatchContext, PostingFacts } from './match-facts';

/** Why a candidate was left out of a posting's match, in words a consultant can read aloud. */
export interface Exclusion {
  rule: string;
  da: string;
  en: string;
}

interface EligibilityRule {
  name: string;
  check(posting: PostingFacts, candidate: CandidateFacts, context: MatchContext): Omit<Exclusion, 'rule'> | null;
}

/** Made once: a formatter per call costs some 60 µs, more than the rest of a judgement. */
const KM = {
  da: new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};
const list = (groups: readonly string[]) => groups.join(', ');

/** The target groups a småjob is for: its own list, or the jobcentre's småjob groups when it names none. */
function smaajobGroups(posting: PostingFacts, context: MatchContext): readonly string[] {
  return posting.targetGroups.length > 0 ? posting.targetGroups : context.rules.smaajob.targetGroups;
}

/** The longest praktik or løntilskud the candidate's target group may have; undefined: the group may not have it. */
function maxWeeksFor(posting: PostingFacts, group: string, context: MatchContext): number | null | undefined {
  if (posting.kind === 'virksomhedspraktik') {
    return (context.rules.virksomhedspraktik.maxWeeks as Record<string, number | null | undefined>)[group];
  }
  const byType = context.rules.loentilskud.maxWeeks[posting.employerType === 'public' ? 'public' : 'private'];
  return (byType as Record<string, number | null | undefined>)[group];
}

const KIND_DA: Record<string, string> = { virksomhedspraktik: 'virksomhedspraktik', løntilskud: 'løntilskud' };

/**
 * The hard rules, checked before any score: a candidate who breaks one is not ranked, and the consultant can see
 * each reason. They follow the placement rules (libs/postings) so that whoever is ranked can also be placed.
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    name: 'already-placed',
    check: (_posting, candidate) =>
      candidate.placed
        ? { da: 'Kandidaten er allerede i et forløb, der ikke er afsluttet', en: 'The candidate is already placed' }
        : null,
  },
  {
    name: 'småjob-target-group',
    check: (posting, candidate, context) => {
      if (posting.kind !== 'småjob') return null;
      const groups = smaajobGroups(posting, context);
      if (!candidate.targetGroup) {
        return {
          da: `Småjobbet er for ${list(groups)}; kandidatens ydelsesgruppe er ikke registreret`,
          en: `The småjob is for ${list(groups)}; the candidate's target group is not recorded`,
        };
      }
      return groups.includes(candidate.targetGroup)
        ? null
        : {
            da: `Småjobbet er for ${list(groups)}; kandidaten er på ${candidate.targetGroup}`,
            en: `The småjob is for ${list(groups)}; the candidate is on ${candidate.targetGroup}`,
          };
    },
  },
  {
    name: 'voksenlærling-min-age',
    check: (posting, candidate, context) => {
      if (posting.kind !== 'voksenlærling') return null;
      const minAge = context.rules.voksenlaerling.minAge;
      if (!candidate.birthDate) {
        return {
          da: `En voksenlærling skal være mindst ${minAge} år; kandidatens fødselsdato er ikke registreret`,
          en: `A voksenlærling must be ${minAge} or older; the candidate's birth date is not recorded`,
        };
      }
      const day = posting.startDate && posting.startDate > context.today ? posting.startDate : context.today;
      const age = ageOn(candidate.birthDate, day);
      return age >= minAge
        ? null
        : {
            da: `En voksenlærling skal være mindst ${minAge} år ved start; kandidaten er ${age}`,
            en: `A voksenlærling must be ${minAge} or older at the start; the candidate is ${age}`,
          };
    },
  },
  {
    name: 'placement-target-group',
    check: (posting, candidate, context) => {
      if (posting.kind === 'fleksjob') {
        const group = candidate.targetGroup;
        return group === 'fleksjob'
          ? null
          : {
              da: `Et fleksjob kræver visitation til fleksjob; kandidaten er på ${group ?? 'ukendt ydelse'}`,
              en: `A fleksjob needs a fleksjob referral; the candidate is on ${group ?? 'an unknown benefit'}`,
            };
      }
      if (posting.kind !== 'virksomhedspraktik' && posting.kind !== 'løntilskud') return null;
      const kindDa = KIND_DA[posting.kind];
      if (!candidate.targetGroup) {
        return {
          da: `Kandidatens ydelsesgruppe er ikke registreret, så reglerne for ${kindDa} kan ikke afgøres`,
          en: `The candidate's target group is not recorded, so the ${posting.kind} rules cannot be decided`,
        };
      }
      if (posting.targetGroup && posting.targetGroup !== candidate.targetGroup) {
        return {
          da: `Pladsen er for ${posting.targetGroup}; kandidaten er på ${candidate.targetGroup}`,
          en: `The place is for ${posting.targetGroup}; the candidate is on ${candidate.targetGroup}`,
        };
      }
      const maxWeeks = maxWeeksFor(posting, candidate.targetGroup, context);
      if (maxWeeks === undefined) {
        return {
          da: `Kandidater på ${candidate.targetGroup} kan ikke få ${kindDa} i jobcentrets regler`,
          en: `Candidates on ${candidate.targetGroup} may not have ${posting.kind} under the jobcentre's rules`,
        };
      }
      if (maxWeeks !== null && posting.durationWeeks !== null && posting.durationWeeks > maxWeeks) {
        const weeks = posting.durationWeeks;
        const group = candidate.targetGroup;
        return {
          da: `Pladsen varer ${weeks} uger; for ${group} er ${kindDa} højst ${maxWeeks} uger`,
          en: `The place lasts ${weeks} weeks; ${posting.kind} for ${group} is at most ${maxWeeks} weeks`,
        };
      }
      return null;
    },
  },
  {
    name: 'hours-available',
    check: ({ hoursPerWeek: offered }, { hoursPerWeek: available }) =>
      offered !== null && available !== null && available < offered
        ? {
            da: `Opslaget er på ${offered} timer om ugen; kandidaten kan ${available}`,
            en: `The posting has ${offered} hours a week; the candidate is available for ${available}`,
          }
        : null,
  },
  {
    name: 'travel-reach',
    check: (posting, candidate) => {
      if (!posting.workplace || !candidate.home || candidate.travelReachKm === null) return null;
      const km = distanceKm(candidate.home, posting.workplace);
      if (km <= candidate.travelReachKm) return null;
      const [da, en] = [KM.da.format(km), KM.en.format(km)];
      return {
        da: `Arbejdsstedet ligger ${da} km væk; kandidaten kan rejse ${candidate.travelReachKm} km`,
        en: `The workplace is ${en} km away; the candidate's travel reach is ${candidate.travelReachKm} km`,
      };
    },
  },
  {
    name: 'consent-withdrawn',
    check: (_posting, candidate, context) =>
      context.forEmployer && context.consentWithdrawn.has(candidate.id)
        ? {
            da: 'Kandidaten har trukket sit samtykke til denne virksomhed tilbage',
            en: 'The candidate has withdrawn consent to this company',
          }
        : null,
  },
];

/** Every hard rule the pair breaks, each with its reason; empty when the candidate may be ranked. */
export function checkEligibility(posting: PostingFacts, candidate: CandidateFacts, context: MatchContext): Exclusion[] {
  const exclusions: Exclusion[] = [];
  for (const rule of ELIGIBILITY_RULES) {
    const reason = rule.check(posting, candidate, context);
    if (reason) exclusions.push({ rule: rule.name, ...reason });
  }
  return exclusions;
}
