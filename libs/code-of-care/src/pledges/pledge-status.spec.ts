import { pledgeProgress } from './pledge-status';

describe('pledgeProgress', () => {
  const pledge = { quantity: 4, dueOn: '2026-12-31' };

  it('is open before the due day with less delivered than promised', () => {
    expect(pledgeProgress(pledge, 1, '2026-11-24')).toEqual({
      delivered: 1,
      remaining: 3,
      shareDelivered: 0.25,
      status: 'open',
    });
  });

  it('is still open on the due day itself, and overdue the day after', () => {
    expect(pledgeProgress(pledge, 3, '2026-12-31').status).toBe('open');
    expect(pledgeProgress(pledge, 3, '2027-01-01')).toMatchObject({ status: 'overdue', remaining: 1 });
  });

  it('is met once the quantity is delivered, before or after the due day', () => {
    expect(pledgeProgress(pledge, 4, '2026-11-24')).toEqual({
      delivered: 4,
      remaining: 0,
      shareDelivered: 1,
      status: 'met',
    });
    expect(pledgeProgress(pledge, 4, '2027-06-01').status).toBe('met');
  });

  it('caps the share at 1 and the remainder at 0 when more was delivered than promised', () => {
    expect(pledgeProgress(pledge, 9, '2026-11-24')).toMatchObject({ delivered: 9, remaining: 0, shareDelivered: 1 });
  });

  it('is overdue with nothing delivered after the due day', () => {
    expect(pledgeProgress({ quantity: 1, dueOn: '2026-01-01' }, 0, '2026-11-24')).toEqual({
      delivered: 0,
      remaining: 1,
      shareDelivered: 0,
      status: 'overdue',
    });
  });
});
