/** The pure arithmetic of the monthly figures: shares, rounding, counting by a key. */

/** Shares keep four decimals (0.8333), enough for a percentage with two. */
export const SHARE_DECIMALS = 4;
/** Hours and days keep two decimals. */
export const DURATION_DECIMALS = 2;

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}

/** `part / whole`, rounded; null when there is nothing to divide by. */
export function share(part: number, whole: number, decimals = SHARE_DECIMALS): number | null {
  return whole > 0 ? round(part / whole, decimals) : null;
}

/** A duration from SQL (a number, a numeric string or null), rounded; null stays null. */
export function roundedOrNull(value: number | string | null | undefined, decimals = DURATION_DECIMALS): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? round(number, decimals) : null;
}

/**
 * Linear-interpolation percentile (the same as PostgreSQL's percentile_cont), for sets already in memory; null for
 * an empty set. `fraction` is 0–1.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Counts items by key; the result is ordered by count (most first), then by key, so it reads the same every time. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A ladder step recorded with the step before it: up, down, or neither (the first step, or the same one again). */
export function ladderDirection(step: number, previous: number | null): 'up' | 'down' | null {
  if (previous === null || step === previous) return null;
  return step > previous ? 'up' : 'down';
}

/** Whether a placement moved its candidate to another sector than their previous placement's (both must be known). */
export function changedSector(sector: string | null, previousSector: string | null): boolean {
  return sector !== null && previousSector !== null && sector !== previousSector;
}
