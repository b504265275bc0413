import type { CandidateStore } from './candidate-store';
import type { PostingQuery } from './prepared-posting';

/** A ranked slot: its score and where it came from. */
export interface RankedSlot {
  slot: number;
  score: number;
}

export interface CandidateRanking {
  top: RankedSlot[];
  /** Candidates holding at least one asked or related skill: the relevant pool. */
  relevant: number;
  /** Candidates whose eligibility and score were computed. */
  evaluated: number;
  /** Sampled slots of the relevant pool, for its composition (all of it when small). */
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
    private readonly ids: string[],
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
    return [...this.items].sort((a, b) => b.score - a.score || (this.ids[a.slot] < this.ids[b.slot] ? -1 : 1));
  }

  /** The kept item ranks below the newcomer. */
  private weaker(kept: RankedSlot, slot: number, score: number): boolean {
    return kept.score < score || (kept.score === score && this.ids[kept.slot] > this.ids[slot]);
  }

  private less(a: RankedSlot, b: RankedSlot): boolean {
    return a.score < b.score || (a.score === b.score && this.ids[a.slot] > this.ids[b.slot]);
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
 * Posting → the best `count` candidates of a store. Skill credit is counted over the inverted lists of the asked
 * skills and their related skills (exact 2 units, related 1, once per asked skill); the touched candidates are then
 * visited by falling skill points, each judged by the numeric rules, and the visit stops once no candidate left can
 * reach the weakest of the best (its skill points plus the most the other parts can give). Only when the touched
 * candidates cannot fill the list is every other candidate scored as well.
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
  const { requiredUnits, desiredUnits, stamp, touchedAt, touched } = scratch;
  let touchedCount = 0;
  const { dictionary } = store;

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

  const { weights } = query.context;
  const requiredAsked = query.codes.facts.requiredSkills.length;
  const desiredAsked = query.codes.facts.desiredSkills.length;
  const skillPoints = new Float64Array(touchedCount);
  const buckets = new Int32Array(1002);
  for (let index = 0; index < touchedCount; index++) {
    const slot = touched[index];
    const points =
      query.skillPoints(requiredUnits[slot], requiredAsked, weights.requiredSkills) +
      query.skillPoints(desiredUnits[slot], desiredAsked, weights.desiredSkills);
    skillPoints[index] = points;
    buckets[Math.min(1000, Math.round(points * 10))]++;
  }
  // Counting sort of the touched candidates by falling skill points.
  const starts = new Int32Array(1002);
  for (let key = 1000, at = 0; key >= 0; key--) {
    starts[key] = at;
    at += buckets[key];
  }
  const order = new Int32Array(touchedCount);
  for (let index = 0; index < touchedCount; index++) {
    order[starts[Math.min(1000, Math.round(skillPoints[index] * 10))]++] = index;
  }

  const top = new TopSlots(count, store.ids);
  let evaluated = 0;
  const margin = 0.15; // the rounding of parts to one decimal
  for (let at = 0; at < touchedCount; at++) {
    const index = order[at];
    const slot = touched[index];
    if (top.full && skillPoints[index] + query.maxOtherPoints + margin < top.threshold) break;
    if (store.alive[slot] === 0) continue;
    evaluated++;
    if (!query.eligible(store, slot)) continue;
    const required = query.skillPoints(requiredUnits[slot], requiredAsked, weights.requiredSkills);
    const desired = query.skillPoints(desiredUnits[slot], desiredAsked, weights.desiredSkills);
    top.offer(slot, query.total(store, slot, required, desired));
  }
  const scanAll = !top.full || query.maxOtherPoints + margin >= top.threshold;
  if (scanAll) {
    for (let slot = 0; slot < store.size; slot++) {
      if (store.alive[slot] === 0 || touchedAt[slot] === generation) continue;
      evaluated++;
      if (query.eligible(store, slot)) top.offer(slot, query.total(store, slot, 0, 0));
    }
  }

  const sample: number[] = [];
  const step = Math.max(1, Math.floor(touchedCount / POOL_SAMPLE));
  for (let index = 0; index < touchedCount && sample.length < POOL_SAMPLE; index += step) {
    if (store.alive[touched[index]] === 1) sample.push(touched[index]);
  }

  let excluded: RankedSlot[] | null = null;
  let excludedTotal: number | null = null;
  if (excludedCount > 0) {
    const worst = new TopSlots(excludedCount, store.ids);
    excludedTotal = 0;
    // The relevant pool's ineligible; everyone's when the list reached beyond the relevant pool.
    for (let index = 0; index < touchedCount; index++) {
      const slot = touched[index];
      if (store.alive[slot] === 0 || query.eligible(store, slot)) continue;
      excludedTotal++;
      const required = query.skillPoints(requiredUnits[slot], requiredAsked, weights.requiredSkills);
      const desired = query.skillPoints(desiredUnits[slot], desiredAsked, weights.desiredSkills);
      worst.offer(slot, query.total(store, slot, required, desired));
    }
    for (let slot = 0; scanAll && slot < store.size; slot++) {
      if (store.alive[slot] === 0 || touchedAt[slot] === generation || query.eligible(store, slot)) continue;
      excludedTotal++;
      worst.offer(slot, query.total(store, slot, 0, 0));
    }
    excluded = worst.sorted();
  }

  let relevant = 0;
  for (let index = 0; index < touchedCount; index++) if (store.alive[touched[index]] === 1) relevant++;
  return { top: top.sorted(), relevant, evaluated, sample, excluded, excludedCount: excludedTotal };
}
