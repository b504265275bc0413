import { afterFailure, describeError, MAX_RETRY_WAIT_MS } from './retry-schedule';

describe('afterFailure', () => {
  const now = new Date('2026-11-24T12:00:00.000Z');
  const policy = { maxAttempts: 8, retryAfterMs: 30_000 };
  const waitAfter = (attempts: number) => {
    const next = afterFailure(attempts, now, policy);
    return next.status === 'pending' ? next.nextAttemptAt.getTime() - now.getTime() : null;
  };

  it('waits the first wait after one failure, then doubles', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits more than an hour', () => {
    expect(afterFailure(20, now, { maxAttempts: 100, retryAfterMs: 30_000 })).toEqual({
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + MAX_RETRY_WAIT_MS),
    });
  });

  it('gives up at the maximum number of attempts, and beyond it (a retry by an admin that fails again)', () => {
    expect(waitAfter(7)).not.toBeNull();
    expect(afterFailure(8, now, policy)).toEqual({ status: 'failed' });
    expect(afterFailure(9, now, policy)).toEqual({ status: 'failed' });
    expect(afterFailure(1, now, { maxAttempts: 1, retryAfterMs: 1 })).toEqual({ status: 'failed' });
  });
});

describe('describeError', () => {
  it('keeps one bounded line with the error code', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525\nmore'), { code: 'ESOCKET' });
    expect(describeError(error)).toBe('ESOCKET: connect ECONNREFUSED 127.0.0.1:2525 more');
    expect(describeError('x'.repeat(5_000))).toHaveLength(1_000);
    expect(describeError('')).toBe('unknown error');
  });
});
