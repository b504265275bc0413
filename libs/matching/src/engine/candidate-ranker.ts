import {
  CELL_LATITUDE,
  CELL_LONGITUDE,
  CELLS_AROUND,
  KM_PER_DEGREE,
  REACH_CLASSES,
  type CandidateStore,
} from './candidate-store';
import type { PostingQuery } from './prepared-posting';

/** A ranked slot: its score and where it came from. */
export interface RankedSlot {
  slot: number;
  score: number;
}

export interface CandidateRanking {
  top: RankedSlot[];
  /** Candidates whose eligibility and score were computed. */
  evaluated: number;
  /** Of those, the eligible: the pool the list was ranked from. */
  eligible: number;
  /** Sampled slots of that pool, for its composition (all of it when small). */
  sample: number[];
  /**
   * Ineligible candidates by the score they would have had, best first (only when asked): those of the relevant
   * pool, and all others too when the list itself had to reach beyond it.
   */
  excluded: RankedSlot[] | null;
  excludedCount: number | null;
}

const POOL_SAMPLE = 2_000;

/** Working arrays reused by every query of a store: a query runs to its end without awaiting, so one set suffices. */
class Scratch {
  requiredUnits = new Uint8Array(0);
  desiredUnits = new Uint8Array(0);
  stamp = new Int32Array(0);
  touchedAt = new Int32Array(0);
  touched = new Int32Array(0);
  /** Per touched position (spatial path): the skill units, as requiredUnits/desiredUnits hold them per slot. */
  requiredAt = new Uint8Array(0);
  desiredAt = new Uint8Array(0);
  generation = 0;
  term = 0;

  ensure(size: number): void {
    if (this.stamp.length >= size) return;
    const capacity = Math.max(size, this.stamp.length * 2, 1024);
    this.requiredUnits = new Uint8Array(capacity);
    this.desiredUnits = new Uint8Array(capacity);
    this.stamp = new Int32Array(capacity);
    this.touchedAt = new Int32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.requiredAt = new Uint8Array(capacity);
    this.desiredAt = new Uint8Array(capacity);
    this.generation = 0;
    this.term = 0;
  }

  nextGeneration(): number {
    if (this.generation >= 0x7ffffff0) {
      this.touchedAt.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }

  nextTerm(): number {
    if (this.term >= 0x7ffffff0) {
      this.stamp.fill(0);
      this.term = 0;
    }
    return ++this.term;
  }
}

const scratchOf = new WeakMap<CandidateStore, Scratch>();

/** Min-heap of the best `capacity` slots by (score desc, id asc), the root being the weakest kept. */
export class TopSlots {
  readonly items: RankedSlot[] = [];
  constructor(
    private readonly capacity: number,
    /** Orders two slots by id, for ties. */
    private readonly compareIds: (a: number, b: number) => number,
  ) {}

  get full(): boolean {
    return this.items.length >= this.capacity;
  }

  /** The score a newcomer must reach (ties go to the smaller id). */
  get threshold(): number {
    return this.full ? this.items[0].score : -Infinity;
  }

  offer(slot: number, score: number): void {
    if (this.capacity === 0) return;
    if (!this.full) {
      this.items.push({ slot, score });
      this.up(this.items.length - 1);
    } else if (this.weaker(this.items[0], slot, score)) {
      this.items[0] = { slot, score };
      this.down(0);
    }
  }

  sorted(): RankedSlot[] {
    return [...this.items].sort((a, b) => b.score - a.score || this.compareIds(a.slot, b.slot));
  }

  /** The kept item ranks below the newcomer. */
  private weaker(kept: RankedSlot, slot: number, score: number): boolean {
    return kept.score < score || (kept.score === score && this.compareIds(kept.slot, slot) > 0);
  }

  private less(a: RankedSlot, b: RankedSlot): boolean {
    return a.score < b.score || (a.score === b.score && this.compareIds(a.slot, b.slot) > 0);
  }

  private up(index: number): void {
    const { items } = this;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.less(items[index], items[parent])) break;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }

