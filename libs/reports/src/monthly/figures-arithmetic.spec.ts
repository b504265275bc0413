import {
  changedSector,
  countBy,
  ladderDirection,
  percentileCont,
  round,
  roundedOrNull,
  share,
} from './figures-arithmetic';

describe('figures arithmetic', () => {
  it('rounds shares to four decimals and leaves nothing-to-divide null', () => {
    expect(share(5, 6)).toBe(0.8333);
    expect(share(2, 3)).toBe(0.6667);
    expect(share(0, 0)).toBeNull();
    expect(share(0, 4)).toBe(0);
  });

  it('rounds half away from zero at two decimals despite binary fractions', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(roundedOrNull('2.345')).toBe(2.35);
    expect(roundedOrNull(null)).toBeNull();
  });

  it('interpolates percentiles as percentile_cont does', () => {
    expect(percentileCont([], 0.5)).toBeNull();
    expect(percentileCont([7], 0.9)).toBe(7);
    expect(percentileCont([1, 2, 4, 10], 0.5)).toBe(3);
    expect(percentileCont([10, 1, 2, 4], 0.9)).toBeCloseTo(8.2, 10);
  });

  it('counts by key, most first then by key', () => {
    expect(countBy(['b', 'a', 'b', 'c', 'a', 'b'], (x) => x)).toEqual([
      { key: 'b', count: 3 },
      { key: 'a', count: 2 },
      { key: 'c', count: 1 },
    ]);
  });

  it('tells ladder moves and sector changes', () => {
    expect([ladderDirection(3, 2), ladderDirection(1, 2), ladderDirection(2, 2), ladderDirection(4, null)]).toEqual([
      'up',
      'down',
      null,
      null,
    ]);
    expect([
      changedSector('A', 'B'),
      changedSector('A', 'A'),
      changedSector('A', null),
      changedSector(null, 'A'),
    ]).toEqual([true, false, false, false]);
  });
});
