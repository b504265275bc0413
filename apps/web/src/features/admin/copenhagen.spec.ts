import { addDays, copenhagen, fromCopenhagen, fromLocalInput, isoWeek, mondayOf, toLocalInput } from './copenhagen';

describe('Copenhagen calendar arithmetic', () => {
  it('turns a Copenhagen date and time into the instant, in winter and in summer time', () => {
    expect(fromCopenhagen('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(fromCopenhagen('2026-06-01', '08:00').toISOString()).toBe('2026-06-01T06:00:00.000Z');
  });

  it('keeps days whole across the summer-time changes (a 23-hour and a 25-hour day)', () => {
    const march = fromCopenhagen('2026-03-30').getTime() - fromCopenhagen('2026-03-29').getTime();
    const october = fromCopenhagen('2026-10-26').getTime() - fromCopenhagen('2026-10-25').getTime();
    expect([march / 3_600_000, october / 3_600_000]).toEqual([23, 25]);
    expect(fromCopenhagen('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads an instant as a Copenhagen clock does, and round-trips datetime-local values', () => {
    expect(copenhagen('2026-11-22T23:30:00Z')).toEqual({ date: '2026-11-23', time: '00:30' });
    expect(toLocalInput('2026-07-01T05:15:00Z')).toBe('2026-07-01T07:15');
    expect(fromLocalInput('2026-07-01T07:15')?.toISOString()).toBe('2026-07-01T05:15:00.000Z');
    expect(fromLocalInput('')).toBeNull();
  });

  it('finds the Monday and the ISO week number of a date', () => {
    expect(mondayOf('2026-11-24')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(isoWeek('2026-11-23')).toBe(48);
    expect(isoWeek('2026-12-28')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
  });
});