  private down(index: number): void {
    const { items } = this;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < items.length && this.less(items[left], items[smallest])) smallest = left;
      if (right < items.length && this.less(items[right], items[smallest])) smallest = right;
      if (smallest === index) return;
      [items[index], items[smallest]] = [items[smallest], items[index]];
      index = smallest;
    }
  }
}

/**
 * The asked skills of a query by skill ordinal, for reading a candidate's skills against them: for each ordinal, the
 * asked skills (by index; required first, then desired) it counts for and with what credit (2 exact, 1 related).
 */
class AskedSkills {
  readonly head: Int32Array;
  readonly next: number[] = [];
  readonly asked: number[] = [];
  readonly credit: number[] = [];
  readonly best: Uint8Array;
  readonly requiredCount: number;

  constructor(store: CandidateStore, required: Int32Array, desired: Int32Array) {
    this.head = new Int32Array(store.dictionary.skillUris.length).fill(-1);
    this.requiredCount = required.length;
    this.best = new Uint8Array(required.length + desired.length);
    [...required, ...desired].forEach((ordinal, index) => {
      if (ordinal < 0) return;
      this.add(ordinal, index, 2);
      for (const related of store.dictionary.relatedOrdinals[ordinal]) this.add(related, index, 1);
    });
  }

  private add(ordinal: number, asked: number, credit: number): void {
    this.next.push(this.head[ordinal]);
    this.asked.push(asked);
    this.credit.push(credit);
    this.head[ordinal] = this.next.length - 1;
  }

  /** Required and desired units of the skills from `start` to `end` of the pool, packed as required * 256 + desired. */
  units(pool: Uint16Array, start: number, end: number): number {
    const { head } = this;
    let first = -1;
    for (let index = start; index < end; index++) {
      if (head[pool[index]] !== -1) {
        first = index;
        break;
      }
    }
    if (first < 0) return 0;
    const { next, asked, credit, best, requiredCount } = this;
    let required = 0;
    let desired = 0;
    for (let index = first; index < end; index++) {
      for (let entry = head[pool[index]]; entry !== -1; entry = next[entry]) {
        const which = asked[entry];
        const gain = credit[entry] - best[which];
        if (gain <= 0) continue;
        if (best[which] === 0) spent.push(which);
        best[which] = credit[entry];
        if (which < requiredCount) required += gain;
        else desired += gain;
      }
    }
    while (spent.length > 0) best[spent.pop()!] = 0;
    return required * 256 + desired;
  }
}

const spent: number[] = [];

/**
 * Posting → the best `count` candidates of a store, judged best first by their skill points, stopping once no
 * candidate left can reach the weakest of the best (its skill points plus the most the other parts can give).
 *
 * Where the posting has a workplace, the travel rule admits only candidates within their reach of it, which in a
 * national population is a small share: they are found through the store's grid (per reach class, the cells that
 * reach can span) and their skills read against the asked ones. Otherwise (and when the excluded are asked for, as
 * those out of reach are among them) skill credit is counted along the inverted lists of the asked skills and their
 * related skills (exact 2 units, related 1, once per asked skill), and only when the candidates so touched cannot
 * fill the list is everyone else scored as well.
 */
