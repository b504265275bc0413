import { deadlineStanding, dueSoonWindow } from './due-soon';

describe('due soon', () => {
  const now = new Date('2026-11-24T08:00:00Z');
  const window = dueSoonWindow(now);
  const at = (iso: string) => ({ status: 'awaiting-contact', deadlineAt: new Date(iso) });

  it('spans four hours from now by default', () => {
    expect(window).toEqual({ from: now, until: new Date('2026-11-24T12:00:00Z') });
    expect(dueSoonWindow(now, 1).until).toEqual(new Date('2026-11-24T09:00:00Z'));
  });

  it('refuses a window that is not a positive number of hours', () => {
    expect(() => dueSoonWindow(now, 0)).toThrow(RangeError);
    expect(() => dueSoonWindow(now, Number.NaN)).toThrow(RangeError);
  });

  it('calls a deadline in the past breached, one within the window due soon, one after it later', () => {
    expect(deadlineStanding(at('2026-11-24T07:59:59.999Z'), window)).toBe('breached');
    expect(deadlineStanding(at('2026-11-24T08:00:00Z'), window)).toBe('due-soon');
    expect(deadlineStanding(at('2026-11-24T11:59:59.999Z'), window)).toBe('due-soon');
    expect(deadlineStanding(at('2026-11-24T12:00:00Z'), window)).toBe('later');
  });

  it('stops the clock once the company was contacted', () => {
    for (const status of ['contacted', 'closed'])
      expect(deadlineStanding({ status, deadlineAt: new Date('2026-11-24T07:00:00Z') }, window)).toBe('not-running');
  });
});
