import { addDays, addMonths, daysBetween, endOfMonth, monthsBetween } from './calendar-dates';

describe('calendar dates', () => {
  it('adds days across months, years and the day summer time starts', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months, keeping the day where the month has it and the last day where it does not', () => {
    expect(addMonths('2025-11-24', 12)).toBe('2026-11-24');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('counts the days between two dates, negative backwards', () => {
    expect(daysBetween('2021-01-01', '2021-12-31')).toBe(364);
    expect(daysBetween('2021-12-31', '2021-01-01')).toBe(-364);
  });

  it('names the months between two dates and the last day of a month', () => {
    expect(monthsBetween('2020-12-31', '2021-03-01')).toEqual(['2020-12', '2021-01', '2021-02', '2021-03']);
    expect(endOfMonth('2024-02')).toBe('2024-02-29');
    expect(endOfMonth('2021-12')).toBe('2021-12-31');
  });
});
