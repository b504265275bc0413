import { TARGET_GROUPS } from '@jobbro/candidates';
import { distanceKmBetween } from '@jobbro/taxonomy';
import { ladderFit, DEFAULT_TRAVEL_REACH_KM } from '../scoring/score-parts';
import type { MatchContext, PostingFacts } from '../scoring/match-facts';
import { shortageWeightOf } from '../scoring/score-match';
import { dateNumber, type CandidateStore } from './candidate-store';
import { UNKNOWN_GROUP, type MatchDictionary } from './match-dictionary';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A posting with its codes turned into dictionary ordinals, made once when the posting is loaded. */
export interface PostingCodes {
  facts: PostingFacts;
  required: Int32Array;
  desired: Int32Array;
  occupation: number;
  isco: number;
  sectorBit: number;
}

export function postingCodes(facts: PostingFacts, dictionary: MatchDictionary): PostingCodes {
  const ordinals = (uris: readonly string[]) => Int32Array.from(uris, (uri) => dictionary.skillOrdinal.get(uri) ?? -1);
  const occupation = facts.occupationCode ? (dictionary.occupationOrdinal.get(facts.occupationCode) ?? -1) : -1;
  return {
    facts,
    required: ordinals(facts.requiredSkills),
    desired: ordinals(facts.desiredSkills),
    occupation,
    isco: occupation >= 0 ? dictionary.iscoOf[occupation] : -1,
    sectorBit: occupation >= 0 ? dictionary.sectorBitOfOccupation[occupation] : 0,
  };
}

/**
 * The eligibility rules and score parts of rules/score-match as numbers for one posting in one context, so that a
 * candidate slot is judged with a few array reads. The engine test holds both to the same answers.
 */
export class PostingQuery {
  /** Target groups (bits) the posting's kind admits; null when the kind has no rule on them. */
  readonly allowedGroups: number | null;
  /** Born on or before this (YYYYMMDD), or not eligible; 0 when the kind has no age rule. */
  readonly bornBy: number;
  /** Born after this: under 30 on the day. */
  readonly youngAfter: number;
  readonly hours: number;
  readonly latitude: number;
  readonly longitude: number;
  readonly ladderPoints: Float64Array;
  readonly shortagePoints: number;
  readonly halfShortagePoints: number;
  /** The most the parts besides skills can give. */
  readonly maxOtherPoints: number;

  constructor(
    readonly codes: PostingCodes,
    readonly context: MatchContext,
    readonly withdrawnSlots: ReadonlySet<number> | null,
  ) {
    const { facts } = codes;
    const { rules, weights } = context;
    this.allowedGroups = allowedGroups(facts, context);
    const ageDay = facts.startDate && facts.startDate > context.today ? facts.startDate : context.today;
    const ageDayNumber = dateNumber(ageDay);
    this.bornBy = facts.kind === 'voksenlærling' ? ageDayNumber - rules.voksenlaerling.minAge * 10000 : 0;
    this.youngAfter = dateNumber(context.today) - 30 * 10000;
    this.hours = facts.hoursPerWeek ?? NaN;
    this.latitude = facts.workplace?.latitude ?? NaN;
    this.longitude = facts.workplace?.longitude ?? NaN;
    this.ladderPoints = Float64Array.from([0, 1, 2, 3, 4, 5], (step) =>
      oneDecimal(weights.ladder * ladderFit(facts.kind, step).fraction),
    );
    const shortage = shortageWeightOf(facts, context);
    this.shortagePoints = oneDecimal(weights.shortage * shortage);
    this.halfShortagePoints = oneDecimal(weights.shortage * (shortage / 2));
    this.maxOtherPoints = weights.occupation + this.shortagePoints + weights.ladder + weights.hours + weights.distance;
  }

  /** checkEligibility(...).length === 0, for a slot. */
  eligible(store: CandidateStore, slot: number): boolean {
    if (store.placed[slot] === 1) return false;
    if (this.allowedGroups !== null) {
      const group = store.group[slot];
      if (group === UNKNOWN_GROUP || (this.allowedGroups & (1 << group)) === 0) return false;
    }
    if (this.bornBy !== 0) {
      const birth = store.birth[slot];
      if (birth === 0 || birth > this.bornBy) return false;
    }
    const hours = store.hours[slot];
    if (hours >= 0 && hours < this.hours) return false;
    const reach = store.reach[slot];
    if (reach >= 0 && this.km(store, slot) > reach) return false;
    return !(this.withdrawnSlots?.has(slot) ?? false);
  }

