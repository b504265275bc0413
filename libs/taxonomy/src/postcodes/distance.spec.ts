import { distanceKm } from './distance';

const hedensted = { latitude: 55.7705, longitude: 9.7011 };
const horsens = { latitude: 55.8607, longitude: 9.8503 };
const skagen = { latitude: 57.7209, longitude: 10.5839 };
const gedser = { latitude: 54.5753, longitude: 11.9284 };

describe('distanceKm', () => {
  it('is zero from a place to itself and the same both ways', () => {
    expect(distanceKm(hedensted, hedensted)).toBe(0);
    expect(distanceKm(hedensted, horsens)).toBeCloseTo(distanceKm(horsens, hedensted), 10);
  });

  it('measures as the crow flies: Hedensted–Horsens about 14 km, Skagen–Gedser about 360 km', () => {
    expect(distanceKm(hedensted, horsens)).toBeGreaterThan(13);
    expect(distanceKm(hedensted, horsens)).toBeLessThan(14.5);
    expect(distanceKm(skagen, gedser)).toBeGreaterThan(355);
    expect(distanceKm(skagen, gedser)).toBeLessThan(375);
  });
});
