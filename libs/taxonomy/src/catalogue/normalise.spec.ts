import { normaliseTerm } from './normalise';

describe('normaliseTerm', () => {
  it.each([
    ['Gaffeltruckfører', 'gaffeltruckfoerer'],
    ['gaffeltruckfoerer', 'gaffeltruckfoerer'],
    ['Social- og sundhedshjælper', 'social og sundhedshjaelper'],
    ['Århus', 'aarhus'],
    ['  Café   CRÈME ', 'cafe creme'],
    ['Smørrebrød/Æbler', 'smoerrebroed aebler'],
  ])('%s → %s', (text, expected) => {
    expect(normaliseTerm(text)).toBe(expected);
  });

  it('reads the Swedish and German ä and ö as the Danish æ and ø', () => {
    expect(normaliseTerm('Rengöring')).toBe(normaliseTerm('rengøring'));
    expect(normaliseTerm('Kärnfysik')).toBe(normaliseTerm('kærnfysik'));
  });

  it('treats æ/ae, ø/oe and å/aa alike', () => {
    expect(normaliseTerm('træ møbler på lager')).toBe(normaliseTerm('trae moebler paa lager'));
  });
});
