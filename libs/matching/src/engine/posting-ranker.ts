import type { CandidateStore } from './candidate-store';
import { TopSlots, type RankedSlot } from './candidate-ranker';
import type { PostingQuery } from './prepared-posting';

export interface PostingRanking {
  /** `slot` is the index into the queries given. */
  top: RankedSlot[];
  evaluated: number;
  excluded: RankedSlot[] | null;
  excludedCount: number | null;
}

/**
 * Candidate → the best `count` of the postings given (each as a query in its own jobcentre's context): every
 * posting is judged, as there are far fewer postings than candidates, with the candidate's skills marked in an array
 * so each asked skill is one read.
 */
export function rankPostings(
  store: CandidateStore,
  slot: number,
  queries: readonly PostingQuery[],
  count: number,
  excludedCount = 0,
): PostingRanking {
  const { dictionary } = store;
  const held = new Uint8Array(dictionary.skillUris.length);
  for (let index = store.skillStart[slot], end = index + store.skillCount[slot]; index < end; index++) {
    held[store.skillPool[index]] = 1;
  }
  const units = (asked: Int32Array) => {
    let total = 0;
    for (let index = 0; index < asked.length; index++) {
      const ordinal = asked[index];
      if (ordinal < 0) continue;
      if (held[ordinal] === 1) total += 2;
      else if (dictionary.relatedOrdinals[ordinal].some((related) => held[related] === 1)) total += 1;
    }
    return total;
  };
  const ids = queries.map((query) => query.codes.facts.id);
  const top = new TopSlots(count, ids);
  const excluded = excludedCount > 0 ? new TopSlots(excludedCount, ids) : null;
  let excludedTotal = 0;
  queries.forEach((query, index) => {
    const eligible = query.eligible(store, slot);
    if (!eligible && !excluded) return;
    const { weights } = query.context;
    const { facts } = query.codes;
    const required = query.skillPoints(
      units(query.codes.required),
      facts.requiredSkills.length,
      weights.requiredSkills,
    );
    const desired = query.skillPoints(units(query.codes.desired), facts.desiredSkills.length, weights.desiredSkills);
    const score = query.total(store, slot, required, desired);
    if (eligible) top.offer(index, score);
    else {
      excludedTotal++;
      excluded!.offer(index, score);
    }
  });
  return {
    top: top.sorted(),
    evaluated: queries.length,
    excluded: excluded?.sorted() ?? null,
    excludedCount: excluded ? excludedTotal : null,
  };
}
