import { oneEditVariants, withinOneEdit } from './edit-distance';

describe('withinOneEdit', () => {
  it.each([
    ['gaffeltruckforer', 'gaffeltruckfoerer', 'a letter left out'],
    ['gaffeltruckfoerer', 'gaffeltruckforer', 'a letter too many'],
    ['svejsnimg', 'svejsning', 'a letter replaced'],
    ['svejsnign', 'svejsning', 'two neighbours swapped'],
    ['rengoering', 'rengoering', 'no edit'],
    ['', 'a', 'a letter from nothing'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
  });

  it.each([
    ['svjesnign', 'svejsning', 'two swaps'],
    ['truckforr', 'truckfoerer', 'two letters left out'],
    ['pleje', 'plejer ', 'two letters too many'],
    ['abcd', 'abef', 'two letters replaced'],
    ['abc', 'cba', 'letters swapped that are not neighbours'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});

describe('oneEditVariants', () => {
  it('holds every string one edit away, and only those', () => {
    const variants = oneEditVariants('ost', 'abost');
    for (const variant of ['st', 'ot', 'os', 'sot', 'ots', 'aost', 'oast', 'osat', 'osta', 'ast', 'oat', 'osa'])
      expect(variants).toContain(variant);
    expect(variants).not.toContain('ost');
    for (const variant of variants) expect(withinOneEdit(variant, 'ost')).toBe(true);
  });
});