export function rankCandidates(
  store: CandidateStore,
  query: PostingQuery,
  count: number,
  excludedCount = 0,
): CandidateRanking {
  let scratch = scratchOf.get(store);
  if (!scratch) scratchOf.set(store, (scratch = new Scratch()));
  scratch.ensure(store.size);
  const generation = scratch.nextGeneration();
  const { requiredUnits, desiredUnits, touchedAt, touched, requiredAt, desiredAt } = scratch;
  const { weights } = query.context;
  const requiredAsked = query.codes.facts.requiredSkills.length;
  const desiredAsked = query.codes.facts.desiredSkills.length;
  const top = new TopSlots(count, (a, b) => store.compareIds(a, b));
  const margin = 0.15; // the rounding of parts to one decimal
  const spatial = excludedCount === 0 && query.hasWorkplace;
  let touchedCount = 0;
  let evaluated = 0;
  const pool: number[] = [];
  const judge = (slot: number, required: number, desired: number) => {
    evaluated++;
    if (!query.eligible(store, slot)) return;
    pool.push(slot);
    top.offer(slot, query.total(store, slot, required, desired));
  };

  if (spatial) {
    // Everyone within reach, in the order they lie in memory (the store is laid out by grid cell), with skill units.
    const table = new AskedSkills(store, query.codes.required, query.codes.desired);
    const { skillPool, skillStart, skillCount } = store;
    walkNearby(store, query, (slot) => {
      const start = skillStart[slot];
      const units = table.units(skillPool, start, start + skillCount[slot]);
      touched[touchedCount] = slot;
      requiredAt[touchedCount] = units >> 8;
      desiredAt[touchedCount] = units & 255;
      touchedCount++;
    });
  } else {
    touchedCount = gatherByLists(store, query, scratch, generation);
    for (let index = 0; index < touchedCount; index++) {
      requiredAt[index] = requiredUnits[touched[index]];
      desiredAt[index] = desiredUnits[touched[index]];
    }
  }
  // Judged by falling skill points (a counting sort), until no one left can reach the weakest of the best.
  const skillPoints = new Float64Array(touchedCount);
  const buckets = new Int32Array(1002);
  for (let index = 0; index < touchedCount; index++) {
    const points =
      query.skillPoints(requiredAt[index], requiredAsked, weights.requiredSkills) +
      query.skillPoints(desiredAt[index], desiredAsked, weights.desiredSkills);
    skillPoints[index] = points;
    buckets[Math.min(1000, Math.round(points * 10))]++;
  }
  const starts = new Int32Array(1002);
  for (let key = 1000, at = 0; key >= 0; key--) {
    starts[key] = at;
    at += buckets[key];
  }
  const order = new Int32Array(touchedCount);
  for (let index = 0; index < touchedCount; index++) {
    order[starts[Math.min(1000, Math.round(skillPoints[index] * 10))]++] = index;
  }
  for (let at = 0; at < touchedCount; at++) {
    const index = order[at];
    const slot = touched[index];
    if (top.full && skillPoints[index] + query.maxOtherPoints + margin < top.threshold) break;
    if (store.alive[slot] === 0) continue;
    judge(
      slot,
      query.skillPoints(requiredAt[index], requiredAsked, weights.requiredSkills),
      query.skillPoints(desiredAt[index], desiredAsked, weights.desiredSkills),
    );
  }
  // The list walk gathered only holders of asked or related skills: the others too, when they could still make it.
  const scanAll = !spatial && (!top.full || query.maxOtherPoints + margin >= top.threshold);
  if (scanAll) {
    for (let slot = 0; slot < store.size; slot++) {
      if (store.alive[slot] === 0 || touchedAt[slot] === generation) continue;
      judge(slot, 0, 0);
    }
  }

  const sample: number[] = [];
  const step = Math.max(1, Math.floor(pool.length / POOL_SAMPLE));
  for (let index = 0; index < pool.length && sample.length < POOL_SAMPLE; index += step) sample.push(pool[index]);

  let excluded: RankedSlot[] | null = null;
  let excludedTotal: number | null = null;
  if (excludedCount > 0) {
    const worst = new TopSlots(excludedCount, (a, b) => store.compareIds(a, b));
    excludedTotal = 0;
    // The relevant pool's ineligible; everyone's when the list reached beyond the relevant pool.
    for (let index = 0; index < touchedCount; index++) {
      const slot = touched[index];
      if (store.alive[slot] === 0 || query.eligible(store, slot)) continue;
      excludedTotal++;
      const required = query.skillPoints(requiredAt[index], requiredAsked, weights.requiredSkills);
      const desired = query.skillPoints(desiredAt[index], desiredAsked, weights.desiredSkills);
      worst.offer(slot, query.total(store, slot, required, desired));
    }
    for (let slot = 0; scanAll && slot < store.size; slot++) {
      if (store.alive[slot] === 0 || touchedAt[slot] === generation || query.eligible(store, slot)) continue;
      excludedTotal++;
      worst.offer(slot, query.total(store, slot, 0, 0));
    }
    excluded = worst.sorted();
  }

  return { top: top.sorted(), evaluated, eligible: pool.length, sample, excluded, excludedCount: excludedTotal };
}

