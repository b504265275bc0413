import {
  firstOverlap,
  halfYearOf,
  isCalendarDate,
  parsePeriode,
  parseStarRating,
  spansOverlap,
  STAR_RATING_WEIGHTS,
} from './shortage-rules';

describe('shortage periods', () => {
  it.each([
    [{ validFrom: '2026-01-01', validTo: '2026-06-30' }, { validFrom: '2026-06-30', validTo: '2026-12-31' }, true],
    [{ validFrom: '2026-01-01', validTo: '2026-06-30' }, { validFrom: '2026-07-01', validTo: '2026-12-31' }, false],
    [{ validFrom: '2026-03-01', validTo: '2026-03-01' }, { validFrom: '2026-01-01', validTo: '2026-12-31' }, true],
    [{ validFrom: '2027-01-01', validTo: '2027-01-31' }, { validFrom: '2026-01-01', validTo: '2026-12-31' }, false],
  ])('overlap of %o and %o is %s (both ends included)', (a, b, expected) => {
    expect(spansOverlap(a, b)).toBe(expected);
    expect(spansOverlap(b, a)).toBe(expected);
  });

  it('names the first overlapping period', () => {
    const others = [
      { id: 'a', validFrom: '2026-01-01', validTo: '2026-06-30' },
      { id: 'b', validFrom: '2026-07-01', validTo: '2026-12-31' },
    ];
    expect(firstOverlap({ validFrom: '2026-12-31', validTo: '2027-03-31' }, others)?.id).toBe('b');
    expect(firstOverlap({ validFrom: '2027-01-01', validTo: '2027-03-31' }, others)).toBeNull();
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', '1969-12-31', 20260101, null])(
    'refuses %s as a calendar date',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );

  it.each(['2024-02-29', '2026-12-31', '9999-12-31'])('takes %s as a calendar date', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );

  it('puts a day in its half-year', () => {
    expect(halfYearOf('2026-11-24')).toEqual({ year: 2026, half: 2, validFrom: '2026-07-01', validTo: '2026-12-31' });
    expect(halfYearOf('2026-06-30')).toMatchObject({ half: 1, validFrom: '2026-01-01', validTo: '2026-06-30' });
  });
});

describe('STAR periode and ratings', () => {
  it.each([
    ['2026-01', '2026-01-01', '2026-06-30'],
    ['2026-07', '2026-07-01', '2026-12-31'],
    ['2026H2', '2026-07-01', '2026-12-31'],
    ['2026-h1', '2026-01-01', '2026-06-30'],
    ['2026 1. halvår', '2026-01-01', '2026-06-30'],
    ['2. halvår 2026', '2026-07-01', '2026-12-31'],
    ['Juli 2026', '2026-07-01', '2026-12-31'],
    [' januar  2027 ', '2027-01-01', '2027-06-30'],
  ])('reads periode %s as %s to %s', (text, validFrom, validTo) => {
    expect(parsePeriode(text)).toMatchObject({ validFrom, validTo });
  });

  it.each(['', '2026', '2026-13', '2026H3', 'sommer 2026', '3. halvår 2026'])('finds no half-year in "%s"', (text) => {
    expect(parsePeriode(text)).toBeNull();
  });

  it.each([
    ['Mangel på arbejdskraft', 'mangel', 1],
    ['mangel', 'mangel', 1],
    ['Paradoksproblemer', 'paradoks', 0.5],
    ['Gode beskæftigelsesmuligheder', 'gode', null],
    ['Mindre gode  beskæftigelsesmuligheder', 'mindre-gode', null],
    ['mindre gode', 'mindre-gode', null],
  ])('rates "%s" as %s with weight %s', (text, rating, weight) => {
    const parsed = parseStarRating(text);
    expect(parsed).toBe(rating);
    expect(STAR_RATING_WEIGHTS[parsed!]).toBe(weight);
  });

  it.each(['', 'Måske', 'mangel!', 'god'])('refuses the rating "%s"', (text) => {
    expect(parseStarRating(text)).toBeNull();
  });
});
