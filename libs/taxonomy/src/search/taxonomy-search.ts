import type { TaxonomyCatalogue } from '../catalogue/taxonomy-catalogue';
import type { Occupation } from '../occupations/occupation.entity';
import type { Skill } from '../skills/skill.entity';
import {
  LabelIndex,
  type ConceptLabel,
  type IndexedConcept,
  type Language,
  type LabelHit,
  type MatchKind,
} from './label-index';

export interface LabelInLanguage {
  label: string;
  /** The label's language: English when the concept has no label in the language asked for. */
  language: Language;
}

export interface SearchMatch {
  /** The label or synonym the query matched, as written. */
  term: string;
  language: Language;
  synonym: boolean;
  kind: MatchKind;
}

export interface SearchHit<T> {
  concept: T;
  matched: SearchMatch;
}

/** What free text given where a code belongs names: one concept, several, or none (with the closest). */
export type Resolution<T> = { found: T } | { ambiguous: T[] } | { unknown: T[] };

function labelsOf(concept: Occupation | Skill): ConceptLabel[] {
  return [
    ...(concept.labelDa ? [{ text: concept.labelDa, language: 'da' as const, preferred: true }] : []),
    { text: concept.labelEn, language: 'en', preferred: true },
    ...concept.synonymsDa.map((text) => ({ text, language: 'da' as const, preferred: false })),
    ...concept.synonymsEn.map((text) => ({ text, language: 'en' as const, preferred: false })),
  ];
}

/** The concept's label in the language asked for, English where it has none (ESCO has no Danish skill labels). */
export function labelIn(concept: Occupation | Skill, language: Language): LabelInLanguage {
  return language === 'da' && concept.labelDa
    ? { label: concept.labelDa, language: 'da' }
    : { label: concept.labelEn, language: 'en' };
}

/** ESCO codes grow a part per level (8344 → 8344.1 → 8344.1.2): the broader, the more common, equals aside. */
const occupationCommonness = (occupation: Occupation): number =>
  -occupation.code.split('.').length + (occupation.starCodes.length > 0 ? 0.5 : 0);

/** The occupations and the skills as the index sees them, in the catalogue's order. */
function indexedConcepts(
  catalogue: TaxonomyCatalogue,
  skillDemand: ReadonlyMap<string, number>,
): [IndexedConcept[], IndexedConcept[]] {
  return [
    [...catalogue.occupations.values()].map((occupation) => ({
      labels: labelsOf(occupation),
      commonness: occupationCommonness(occupation),
    })),
    [...catalogue.skills.values()].map((skill) => ({
      labels: labelsOf(skill),
      commonness: skillDemand.get(skill.uri) ?? 0,
    })),
  ];
}

/**
 * Autocomplete and free-text resolution over the whole taxonomy: one LabelIndex of the occupations, one of the
 * skills, built once per process from the catalogue.
 */
export class TaxonomySearch {
  private readonly occupationList: Occupation[];
  private readonly skillList: Skill[];

  private constructor(
    catalogue: TaxonomyCatalogue,
    readonly occupationIndex: LabelIndex,
    readonly skillIndex: LabelIndex,
  ) {
    this.occupationList = [...catalogue.occupations.values()];
    this.skillList = [...catalogue.skills.values()];
  }

  /** `skillDemand`: per skill URI, how many occupations need it (essential counting double); commoner first. */
  static build(catalogue: TaxonomyCatalogue, skillDemand: ReadonlyMap<string, number>): TaxonomySearch {
    const [occupations, skills] = indexedConcepts(catalogue, skillDemand);
    return new TaxonomySearch(catalogue, LabelIndex.build(occupations), LabelIndex.build(skills));
  }

  /** The same, built in slices with `pause` between them (see LabelIndex.buildInSlices). */
  static async buildInSlices(
    catalogue: TaxonomyCatalogue,
    skillDemand: ReadonlyMap<string, number>,
    pause: () => Promise<void>,
  ): Promise<TaxonomySearch> {
    const [occupations, skills] = indexedConcepts(catalogue, skillDemand);
    const occupationIndex = await LabelIndex.buildInSlices(occupations, pause);
    return new TaxonomySearch(catalogue, occupationIndex, await LabelIndex.buildInSlices(skills, pause));
  }

  searchOccupations(query: string, language: Language, limit: number): SearchHit<Occupation>[] {
    return this.occupationIndex.search(query, language, limit).map((hit) => this.hit(this.occupationList, hit));
  }

  searchSkills(query: string, language: Language, limit: number): SearchHit<Skill>[] {
    return this.skillIndex.search(query, language, limit).map((hit) => this.hit(this.skillList, hit));
  }

  resolveOccupation(text: string): Resolution<Occupation> {
    return resolve(this.occupationIndex, this.occupationList, text);
  }

  resolveSkill(text: string): Resolution<Skill> {
    return resolve(this.skillIndex, this.skillList, text);
  }

  private hit<T>(list: T[], hit: LabelHit): SearchHit<T> {
    const { text: term, language, preferred } = hit.label;
    return { concept: list[hit.concept], matched: { term, language, synonym: !preferred, kind: hit.match } };
  }
}

const SUGGESTIONS = 3;

const distinctConcepts = (hits: LabelHit[]): number[] => [...new Set(hits.map((hit) => hit.concept))];

/**
 * An exact label (any language) names its concept; when several concepts share it, the one whose preferred label it
 * is wins, and otherwise it is ambiguous. Failing that, a text one edit from the labels of a single concept names
 * that concept. Anything else is unknown, with the closest concepts the search finds.
 */
function resolve<T>(index: LabelIndex, list: T[], text: string): Resolution<T> {
  const exact = index.exact(text);
  const single = (hits: LabelHit[]): Resolution<T> | null => {
    const concepts = distinctConcepts(hits);
    if (concepts.length === 1) return { found: list[concepts[0]] };
    const preferred = distinctConcepts(hits.filter((hit) => hit.label.preferred));
    if (preferred.length === 1) return { found: list[preferred[0]] };
    return concepts.length > 1 ? { ambiguous: concepts.map((concept) => list[concept]) } : null;
  };
  const byLabel = single(exact);
  if (byLabel) return byLabel;
  const typos = distinctConcepts(index.oneEditFrom(text));
  if (typos.length === 1) return { found: list[typos[0]] };
  if (typos.length > 1) return { ambiguous: typos.map((concept) => list[concept]) };
  return { unknown: closest(index, text).map((concept) => list[concept]) };
}

/** The search's best few; when the text as a whole finds too few, its words one at a time fill up. */
function closest(index: LabelIndex, text: string): number[] {
  const concepts = distinctConcepts(index.search(text, 'da', SUGGESTIONS));
  for (const word of text.split(/\s+/)) {
    if (concepts.length >= SUGGESTIONS) break;
    for (const concept of distinctConcepts(index.search(word, 'da', SUGGESTIONS)))
      if (concepts.length < SUGGESTIONS && !concepts.includes(concept)) concepts.push(concept);
  }
  return concepts;
}
