import { birthDateProblem, danishToday } from './birth-date';

describe('birthDateProblem', () => {
  const today = '2026-11-24';

  it.each([
    ['2011-11-24', null],
    ['1946-11-24', null],
    ['1990-02-28', null],
  ])('accepts %s', (birthDate, problem) => {
    expect(birthDateProblem('birthDate', birthDate, today)).toBe(problem);
  });

  it('refuses a candidate who is 14 today, naming the field and the age', () => {
    expect(birthDateProblem('birthDate', '2011-11-25', today)).toBe(
      'birthDate must make the candidate 15 to 80 years old today; it makes them 14',
    );
  });

  it('refuses a candidate older than 80', () => {
    expect(birthDateProblem('birthDate', '1945-11-24', today)).toMatch(/it makes them 81$/);
  });

  it.each(['1990-02-30', '1990-13-01'])('refuses %s, a date that does not exist', (birthDate) => {
    expect(birthDateProblem('birthDate', birthDate, today)).toBe('birthDate must be a date that exists');
  });

  it.each(['12-04-1990', '1990-4-12', 19900412, '1990-04-12T00:00:00Z'])('refuses %s, not YYYY-MM-DD', (value) => {
    expect(birthDateProblem('birthDate', value, today)).toBe('birthDate must be a date written YYYY-MM-DD');
  });

  it('counts the day in Danish time', () => {
    expect(danishToday(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });
});