  /** The distance home–workplace in km; NaN when either is not known. */
  km(store: CandidateStore, slot: number): number {
    const latitude = store.latitude[slot];
    if (Number.isNaN(latitude) || Number.isNaN(this.latitude)) return NaN;
    return distanceKmBetween(latitude, store.longitude[slot], this.latitude, this.longitude);
  }

  /** Points for skill coverage: `units` counts 2 per exact and 1 per related skill, as skillCoverage credits them. */
  skillPoints(units: number, asked: number, weight: number): number {
    return asked === 0 ? 0 : oneDecimal(weight * (units / 2 / asked));
  }

  /**
   * The score of a slot given its skill points, summed in the order scoreMatch sums its parts, so the two agree to
   * the last bit.
   */
  total(store: CandidateStore, slot: number, requiredPoints: number, desiredPoints: number): number {
    const { weights } = this.context;
    return oneDecimal(
      0 +
        requiredPoints +
        desiredPoints +
        oneDecimal(weights.occupation * this.occupationFraction(store, slot)) +
        this.shortageFor(store, slot) +
        this.ladderPoints[store.ladder[slot]] +
        oneDecimal(weights.hours * this.hoursFraction(store.hours[slot])) +
        oneDecimal(weights.distance * this.distanceFraction(store, slot)),
    );
  }

  private occupationFraction(store: CandidateStore, slot: number): number {
    const { codes } = this;
    const { dictionary } = store;
    let fraction = 0;
    const start = store.occupationStart[slot];
    for (let index = start, end = start + store.occupationCount[slot]; index < end; index++) {
      const ordinal = store.occupationPool[index];
      if (ordinal === codes.occupation) return 1;
      if (codes.isco < 0) continue;
      const isco = dictionary.iscoOf[ordinal];
      if (isco === codes.isco) fraction = 0.6;
      else if (fraction < 0.3 && ((isco / 10) | 0) === ((codes.isco / 10) | 0)) fraction = 0.3;
    }
    if (fraction === 0 && (store.sectorMask[slot] & codes.sectorBit) !== 0) fraction = 0.3;
    return fraction;
  }

  private shortageFor(store: CandidateStore, slot: number): number {
    if (this.shortagePoints === 0) return 0;
    const birth = store.birth[slot];
    const young = birth !== 0 && birth > this.youngAfter;
    return young || store.willing[slot] === 1 ? this.shortagePoints : this.halfShortagePoints;
  }

  private hoursFraction(wanted: number): number {
    if (Number.isNaN(this.hours) || wanted < 0) return 0.5;
    return wanted < this.hours ? 0 : this.hours / wanted;
  }

  private distanceFraction(store: CandidateStore, slot: number): number {
    const km = this.km(store, slot);
    if (Number.isNaN(km)) return 0.5;
    const reachKm = store.reach[slot];
    const reach = reachKm < 0 ? DEFAULT_TRAVEL_REACH_KM : reachKm;
    return km > reach ? 0 : reach === 0 ? 1 : 1 - (0.5 * km) / reach;
  }
}

/** The target groups (bits) the posting admits under checkEligibility's kind rules; null: any, known or not. */
function allowedGroups(facts: PostingFacts, context: MatchContext): number | null {
  const bits = (groups: readonly string[]) =>
    groups.reduce((mask, group) => {
      const index = (TARGET_GROUPS as readonly string[]).indexOf(group);
      return index < 0 ? mask : mask | (1 << index);
    }, 0);
  switch (facts.kind) {
    case 'småjob':
      return bits(facts.targetGroups.length > 0 ? facts.targetGroups : context.rules.smaajob.targetGroups);
    case 'fleksjob':
      return bits(['fleksjob']);
    case 'virksomhedspraktik':
    case 'løntilskud': {
      const limits = (
        facts.kind === 'virksomhedspraktik'
          ? context.rules.virksomhedspraktik.maxWeeks
          : context.rules.loentilskud.maxWeeks[facts.employerType === 'public' ? 'public' : 'private']
      ) as Record<string, number | null | undefined>;
      return TARGET_GROUPS.reduce((mask, group, index) => {
        if (facts.targetGroup && facts.targetGroup !== group) return mask;
        const maxWeeks = limits[group];
        if (maxWeeks === undefined) return mask;
        if (maxWeeks !== null && facts.durationWeeks !== null && facts.durationWeeks > maxWeeks) return mask;
        return mask | (1 << index);
      }, 0);
    }
    default:
      return null;
  }
}
