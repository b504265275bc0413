/** How far a candidate lives from the workplace, as an employer is told it: a band, never the postcode. */
export const DISTANCE_BANDS = ['under-5-km', '5-15-km', '15-30-km', 'over-30-km'] as const;
export type DistanceBand = (typeof DISTANCE_BANDS)[number];

/** The band of a distance in km (as the crow flies); null when it is unknown. Bounds belong to the farther band. */
export function distanceBandOf(km: number | null): DistanceBand | null {
  if (km === null || !Number.isFinite(km) || km < 0) return null;
  if (km < 5) return 'under-5-km';
  if (km < 15) return '5-15-km';
  if (km < 30) return '15-30-km';
  return 'over-30-km';
}
