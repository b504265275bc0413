export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of latencies in ms. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export const describe = (stats: Percentiles, withP99 = true) =>
  `p50 ${ms(stats.p50)} ms  p95 ${ms(stats.p95)} ms` +
  (withP99 ? `  p99 ${ms(stats.p99)} ms` : '') +
  `  max ${ms(stats.max)} ms  (n=${stats.count})`;

export const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A small deterministic generator (mulberry32), so every run draws the same sample. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (duration: number) => new Promise((done) => setTimeout(done, duration));
