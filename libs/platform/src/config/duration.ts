const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "1500ms", "30s", "15m", "4h", "2d" (or a bare number of milliseconds) into milliseconds. */
export function parseDuration(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!match) {
    throw new RangeError(`"${value}" is not a duration; use a number with a unit, e.g. 500ms, 30s, 15m, 4h or 2d`);
  }
  return Math.round(Number(match[1]) * UNIT_MS[match[2] ?? 'ms']);
}
