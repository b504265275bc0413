/** The longest wait between two attempts, however many have failed. */
export const MAX_RETRY_WAIT_MS = 3_600_000;

export type AfterFailure = { status: 'failed' } | { status: 'pending'; nextAttemptAt: Date };

/**
 * What a failed attempt leaves: failed for good once `attempts` (this one included) reaches the maximum; otherwise
 * pending again after a wait that starts at `retryAfterMs` and doubles with each failure, capped at an hour.
 */
export function afterFailure(
  attempts: number,
  now: Date,
  { maxAttempts, retryAfterMs }: { maxAttempts: number; retryAfterMs: number },
): AfterFailure {
  if (attempts >= maxAttempts) return { status: 'failed' };
  const wait = Math.min(retryAfterMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_WAIT_MS);
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + wait) };
}

/** An error as it is kept for admins: one line, bounded. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return text.replace(/\s+/g, ' ').trim().slice(0, 1_000) || 'unknown error';
}
