import { formatCountdown, standingOf, type CountdownWords } from './countdown';

const DA: CountdownWords = {
  in: 'om {time}',
  overdueBy: 'overskredet for {time}',
  underAMinute: 'under 1 min',
  days: 'd',
  hours: 't',
  minutes: 'min',
};
const now = Date.parse('2026-11-24T08:00:00Z');
const after = (ms: number) => new Date(now + ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('the duty-desk countdown', () => {
  it('says how long is left in hours and minutes, rounding up', () => {
    expect(formatCountdown(after(3 * HOUR + 12 * MIN), now, DA)).toBe('om 3 t 12 min');
    expect(formatCountdown(after(3 * HOUR + 11 * MIN + 1), now, DA)).toBe('om 3 t 12 min');
    expect(formatCountdown(after(45 * MIN), now, DA)).toBe('om 45 min');
    expect(formatCountdown(after(2 * HOUR), now, DA)).toBe('om 2 t');
    expect(formatCountdown(after(26 * HOUR + 5 * MIN), now, DA)).toBe('om 1 d 2 t');
    expect(formatCountdown(after(48 * HOUR), now, DA)).toBe('om 2 d');
    expect(formatCountdown(after(0), now, DA)).toBe('om under 1 min');
  });

  it('says how long ago a passed deadline was, rounding down', () => {
    expect(formatCountdown(after(-2 * HOUR), now, DA)).toBe('overskredet for 2 t');
    expect(formatCountdown(after(-2 * HOUR - 59_999), now, DA)).toBe('overskredet for 2 t');
    expect(formatCountdown(after(-(2 * HOUR + 30 * MIN)), now, DA)).toBe('overskredet for 2 t 30 min');
    expect(formatCountdown(after(-30_000), now, DA)).toBe('overskredet for under 1 min');
  });

  it('marks breached and due within 4 hours while the company waits, and nothing once contacted', () => {
    const waiting = (ms: number) => ({ status: 'awaiting-contact', deadlineAt: after(ms) });
    expect(standingOf(waiting(-1), now)).toBe('breached');
    expect(standingOf(waiting(0), now)).toBe('due-soon');
    expect(standingOf(waiting(4 * HOUR - 1), now)).toBe('due-soon');
    expect(standingOf(waiting(4 * HOUR), now)).toBe('later');
    expect(standingOf({ status: 'contacted', deadlineAt: after(-HOUR) }, now)).toBe('not-running');
  });
});
