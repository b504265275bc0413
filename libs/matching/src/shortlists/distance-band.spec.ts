import { distanceBandOf } from './distance-band';

describe('distanceBandOf', () => {
  it.each([
    [0, 'under-5-km'],
    [4.9, 'under-5-km'],
    [5, '5-15-km'],
    [14.9, '5-15-km'],
    [15, '15-30-km'],
    [29.9, '15-30-km'],
    [30, 'over-30-km'],
    [360, 'over-30-km'],
  ])('puts %p km in %p', (km, band) => {
    expect(distanceBandOf(km)).toBe(band);
  });

  it('is null when the distance is unknown', () => {
    expect(distanceBandOf(null)).toBeNull();
    expect(distanceBandOf(Number.NaN)).toBeNull();
    expect(distanceBandOf(-1)).toBeNull();
  });
});
