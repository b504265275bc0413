/** Failed logins for one e-mail address (known or not: the answer never tells which). */
export interface LoginFailures {
  count: number;
  lastFailedAt: Date;
}

const FREE_ATTEMPTS = 4;
const MAX_WAIT_MS = 15 * 60_000;

/**
 * How long the next login for an e-mail must wait: the first few mistakes cost nothing, then each failure doubles
 * the wait (1 s, 2 s, 4 s …, at most 15 minutes), so guessing a password becomes hopeless while the owner who
 * mistyped is barely slowed. Returns 0 when a login may be tried now.
 */
export function loginRetryAfterMs(failures: LoginFailures | null, now: Date): number {
  if (!failures || failures.count < FREE_ATTEMPTS + 1) return 0;
  const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures.count - FREE_ATTEMPTS - 1));
  return Math.max(0, failures.lastFailedAt.getTime() + wait - now.getTime());
}
