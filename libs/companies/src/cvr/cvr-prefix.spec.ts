import { cvrPrefixOf } from '../companies.service';

describe('cvrPrefixOf', () => {
  it('reads the start of a CVR number as typed, with spaces, dashes or a DK prefix', () => {
    expect(cvrPrefixOf('1015')).toBe('1015');
    expect(cvrPrefixOf('10150817')).toBe('10150817');
    expect(cvrPrefixOf('DK 1015 0817')).toBe('10150817');
    expect(cvrPrefixOf('dk10-15')).toBe('1015');
  });

  it('is null for a name or for more than eight digits', () => {
    expect(cvrPrefixOf('Juelsminde')).toBeNull();
    expect(cvrPrefixOf('3F Horsens')).toBeNull();
    expect(cvrPrefixOf('123456789')).toBeNull();
    expect(cvrPrefixOf('DK')).toBeNull();
  });
});
