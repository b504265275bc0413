import { TaxonomyCatalogue } from '../catalogue/taxonomy-catalogue';
import type { Occupation } from '../occupations/occupation.entity';
import type { Skill } from '../skills/skill.entity';
import { TaxonomySearch, labelIn, type Resolution } from './taxonomy-search';

const occupation = (code: string, labelDa: string | null, labelEn: string, synonymsDa: string[] = []): Occupation => ({
  code,
  uri: `http://data.europa.eu/esco/occupation/${code}`,
  iscoCode: code.slice(0, 4),
  sectorCode: 'oevrige',
  labelDa,
  labelEn,
  synonymsDa,
  synonymsEn: [],
  starCodes: [],
});

const skill = (name: string, labelEn: string, labelDa: string | null = null, synonymsDa: string[] = []): Skill => ({
  uri: `http://data.europa.eu/esco/skill/${name}`,
  type: 'skill/competence',
  reuseLevel: null,
  labelDa,
  labelEn,
  synonymsDa,
  synonymsEn: [],
});

const OCCUPATIONS = [
  occupation('8344.1', 'gaffeltruckfører', 'forklift operator', ['Truckfører']),
  occupation('5322.1', 'social- og sundhedshjælper', 'home care aide', ['sosu-hjælper', 'hjemmehjælper']),
  occupation('3412.4.2', 'hjemmehjælper', 'care at home worker', ['social- og sundhedshjælper']),
  occupation('0110.6', 'sergent', 'sergeant', ['soldat']),
  occupation('0310.2', 'menig', 'private', ['soldat']),
  occupation('7212.1', 'svejser', 'welder', ['smed']),
  occupation('7221.1', 'klejnsmed', 'blacksmith', ['smed']),
];
const SKILLS = [
  skill('forklift', 'operate forklift', 'kør gaffeltruck', ['truckcertifikat']),
  skill('cleaning', 'clean rooms', 'rengøring', ['rengøring af lokaler']),
  skill('care', 'assist with personal care', 'personlig pleje'),
  skill('weld', 'use welding equipment', 'svejsning', ['svejse']),
  skill('weld2', 'weld metals'),
];

describe('TaxonomySearch: free text where a code belongs', () => {
  const search = TaxonomySearch.build(new TaxonomyCatalogue(OCCUPATIONS, SKILLS, [], []), new Map());
  const code = (resolution: Resolution<Occupation>) =>
    'found' in resolution
      ? resolution.found.code
      : 'ambiguous' in resolution
        ? { ambiguous: resolution.ambiguous.map((each) => each.code) }
        : { unknown: resolution.unknown.map((each) => each.code) };
  const uri = (resolution: Resolution<Skill>) =>
    'found' in resolution ? resolution.found.uri.split('/').pop() : resolution;

  it('names a concept by its label or synonym in either language, ignoring case and accents', () => {
    expect(code(search.resolveOccupation('Gaffeltruckfører'))).toBe('8344.1');
    expect(code(search.resolveOccupation('FORKLIFT OPERATOR'))).toBe('8344.1');
    expect(code(search.resolveOccupation('truckfører'))).toBe('8344.1');
    expect(uri(search.resolveSkill('Truckcertifikat'))).toBe('forklift');
    expect(uri(search.resolveSkill('Personlig pleje'))).toBe('care');
  });

  it('treats æ/ae, ø/oe and å/aa alike', () => {
    expect(code(search.resolveOccupation('gaffeltruckfoerer'))).toBe('8344.1');
    expect(code(search.resolveOccupation('sosu-hjaelper'))).toBe('5322.1');
    expect(uri(search.resolveSkill('rengoering'))).toBe('cleaning');
    expect(uri(search.resolveSkill('koer gaffeltruck'))).toBe('forklift');
  });

  it('accepts one typo when it leaves a single concept', () => {
    expect(code(search.resolveOccupation('gaffeltruckforer'))).toBe('8344.1'); // ø typed as o: oe less one letter
    expect(code(search.resolveOccupation('gaffeltrukfører'))).toBe('8344.1');
    expect(uri(search.resolveSkill('svejsnign'))).toBe('weld');
    expect(uri(search.resolveSkill('personlig plje'))).toBe('care');
  });

  it('lets a preferred label win over the same words as another concept’s synonym', () => {
    expect(code(search.resolveOccupation('social- og sundhedshjælper'))).toBe('5322.1');
    expect(code(search.resolveOccupation('hjemmehjælper'))).toBe('3412.4.2');
  });

  it('refuses text two concepts share as synonyms, with both', () => {
    expect(code(search.resolveOccupation('soldat'))).toEqual({ ambiguous: ['0110.6', '0310.2'] });
    expect(code(search.resolveOccupation('smed'))).toEqual({ ambiguous: ['7212.1', '7221.1'] });
  });

  it('refuses a typo that is one edit from two concepts', () => {
    expect(code(search.resolveOccupation('soldet'))).toEqual({ ambiguous: ['0110.6', '0310.2'] });
  });

  it('refuses unknown text with the closest concepts, at most three', () => {
    expect(code(search.resolveOccupation('gaffeltruck'))).toEqual({ unknown: ['8344.1'] });
    expect(code(search.resolveOccupation('sosu hjemme'))).toEqual({ unknown: ['5322.1', '3412.4.2'] });
    expect(code(search.resolveOccupation('xyzzy'))).toEqual({ unknown: [] });
    // No label holds both words: each word on its own, the Danish-labelled skill first.
    const welding = search.resolveSkill('weld things');
    expect('unknown' in welding && welding.unknown.map((each) => each.labelEn)).toEqual([
      'use welding equipment',
      'weld metals',
    ]);
  });

  it('answers labels in the language asked for, English where a skill has no Danish one', () => {
    expect(labelIn(SKILLS[0], 'da')).toEqual({ label: 'kør gaffeltruck', language: 'da' });
    expect(labelIn(SKILLS[0], 'en')).toEqual({ label: 'operate forklift', language: 'en' });
    expect(labelIn(SKILLS[4], 'da')).toEqual({ label: 'weld metals', language: 'en' });
  });

  it('searches as people type, saying which label matched', () => {
    const [hit] = search.searchOccupations('truckf', 'da', 5);
    expect(hit.concept.code).toBe('8344.1');
    expect(hit.matched).toEqual({ term: 'Truckfører', language: 'da', synonym: true, kind: 'prefix' });
    expect(search.searchSkills('svejs', 'da', 5).map((each) => each.concept.uri.split('/').pop())).toEqual(['weld']);
  });
});
