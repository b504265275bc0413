import { isFutureMonth, isMonth, monthDays, monthsEndingWith, previousMonth, shiftMonth } from './month';

describe('months', () => {
  it('accepts YYYY-MM only', () => {
    expect(isMonth('2026-10')).toBe(true);
    expect(['2026-13', '2026-00', '2026-1', '26-10', '2026-10-01', ' 2026-10'].filter(isMonth)).toEqual([]);
  });

  it("gives a month's first day and the next month's first day", () => {
    expect(monthDays('2026-12')).toEqual({
      month: '2026-12',
      firstDay: '2026-12-01',
      nextFirstDay: '2027-01-01',
      year: 2026,
    });
  });

  it('shifts across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 13)).toBe('2027-01');
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('takes the previous month by the Danish calendar', () => {
    // 23:30 UTC on 31 October is already 1 November in Copenhagen (CET, +1).
    expect(previousMonth(new Date('2026-10-31T23:30:00Z'))).toBe('2026-10');
    expect(previousMonth(new Date('2026-10-31T22:30:00Z'))).toBe('2026-09');
  });

  it('calls only months not yet begun in Denmark the future', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(isFutureMonth('2026-11', now)).toBe(false);
    expect(isFutureMonth('2026-12', now)).toBe(true);
    expect(isFutureMonth('2025-12', now)).toBe(false);
  });
});
