import { LabelIndex, sortInSlices, type IndexedConcept } from './label-index';

const concept = (
  da: string | null,
  en: string,
  synonymsDa: string[] = [],
  synonymsEn: string[] = [],
  commonness = 0,
): IndexedConcept => ({
  commonness,
  labels: [
    ...(da ? [{ text: da, language: 'da' as const, preferred: true }] : []),
    { text: en, language: 'en', preferred: true },
    ...synonymsDa.map((text) => ({ text, language: 'da' as const, preferred: false })),
    ...synonymsEn.map((text) => ({ text, language: 'en' as const, preferred: false })),
  ],
});

const CONCEPTS = [
  /* 0 */ concept('gaffeltruckfører', 'forklift operator', ['truckfører'], ['forklift driver']),
  /* 1 */ concept('social- og sundhedshjælper', 'home care aide', ['sosu-hjælper', 'hjemmehjælper']),
  /* 2 */ concept('social- og sundhedsassistent', 'healthcare assistant', ['sosu-assistent']),
  /* 3 */ concept(null, 'operate forklift', [], ['drive forklift truck'], 40),
  /* 4 */ concept('rengøring', 'cleaning', ['rengøring af lokaler']),
  /* 5 */ concept(null, 'clean rooms', ['rengøring af lokaler'], [], 2),
  /* 6 */ concept('personlig pleje', 'assist with personal care', [], ['personal hygiene']),
  /* 7 */ concept(null, 'personal care of the elderly', [], [], 1),
  /* 8 */ concept('svejsning', 'welding', ['svejse metal']),
  /* 9 */ concept('truckcertifikat', 'forklift certificate', ['truckkort']),
  /* 10 */ concept('svejse metalplader', 'weld sheet metal'),
];