/** Calls `visit` for every live candidate whose reach may take in the workplace (the exact rule is `eligible`'s). */
function walkNearby(store: CandidateStore, query: PostingQuery, visit: (slot: number) => void): void {
  const { alive } = store;
  const { latitude, longitude } = query;
  const kmPerLongitude = KM_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
  const latitudeCell = Math.floor((latitude + 90) / CELL_LATITUDE);
  const longitudeCell = Math.floor((longitude + 180) / CELL_LONGITUDE);
  REACH_CLASSES.forEach((reach, classIndex) => {
    const cells = store.cellsByReach[classIndex];
    if (cells.size === 0) return;
    const least = classIndex === 0 ? 0 : REACH_CLASSES[classIndex - 1];
    const spanLatitude = Math.ceil(reach / KM_PER_DEGREE / CELL_LATITUDE) + 1;
    const spanLongitude = Math.ceil(reach / kmPerLongitude / CELL_LONGITUDE) + 1;
    for (let row = latitudeCell - spanLatitude; row <= latitudeCell + spanLatitude; row++) {
      // The cell's extent in km from the workplace, north–south and east–west (flat, with the workplace's cosine).
      const south = (row * CELL_LATITUDE - 90 - latitude) * KM_PER_DEGREE;
      const north = south + CELL_LATITUDE * KM_PER_DEGREE;
      const nearLatitude = south > 0 ? south : north < 0 ? -north : 0;
      const farLatitude = Math.max(Math.abs(south), Math.abs(north));
      for (let column = longitudeCell - spanLongitude; column <= longitudeCell + spanLongitude; column++) {
        const list = cells.get(row * CELLS_AROUND + column);
        if (!list) continue;
        const west = (column * CELL_LONGITUDE - 180 - longitude) * kmPerLongitude;
        const east = west + CELL_LONGITUDE * kmPerLongitude;
        const nearLongitude = west > 0 ? west : east < 0 ? -east : 0;
        if (Math.hypot(nearLatitude, nearLongitude) > reach * 1.04 + 1) continue;
        const farthest = Math.hypot(farLatitude, Math.max(Math.abs(west), Math.abs(east)));
        // Wholly within the least reach of the class (with room for the flat-earth error): no one to test.
        const allIn = farthest * 1.04 + 1 < least;
        const { slots } = list;
        for (let at = 0, length = list.length; at < length; at++) {
          const slot = slots[at];
          if (alive[slot] === 1 && (allIn || query.mayReach(store, slot))) visit(slot);
        }
      }
    }
  });
  const { slots, length } = store.anywhere;
  for (let at = 0; at < length; at++) if (alive[slots[at]] === 1) visit(slots[at]);
}

/** Holders of an asked or related skill, counted along the inverted lists; returns how many. */
function gatherByLists(store: CandidateStore, query: PostingQuery, scratch: Scratch, generation: number): number {
  const { requiredUnits, desiredUnits, stamp, touchedAt, touched } = scratch;
  const { dictionary } = store;
  let touchedCount = 0;
  const accumulate = (asked: Int32Array, units: Uint8Array) => {
    for (let index = 0; index < asked.length; index++) {
      const ordinal = asked[index];
      if (ordinal < 0) continue;
      const term = scratch.nextTerm();
      const visit = (list: Int32Array, length: number, credit: number) => {
        for (let at = 0; at < length; at++) {
          const slot = list[at];
          if (stamp[slot] === term) continue;
          stamp[slot] = term;
          if (touchedAt[slot] !== generation) {
            touchedAt[slot] = generation;
            requiredUnits[slot] = 0;
            desiredUnits[slot] = 0;
            touched[touchedCount++] = slot;
          }
          units[slot] += credit;
        }
      };
      visit(store.lists[ordinal], store.listLength[ordinal], 2);
      for (const related of dictionary.relatedOrdinals[ordinal]) {
        visit(store.lists[related], store.listLength[related], 1);
      }
    }
  };
  accumulate(query.codes.required, requiredUnits);
  accumulate(query.codes.desired, desiredUnits);
  return touchedCount;
}
