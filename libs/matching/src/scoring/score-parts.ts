import { ageOn } from '@jobbro/candidates';
import { RELATED_SKILL_CREDIT } from './match-weights';
import type { SkillRelationLookup } from './match-facts';

/** A part's share of its weight (0–1) and the words that explain it. */
export interface PartFit {
  fraction: number;
  da: string;
  en: string;
}

export interface SkillCoverage {
  fraction: number;
  matched: string[];
  /** Asked skills the candidate lacks but holds a related one for: `skill` was asked, `via` is held. */
  related: { skill: string; via: string }[];
  missing: string[];
}

/**
 * How much of the asked skills the candidate covers: an exact skill (the same ESCO concept, whichever synonym it was
 * entered by) counts 1, a related one RELATED_SKILL_CREDIT, none 0. Nothing asked covers nothing.
 */
export function skillCoverage(
  asked: readonly string[],
  held: ReadonlyMap<string, number>,
  relations: SkillRelationLookup,
): SkillCoverage {
  const coverage: SkillCoverage = { fraction: 0, matched: [], related: [], missing: [] };
  if (asked.length === 0) return coverage;
  let credit = 0;
  for (const skill of asked) {
    if (held.has(skill)) {
      coverage.matched.push(skill);
      credit += 1;
      continue;
    }
    const via = relations.relatedTo(skill).find((related) => held.has(related));
    if (via) {
      coverage.related.push({ skill, via });
      credit += RELATED_SKILL_CREDIT;
    } else coverage.missing.push(skill);
  }
  coverage.fraction = credit / asked.length;
  return coverage;
}

/** Explains a coverage in words, e.g. "4 af 6 krævede færdigheder, 1 beslægtet". */
export function describeCoverage(coverage: SkillCoverage, asked: number, kind: 'required' | 'desired'): PartFit {
  const [da, en] = kind === 'required' ? ['krævede', 'required'] : ['ønskede', 'desired'];
  if (asked === 0) {
    return { fraction: 0, da: `Opslaget nævner ingen ${da} færdigheder`, en: `The posting names no ${en} skills` };
  }
  const related = coverage.related.length;
  return {
    fraction: coverage.fraction,
    da: `${coverage.matched.length} af ${asked} ${da} færdigheder` + (related ? `, ${related} beslægtet` : ''),
    en: `${coverage.matched.length} of ${asked} ${en} skills` + (related ? `, ${related} related` : ''),
  };
}

/** The occupation the candidate wants: this one, one of the same ISCO unit group, of the same minor group, or none. */
export function occupationFit(
  posting: { occupationCode: string | null; iscoCode: string | null; sectorCode: string | null },
  candidate: {
    desiredOccupations: readonly string[];
    desiredIscoCodes: readonly string[];
    desiredSectors: readonly string[];
  },
): PartFit {
  const { occupationCode, iscoCode, sectorCode } = posting;
  if (occupationCode && candidate.desiredOccupations.includes(occupationCode)) {
    return { fraction: 1, da: 'Ønsker netop denne stilling', en: 'Wants this very occupation' };
  }
  if (iscoCode && candidate.desiredIscoCodes.includes(iscoCode)) {
    return {
      fraction: 0.6,
      da: `Ønsker en stilling i samme faggruppe (ISCO ${iscoCode})`,
      en: `Wants an occupation of the same ISCO group (${iscoCode})`,
    };
  }
  if (iscoCode && candidate.desiredIscoCodes.some((code) => code.slice(0, 3) === iscoCode.slice(0, 3))) {
    return {
      fraction: 0.3,
      da: `Ønsker en beslægtet stilling (ISCO ${iscoCode.slice(0, 3)})`,
      en: `Wants a neighbouring occupation (ISCO ${iscoCode.slice(0, 3)})`,
    };
  }
  if (sectorCode && candidate.desiredSectors.includes(sectorCode)) {
    return { fraction: 0.3, da: 'Ønsker at arbejde i branchen', en: 'Wants to work in the sector' };
  }
  return { fraction: 0, da: 'Ønsker ikke denne slags stilling', en: 'Does not want this kind of occupation' };
}

