import type { Percentiles } from './stats';

export interface ServiceResults {
  postingToCandidates: Percentiles;
  candidateToPostings: Percentiles;
  readySeconds: number;
}

/** Placeholder until MatchesService lands on main. */
export async function serviceInProcess(
  _url: string,
  _postingIds: readonly string[],
  _candidateIds: readonly string[],
  _warmup: number,
  _progress: (task: string, total: number) => { update: (done: number) => void; stop: () => void },
): Promise<ServiceResults | null> {
  return null;
}
