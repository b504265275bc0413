import { MAX_RETRY_WAIT_MS } from './retry-schedule';
import { attemptRecord, SEND_LEASE_MARGIN_MS, sendLeaseMs, SMTP_MAX_CONNECTIONS, SMTP_TIMEOUTS } from './send-lease';

describe('sendLeaseMs', () => {
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

  it('is one send bounded by the timeouts, plus the margin, when every send has its own connection', () => {
    expect(sendLeaseMs(timeouts, { maxConnections: 8, concurrency: 8, marginMs: 20_000 })).toBe(70_000);
    expect(sendLeaseMs(timeouts, { maxConnections: 8, concurrency: 1, marginMs: 0 })).toBe(50_000);
  });

  it('covers the wait for a connection when more sends run at once than the pool has', () => {
    expect(sendLeaseMs(timeouts, { maxConnections: 8, concurrency: 16, marginMs: 20_000 })).toBe(120_000);
    expect(sendLeaseMs(timeouts, { maxConnections: 8, concurrency: 17, marginMs: 20_000 })).toBe(170_000);
  });

  it('outlasts the slowest send the shipped transport allows', () => {
    const lease = sendLeaseMs(SMTP_TIMEOUTS, { maxConnections: SMTP_MAX_CONNECTIONS, concurrency: 16, marginMs: 0 });
    const oneSend = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
    expect(lease).toBeGreaterThanOrEqual(2 * oneSend);
    expect(SEND_LEASE_MARGIN_MS).toBeGreaterThan(0);
  });
});

describe('attemptRecord', () => {
  const now = new Date('2026-11-24T12:00:00.000Z');
  const policy = { maxAttempts: 3, retryAfterMs: 30_000 };

  it('is sent when nothing failed, whatever the attempts', () => {
    expect(attemptRecord(null, 1, now, policy)).toEqual({ outcome: 'sent' });
    expect(attemptRecord(null, 9, now, policy)).toEqual({ outcome: 'sent' });
  });

  it('retries after the backoff, with the error on one line', () => {
    const error = Object.assign(new Error('connect\n  refused'), { code: 'ECONNREFUSED' });
    expect(attemptRecord({ error }, 1, now, policy)).toEqual({
      outcome: 'retrying',
      lastError: 'ECONNREFUSED: connect refused',
      nextAttemptAt: new Date(now.getTime() + 30_000),
    });
    expect(attemptRecord({ error }, 2, now, policy)).toMatchObject({
      nextAttemptAt: new Date(now.getTime() + 60_000),
    });
    expect(attemptRecord({ error }, 20, now, { maxAttempts: 100, retryAfterMs: 30_000 })).toMatchObject({
      nextAttemptAt: new Date(now.getTime() + MAX_RETRY_WAIT_MS),
    });
  });

  it('fails for good at the maximum attempts, and after an admin sent it once more', () => {
    expect(attemptRecord({ error: new Error('550 No such mailbox') }, 3, now, policy)).toEqual({
      outcome: 'failed',
      lastError: '550 No such mailbox',
    });
    expect(attemptRecord({ error: 'odd' }, 4, now, policy)).toEqual({ outcome: 'failed', lastError: 'odd' });
  });

  it('counts a thrown undefined as a failure', () => {
    expect(attemptRecord({ error: undefined }, 1, now, policy)).toMatchObject({ outcome: 'retrying' });
  });
});
