import SearchableMap from 'minisearch/SearchableMap';
import { normaliseTerm } from '../catalogue/normalise';
import { oneEditVariants, withinOneEdit } from './edit-distance';

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

export interface ConceptLabel {
  text: string;
  language: Language;
  /** The concept's preferred label in that language; otherwise one of its synonyms. */
  preferred: boolean;
}

export interface IndexedConcept {
  labels: readonly ConceptLabel[];
  /** Orders concepts that match equally well: higher first (e.g. how many occupations need a skill). */
  commonness: number;
}

/**
 * How a label matched the query: `exact` (the whole label), `prefix` (the label starts with the query), `words`
 * (every query word starts a word of the label, anywhere in it) or `fuzzy` (a query word one edit from a label word).
 */
export type MatchKind = 'exact' | 'prefix' | 'words' | 'fuzzy';

export interface LabelHit {
  /** The concept's position in the array the index was built from. */
  concept: number;
  label: ConceptLabel;
  match: MatchKind;
}

/** Shorter words get no typo tolerance: one edit away from a three-letter word is another word. */
export const FUZZY_MIN_LENGTH = 4;
/** Labels normalised, or words indexed, between two pauses of an index built in slices. */
const SLICE = 2_000;
/** A letter in fewer than one indexed word in this many (ß, ł, …) is no typo worth trying: it multiplies variants. */
const RARE_LETTER = 1_000;
/** Words of a query beyond these are ignored: no label has more distinct words. */
const MAX_QUERY_WORDS = 24;

interface Marked {
  /** The labels that matched every query word. */
  matched: number[];
  /** The query's stamp: a label with this `typo` stamp matched a word only through a typo. */
  base: number;
  /** The progress stamp of the labels that matched every word. */
  done: number;
}

interface Entry {
  concept: number;
  label: ConceptLabel;
  normalised: string;
  commonness: number;
}

/** Preferred labels before synonyms, then shorter, then the more common concept, then alphabetical. */
function staticOrder(a: Entry, b: Entry): number {
  return (
    Number(b.label.preferred) - Number(a.label.preferred) ||
    a.normalised.length - b.normalised.length ||
    b.commonness - a.commonness ||
    (a.normalised < b.normalised ? -1 : a.normalised > b.normalised ? 1 : a.concept - b.concept)
  );
}

/**
 * Sorts like Array.prototype.sort (stably), yielding after every `slice` items sorted or merged: a bottom-up merge
 * sort of runs of `slice` items. One sort of 100,000 labels at once held the event loop for up to a second on a busy
 * machine.
 */