describe('LabelIndex', () => {
  const index = LabelIndex.build(CONCEPTS);
  const search = (query: string, language: 'da' | 'en' = 'da', limit = 10) =>
    index
      .search(query, language, limit)
      .map((hit) => ({ concept: hit.concept, term: hit.label.text, match: hit.match }));
  const first = (query: string, language: 'da' | 'en' = 'da') => search(query, language)[0];

  it('ignores case and accents and treats æ/ae, ø/oe and å/aa alike', () => {
    expect(first('GAFFELTRUCKFØRER')).toEqual({ concept: 0, term: 'gaffeltruckfører', match: 'exact' });
    expect(first('gaffeltruckfoerer')).toEqual({ concept: 0, term: 'gaffeltruckfører', match: 'exact' });
    expect(first('rengoering')).toEqual({ concept: 4, term: 'rengøring', match: 'exact' });
    expect(first('SVÉJSNING')).toEqual({ concept: 8, term: 'svejsning', match: 'exact' });
    // ö reads as ø: an exact match, not a typo.
    expect(first('Rengöring')).toEqual({ concept: 4, term: 'rengøring', match: 'exact' });
    expect(first('sosu hjaelper')).toEqual({ concept: 1, term: 'sosu-hjælper', match: 'exact' });
  });

  it('matches prefixes of words, anywhere in a label', () => {
    expect(first('gaffel')).toEqual({ concept: 0, term: 'gaffeltruckfører', match: 'prefix' });
    expect(first('pers ple')).toEqual({ concept: 6, term: 'personlig pleje', match: 'prefix' });
    expect(first('pleje')).toEqual({ concept: 6, term: 'personlig pleje', match: 'words' });
    expect(search('sundheds').map((hit) => hit.concept)).toEqual([1, 2]);
  });

  it('finds synonyms, and says which one matched', () => {
    expect(first('truckfører')).toEqual({ concept: 0, term: 'truckfører', match: 'exact' });
    expect(first('hjemmehjæ')).toEqual({ concept: 1, term: 'hjemmehjælper', match: 'prefix' });
    expect(first('truckkort')).toEqual({ concept: 9, term: 'truckkort', match: 'exact' });
  });

  it('tolerates one typo in a word: a letter left out, added, replaced, or two swapped', () => {
    expect(first('gaffeltruckforer')).toEqual({ concept: 0, term: 'gaffeltruckfører', match: 'fuzzy' });
    expect(first('svejsnimg')).toEqual({ concept: 8, term: 'svejsning', match: 'fuzzy' });
    expect(first('svejsnign')).toEqual({ concept: 8, term: 'svejsning', match: 'fuzzy' });
    expect(first('weldding', 'en')).toEqual({ concept: 8, term: 'welding', match: 'fuzzy' });
    // …also in a word still being typed.
    expect(first('gafeltruck')).toEqual({ concept: 0, term: 'gaffeltruckfører', match: 'fuzzy' });
    expect(search('svjesnign')).toEqual([]);
    // A label one edit from the whole query before a label that merely holds a word one edit away.
    expect(search('svejse metl').map((hit) => [hit.concept, hit.term])).toEqual([
      [8, 'svejse metal'],
      [10, 'svejse metalplader'],
    ]);
  });

  it('gives short words no typo tolerance', () => {
    expect(search('wle', 'en')).toEqual([]);
    expect(search('ost')).toEqual([]);
  });

  it('ranks exact before prefix before synonym before typo, shorter and commoner first', () => {
    expect(search('forklift', 'en').map((hit) => [hit.concept, hit.match])).toEqual([
      [0, 'prefix'], // forklift operator: preferred label starting with the query
      [9, 'prefix'], // forklift certificate: as short, less common
      [3, 'words'], // operate forklift: the word further in
    ]);
    expect(search('rengøring af').map((hit) => [hit.concept, hit.match, hit.term])).toEqual([
      [4, 'prefix', 'rengøring af lokaler'],
      [5, 'prefix', 'rengøring af lokaler'],
    ]);
    expect(search('pers').map((hit) => hit.concept)).toEqual([6, 7]);
  });

  it('puts concepts with a label in the language asked for first, after exact matches', () => {
    expect(search('personal', 'da').map((hit) => hit.concept)).toEqual([6, 7]);
    expect(search('personal care', 'en').map((hit) => hit.concept)).toEqual([7, 6]);
    expect(search('clean', 'da').map((hit) => hit.concept)).toEqual([4, 5]);
    expect(search('clean rooms', 'da').map((hit) => hit.concept)).toEqual([5]);
  });

  it('answers at most `limit` concepts, each once', () => {
    expect(search('s', 'da', 2)).toHaveLength(2);
    const all = search('s', 'da', 50).map((hit) => hit.concept);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds nothing for text with no letters or digits, or no matching word', () => {
    expect(search('!!!')).toEqual([]);
    expect(search('zzzz qqqq')).toEqual([]);
  });

  it('looks labels up exactly, and one edit from the whole text', () => {
    expect(index.exact('Rengøring af lokaler').map((hit) => hit.concept)).toEqual([5, 4]);
    expect(index.oneEditFrom('gaffeltruckforer').map((hit) => hit.concept)).toEqual([0]);
    expect(index.oneEditFrom('sosu hjalper').map((hit) => hit.concept)).toEqual([1]);
    expect(index.oneEditFrom('gaffeltruck')).toEqual([]);
  });
});

describe('sortInSlices', () => {
  it('sorts as Array.prototype.sort does, stably, pausing between slices', () => {
    let seed = 7;
    const items = Array.from({ length: 1_003 }, (_, index) => ({
      key: (seed = (seed * 16807) % 2147483647) % 50,
      index,
    }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const slices = sortInSlices(items, byKey, 100);
    let pauses = 0;
    let step = slices.next();
    for (; !step.done; step = slices.next()) pauses++;
    expect(step.value).toEqual([...items].sort(byKey));
    expect(pauses).toBeGreaterThan(10);
    expect([...sortInSlices([], byKey, 100)]).toEqual([]);
  });
});
