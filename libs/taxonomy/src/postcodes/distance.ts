/** The mean radius of the Earth, as the haversine formula wants it. */
const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  latitude: number;
  longitude: number;
}

/**
 * The great-circle distance between two points in km (haversine). Postcode points are towns, so this is the
 * distance as the crow flies between them, which is what a travel reach in km is compared with.
 */
export function distanceKm(from: Point, to: Point): number {
  return distanceKmBetween(from.latitude, from.longitude, to.latitude, to.longitude);
}

/** distanceKm over plain numbers, for loops over typed arrays that should not build a point per row. */
export function distanceKmBetween(
  fromLatitude: number,
  fromLongitude: number,
  toLatitude: number,
  toLongitude: number,
) {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLatitude = radians(toLatitude - fromLatitude);
  const dLongitude = radians(toLongitude - fromLongitude);
  const a =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(radians(fromLatitude)) * Math.cos(radians(toLatitude)) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * distanceKm as a SQL expression, for filtering in the database: the km between the postcode row `alias` (a
 * `postcodes` row) and the point bound as the parameters :latitude and :longitude.
 */
export function distanceKmSql(alias: string): string {
  return `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(${alias}.latitude - :latitude) / 2), 2)
    + cos(radians(:latitude)) * cos(radians(${alias}.latitude))
      * power(sin(radians(${alias}.longitude - :longitude) / 2), 2))))`;
}