export function* sortInSlices<T>(items: T[], compare: (a: T, b: T) => number, slice = SLICE): Generator<void, T[]> {
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += slice) {
    runs.push(items.slice(start, start + slice).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const [left, right = []] = [runs[index], runs[index + 1]];
      const run: T[] = [];
      let [l, r] = [0, 0];
      while (l < left.length || r < right.length) {
        run.push(r >= right.length || (l < left.length && compare(left[l], right[r]) <= 0) ? left[l++] : right[r++]);
        if (run.length % slice === 0) yield;
      }
      merged.push(run);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

/**
 * The order results are answered in, by how a label matched and whether its concept has a label in the language
 * asked for. Exact matches come first whatever their language; after them the concepts with a label in that language
 * (preferred label starting with the query, its words starting with the query's, then the same for synonyms), then
 * the concepts without one, and typo matches last (a whole label one edit from the query before the rest). Within a
 * bucket the static order holds: preferred, short, common.
 */
const BUCKET = {
  exact: [0, 1],
  preferredPrefix: [2, 6],
  preferredWords: [3, 7],
  synonymPrefix: [4, 8],
  synonymWords: [5, 9],
  fuzzyWhole: [10, 11],
  fuzzy: [12, 13],
} as const satisfies Record<string, readonly [number, number]>;
const BUCKETS = 14;

/**
 * An autocomplete index over the labels of one kind of concept (occupations or skills), in the normalised form of
 * normaliseTerm. MiniSearch's radix tree (SearchableMap) finds the words a query word matches, exactly, as a prefix
 * or within one edit; the labels holding them are then intersected and ranked here, with typed arrays, because
 * MiniSearch's own scoring of every matching document measured 21 ms at p95 on the full ESCO set (one or two letters
 * match tens of thousands of labels) and says neither which label matched nor how.
 *
 * Searching is synchronous and keeps its scratch arrays between calls: one index serves one thread.
 */
export class LabelIndex {
  // Set once, by fill().
  private entries: Entry[];
  private readonly vocabulary = new SearchableMap<Int32Array>();
  private readonly byLabel = new Map<string, number[]>();
  /** The characters of the indexed words but the rarest: what a typo's variants are made of. */
  private alphabet: string;
  /** Every beginning of an indexed word, four letters or longer: most typo variants are none and skip the tree. */
  private readonly prefixes = new Set<string>();
  /** The first synonym in the static order: every label before it is a preferred label. */
  private firstSynonym: number;
  /** Per concept and language: 1 when the concept has a preferred label in that language. */
  private hasLanguage: Record<Language, Uint8Array>;
  /** Scratch, stamped per query so nothing is cleared: how many query words a label has matched so far. */
  private progress: Int32Array;
  private typo: Int32Array;
  private bucketSeen: Int32Array;
  private taken: Int32Array;
  private base = 0;

  private constructor(readonly concepts: readonly IndexedConcept[]) {}

  /** The index, built at once (about a second for the 99,000 labels of ESCO's skills). */
  static build(concepts: readonly IndexedConcept[]): LabelIndex {
    const index = new LabelIndex(concepts);
    const slices = index.fill();
    while (!slices.next().done) {
      // Each call of next() builds one slice.
    }
    return index;
  }

  /** The index, built in slices of tens of milliseconds with `pause` between them: a server stays responsive. */
  static async buildInSlices(concepts: readonly IndexedConcept[], pause: () => Promise<void>): Promise<LabelIndex> {
    const index = new LabelIndex(concepts);
    const slices = index.fill();
    while (!slices.next().done) await pause();
    return index;
  }

  /** Builds the index, yielding between slices of about SLICE labels' work. */
  private *fill(): Generator<void> {
    const { concepts } = this;
    const entries: Entry[] = [];
    let done = 0;
    for (let index = 0; index < concepts.length; index++) {
      const concept = concepts[index];
      const seen = new Set<string>();
      // Preferred labels first, so a synonym spelled like the concept's label does not hide it.
      const labels = [...concept.labels].sort((a, b) => Number(b.preferred) - Number(a.preferred));
      for (const label of labels) {
        const normalised = normaliseTerm(label.text);
        if (!normalised || seen.has(normalised)) continue;
        seen.add(normalised);
        entries.push({ concept: index, label, normalised, commonness: concept.commonness });
      }
      done += labels.length;
      if (done >= SLICE) {
        done = 0;
        yield;
      }
    }
    this.entries = yield* sortInSlices(entries, staticOrder);

    const postings = new Map<string, number[]>();
    for (let id = 0; id < this.entries.length; id++) {
      const { normalised } = this.entries[id];
      const ids = this.byLabel.get(normalised);
      if (ids) ids.push(id);
      else this.byLabel.set(normalised, [id]);
      for (const word of new Set(normalised.split(' '))) {
        const list = postings.get(word);
        if (list) list.push(id);
        else postings.set(word, [id]);
      }
      if (id % SLICE === SLICE - 1) yield;
    }
    let words = 0;
    for (const [word, ids] of postings) {
      this.vocabulary.set(word, Int32Array.from(ids));
      for (let end = FUZZY_MIN_LENGTH; end <= word.length; end++) this.prefixes.add(word.slice(0, end));
      if (++words % SLICE === 0) yield;
    }
    const letters = new Map<string, number>();
    for (const word of postings.keys()) for (const letter of word) letters.set(letter, (letters.get(letter) ?? 0) + 1);
    const rare = Math.floor(postings.size / RARE_LETTER);
    this.alphabet = [...letters]
      .filter(([, count]) => count > rare)
      .map(([letter]) => letter)
      .join('');
    this.firstSynonym = this.entries.findIndex((entry) => !entry.label.preferred);
    if (this.firstSynonym < 0) this.firstSynonym = this.entries.length;

    this.hasLanguage = { da: new Uint8Array(concepts.length), en: new Uint8Array(concepts.length) };
    concepts.forEach((concept, index) => {
      for (const label of concept.labels) if (label.preferred) this.hasLanguage[label.language][index] = 1;
    });
    this.progress = new Int32Array(this.entries.length);
    this.typo = new Int32Array(this.entries.length);
    this.bucketSeen = new Int32Array(concepts.length * BUCKETS);
    this.taken = new Int32Array(concepts.length);
  }

  get labelCount(): number {
    return this.entries.length;
  }

  get wordCount(): number {
    return this.vocabulary.size;
  }

  /**
   * The best `limit` concepts for what someone is typing, each with the label that matched best: every query word
   * must start a word of one label (or be one edit from a word of four letters or more).
   */
  search(query: string, language: Language, limit: number): LabelHit[] {
    const normalised = normaliseTerm(query);
    if (!normalised || limit < 1) return [];
    const words = this.wordsOf(normalised);
    // Typo matches rank last: they are looked for only when the rest leaves room.
    const hits = this.rank(normalised, words[0], language, limit, this.mark(words, { prefix: true, typos: false }));
    return hits.length === limit
      ? hits
      : this.rank(normalised, words[0], language, limit, this.mark(words, { prefix: true, typos: true }));
  }

  /** `first`: the query's first word; a label that starts with it (and holds the other words) matches as a prefix. */
  private rank(normalised: string, first: string, language: Language, limit: number, marked: Marked): LabelHit[] {
    const { base } = marked;
    const cap = 2 * limit;
    const buckets: number[][] = Array.from({ length: BUCKETS }, () => []);
    let lowestFull = BUCKETS;
    const add = (id: number, [withLanguage, without]: readonly [number, number]): void => {
      const entry = this.entries[id];
      const bucket = this.hasLanguage[language][entry.concept] ? withLanguage : without;
      // The best label of each concept per bucket is enough; and no more than `cap`, since at most `limit` of a
      // bucket's concepts can have been taken by better buckets: a full bucket makes every later one useless.
      const seen = entry.concept * BUCKETS + bucket;
      if (bucket >= lowestFull || this.bucketSeen[seen] === base) return;
      this.bucketSeen[seen] = base;
      if (buckets[bucket].push(id) === cap) lowestFull = bucket;
    };
    // Exact labels first, wherever the static order puts them, so the scan below may stop early.
    const exact = this.byLabel.get(normalised) ?? [];
    for (const id of exact) if (this.progress[id] === marked.done && this.typo[id] !== base) add(id, BUCKET.exact);
    for (const id of this.inStaticOrder(marked)) {
      // Past this point no label can land in a bucket before the best one left: preferred labels come first.
      if (lowestFull <= (id < this.firstSynonym ? BUCKET.preferredPrefix[0] : BUCKET.synonymPrefix[0])) break;
      const entry = this.entries[id];
      if (this.typo[id] === base) {
        add(id, withinOneEdit(entry.normalised, normalised) ? BUCKET.fuzzyWhole : BUCKET.fuzzy);
      } else if (entry.normalised !== normalised) {
        const startsWith = entry.normalised.startsWith(first);
        if (entry.label.preferred) add(id, startsWith ? BUCKET.preferredPrefix : BUCKET.preferredWords);
        else add(id, startsWith ? BUCKET.synonymPrefix : BUCKET.synonymWords);
      }
    }
    const hits: LabelHit[] = [];
    for (let bucket = 0; bucket < BUCKETS && hits.length < limit; bucket++) {
      for (const id of buckets[bucket]) {
        const entry = this.entries[id];
        if (this.taken[entry.concept] === base) continue;
        this.taken[entry.concept] = base;
        hits.push({ concept: entry.concept, label: entry.label, match: matchOf(bucket) });
        if (hits.length === limit) break;
      }
    }
    return hits;
  }

  /** Labels equal to the text once normalised, preferred labels first. */
  exact(text: string): LabelHit[] {
    const ids = this.byLabel.get(normaliseTerm(text)) ?? [];
    return ids.map((id) => ({ concept: this.entries[id].concept, label: this.entries[id].label, match: 'exact' }));
  }

  /** Labels one edit (see withinOneEdit) from the whole text once normalised. */
  oneEditFrom(text: string): LabelHit[] {
    const normalised = normaliseTerm(text);
    if (normalised.length < FUZZY_MIN_LENGTH) return [];
    const marked = this.mark(this.wordsOf(normalised), { prefix: false, typos: true });
    return [...this.inStaticOrder(marked)]
      .filter(
        (id) => this.entries[id].normalised !== normalised && withinOneEdit(this.entries[id].normalised, normalised),
      )
      .map((id) => ({ concept: this.entries[id].concept, label: this.entries[id].label, match: 'fuzzy' }));
  }

  private wordsOf(normalised: string): string[] {
    return [...new Set(normalised.split(' '))].slice(0, MAX_QUERY_WORDS);
  }

  /** A stamp no scratch entry holds yet, with room for one step per query word above it. */
  private nextBase(): number {
    this.base += MAX_QUERY_WORDS + 1;
    if (this.base > 2 ** 30) {
      this.progress.fill(0);
      this.typo.fill(0);
      this.bucketSeen.fill(0);
      this.taken.fill(0);
      this.base = MAX_QUERY_WORDS + 1;
    }
    return this.base;
  }

  /**
   * Marks the labels each query word matches, word by word, keeping only labels that matched every word before; the
   * ids of the labels that matched them all are returned. A label reached only through a word one edit away is
   * stamped in `typo`. With `prefix` a query word matches the words it starts; without, only itself and its typos.
   */
  private mark(words: string[], { prefix, typos }: { prefix: boolean; typos: boolean }): Marked {
    const base = this.nextBase();
    const matched: number[] = [];
    const { progress, typo } = this;
    words.forEach((word, position) => {
      const last = position === words.length - 1;
      const visit = (ids: Int32Array, isTypo: boolean): void => {
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k];
          if (position === 0 ? progress[id] >= base : progress[id] !== base + position) continue;
          progress[id] = base + position + 1;
          if (isTypo) typo[id] = base;
          if (last) matched.push(id);
        }
      };
      if (prefix) for (const ids of this.vocabulary.atPrefix(word).values()) visit(ids, false);
      else {
        const ids = this.vocabulary.get(word);
        if (ids) visit(ids, false);
      }
      if (!typos || word.length < FUZZY_MIN_LENGTH) return;
      for (const variant of oneEditVariants(word, this.alphabet)) {
        if (prefix && variant.length >= FUZZY_MIN_LENGTH) {
          if (!this.prefixes.has(variant)) continue;
          for (const ids of this.vocabulary.atPrefix(variant).values()) visit(ids, true);
        } else {
          const ids = this.vocabulary.get(variant);
          if (ids) visit(ids, true);
        }
      }
    });
    return { matched, base, done: base + words.length };
  }

  /** The matched ids in static order; past a few thousand, a pass over the scratch array beats sorting them. */
  private *inStaticOrder({ matched, done }: Marked): Generator<number> {
    if (matched.length < 4096) {
      yield* matched.sort((a, b) => a - b);
      return;
    }
    const { progress } = this;
    for (let id = 0; id < progress.length; id++) if (progress[id] === done) yield id;
  }
}

function matchOf(bucket: number): MatchKind {
  if (bucket <= 1) return 'exact';
  if (bucket >= 10) return 'fuzzy';
  return bucket % 2 === 0 ? 'prefix' : 'words';
}
