import type { PoolComposition, RecordedResult } from '../matches/match-run.entity';

export interface RepresentationRow {
  group: string;
  top20: number;
  top20Share: number;
  poolShare: number;
  ratio: number | null;
  underRepresented: boolean;
}

/** The four-fifths rule: a group ranked at under 80 % of its share of the pool is flagged. */
export const UNDER_REPRESENTED_RATIO = 0.8;
/** Groups below this share of the pool are too small to judge. */
const MIN_POOL_SHARE = 0.02;

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * How each group fares in the top 20 of the lists against its share of their eligible pools: the pool share is the
 * mean over lists (each list's pool counted equally, as each list is one decision), the top-20 share is over all
 * top-20 entries together.
 */
export function representation(
  runs: readonly { results: readonly RecordedResult[]; pool: PoolComposition | null }[],
  groupOf: (result: RecordedResult) => string | null,
  poolCounts: (pool: PoolComposition) => Record<string, number>,
): { rows: RepresentationRow[]; top20Entries: number } {
  const top20 = new Map<string, number>();
  const poolShares = new Map<string, number>();
  let entries = 0;
  let pools = 0;
  for (const run of runs) {
    for (const result of run.results) {
      if (result.rank > 20) continue;
      const group = groupOf(result) ?? 'ukendt';
      top20.set(group, (top20.get(group) ?? 0) + 1);
      entries++;
    }
    if (!run.pool || run.pool.sampled === 0) continue;
    pools++;
    for (const [group, count] of Object.entries(poolCounts(run.pool))) {
      poolShares.set(group, (poolShares.get(group) ?? 0) + count / run.pool.sampled);
    }
  }
  const groups = [...new Set([...top20.keys(), ...poolShares.keys()])].sort();
  const rows = groups.map((group) => {
    const count = top20.get(group) ?? 0;
    const top20Share = entries === 0 ? 0 : count / entries;
    const poolShare = pools === 0 ? 0 : (poolShares.get(group) ?? 0) / pools;
    const ratio = poolShare === 0 ? null : top20Share / poolShare;
    return {
      group,
      top20: count,
      top20Share: round(top20Share),
      poolShare: round(poolShare),
      ratio: ratio === null ? null : round(ratio, 2),
      underRepresented: ratio !== null && poolShare >= MIN_POOL_SHARE && ratio < UNDER_REPRESENTED_RATIO,
    };
  });
  return { rows, top20Entries: entries };
}
