import { danishPublicHolidays, easterSunday, jobcentreClosedDays } from './danish-holidays';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%d: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('danishPublicHolidays', () => {
  it('lists every public holiday of 2026 in date order', () => {
    expect(danishPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nytårsdag' },
      { date: '2026-04-02', name: 'Skærtorsdag' },
      { date: '2026-04-03', name: 'Langfredag' },
      { date: '2026-04-05', name: 'Påskedag' },
      { date: '2026-04-06', name: '2. påskedag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-24', name: 'Pinsedag' },
      { date: '2026-05-25', name: '2. pinsedag' },
      { date: '2026-12-25', name: 'Juledag' },
      { date: '2026-12-26', name: '2. juledag' },
    ]);
  });

  it('keeps Store bededag up to 2023 and drops it from 2024', () => {
    expect(danishPublicHolidays(2023)).toContainEqual({ date: '2023-05-05', name: 'Store bededag' });
    expect(danishPublicHolidays(2024).map((holiday) => holiday.name)).not.toContain('Store bededag');
  });

  it('rejects a year it cannot compute', () => {
    expect(() => danishPublicHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('jobcentreClosedDays', () => {
  it('adds Grundlovsdag, Juleaftensdag and Nytårsaftensdag only when chosen', () => {
    expect(jobcentreClosedDays(2026)).toHaveLength(10);
    const all = jobcentreClosedDays(2026, { constitutionDay: true, christmasEve: true, newYearsEve: true });
    expect(all.map((day) => day.date).slice(-4)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']);
    expect(all).toContainEqual({ date: '2026-06-05', name: 'Grundlovsdag' });
  });
});