const WEIGHT_DA = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/**
 * The push toward shortage: the posting's shortage weight (its occupation's or its sector's, the larger), in full
 * for candidates under 30 and for those willing to change sector, half for the others.
 */
export function shortageFit(
  shortageWeight: number,
  sectorName: string | null,
  candidate: { birthDate: string | null; willingToChangeSector: boolean },
  today: string,
): PartFit {
  if (shortageWeight <= 0) {
    return { fraction: 0, da: 'Stillingen er ikke i et mangelområde', en: 'Not in a shortage area' };
  }
  const weight = WEIGHT_DA.format(shortageWeight);
  const area = sectorName ? `${sectorName}, vægt ${weight}` : `vægt ${weight}`;
  const areaEn = sectorName ? `${sectorName}, weight ${shortageWeight}` : `weight ${shortageWeight}`;
  const young = candidate.birthDate !== null && ageOn(candidate.birthDate, today) < 30;
  if (young || candidate.willingToChangeSector) {
    const why = young ? 'kandidaten er under 30' : 'kandidaten vil gerne skifte branche';
    const whyEn = young ? 'the candidate is under 30' : 'the candidate is willing to change sector';
    return {
      fraction: shortageWeight,
      da: `Mangelområde (${area}); ${why}`,
      en: `Shortage area (${areaEn}); ${whyEn}`,
    };
  }
  return {
    fraction: shortageWeight / 2,
    da: `Mangelområde (${area}); halv vægt, da kandidaten er over 30 og ikke søger nyt fag`,
    en: `Shortage area (${areaEn}); half weight: over 30 and not looking to change sector`,
  };
}

/** The steps of beskæftigelsestrappen each kind of posting suits best. */
export const LADDER_RANGES: Record<string, readonly [number, number]> = {
  ordinary: [4, 5],
  voksenlærling: [3, 5],
  småjob: [2, 4],
  virksomhedspraktik: [1, 3],
  løntilskud: [2, 4],
  fleksjob: [2, 5],
};

/** Full within the kind's range, half one step outside it, nothing further away. */
export function ladderFit(kind: string, step: number): PartFit {
  const [low, high] = LADDER_RANGES[kind] ?? [1, 5];
  const range = `trin ${low}–${high}`;
  const off = step < low ? low - step : step > high ? step - high : 0;
  if (off === 0)
    return { fraction: 1, da: `Trin ${step} passer (${range})`, en: `Step ${step} suits (${low}–${high})` };
  return {
    fraction: off === 1 ? 0.5 : 0,
    da: `Trin ${step}; opslaget passer bedst til ${range}`,
    en: `Step ${step}; the posting suits steps ${low}–${high} best`,
  };
}

/** The hours offered against those wanted: full when they agree, less the more the candidate wants beyond them. */
export function hoursFit(offered: number | null, wanted: number | null): PartFit {
  if (offered === null || wanted === null) {
    return { fraction: 0.5, da: 'Timetal ukendt', en: 'Hours not known' };
  }
  return {
    fraction: wanted < offered ? 0 : offered / wanted,
    da: `Kan ${wanted} timer om ugen; opslaget har ${offered}`,
    en: `Available ${wanted} hours a week; the posting has ${offered}`,
  };
}

/** The reach assumed for a candidate who has not said how far they can travel. */
export const DEFAULT_TRAVEL_REACH_KM = 30;

/** Close is best: full at the door, half at the edge of the reach, nothing beyond it. */
export function distanceFit(km: number | null, reachKm: number | null): PartFit {
  if (km === null) return { fraction: 0.5, da: 'Afstand ukendt', en: 'Distance not known' };
  const reach = reachKm ?? DEFAULT_TRAVEL_REACH_KM;
  const rounded = Math.round(km);
  const fraction = km > reach ? 0 : reach === 0 ? 1 : 1 - (0.5 * km) / reach;
  return {
    fraction,
    da: `${rounded} km; rækkevidde ${reach} km`,
    en: `${rounded} km; travel reach ${reach} km`,
  };
}
