import { loginRetryAfterMs } from './login-throttle';

const at = (iso: string) => new Date(iso);

describe('loginRetryAfterMs', () => {
  const failedAt = at('2026-11-23T10:00:00Z');

  it('lets the first four mistakes pass without waiting', () => {
    expect(loginRetryAfterMs(null, failedAt)).toBe(0);
    expect(loginRetryAfterMs({ count: 4, lastFailedAt: failedAt }, failedAt)).toBe(0);
  });

  it('then doubles the wait with each failure', () => {
    expect(loginRetryAfterMs({ count: 5, lastFailedAt: failedAt }, failedAt)).toBe(1000);
    expect(loginRetryAfterMs({ count: 6, lastFailedAt: failedAt }, failedAt)).toBe(2000);
    expect(loginRetryAfterMs({ count: 8, lastFailedAt: failedAt }, failedAt)).toBe(8000);
  });

  it('counts the wait from the last failure and caps it at 15 minutes', () => {
    expect(loginRetryAfterMs({ count: 8, lastFailedAt: failedAt }, at('2026-11-23T10:00:05Z'))).toBe(3000);
    expect(loginRetryAfterMs({ count: 8, lastFailedAt: failedAt }, at('2026-11-23T10:00:09Z'))).toBe(0);
    expect(loginRetryAfterMs({ count: 40, lastFailedAt: failedAt }, failedAt)).toBe(15 * 60_000);
  });
});
