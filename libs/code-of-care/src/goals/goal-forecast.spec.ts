import { erf, FORECAST_METHOD, goalForecast, monthsAhead, normalCdf, Z_80 } from './goal-forecast';

describe('the normal distribution', () => {
  it.each([
    [0, 0],
    [0.5, 0.5204998778],
    [1, 0.8427007929],
    [2, 0.995322265],
    [-0.3, -0.3286267595],
    [4, 0.9999999846],
  ])('erf(%s) = %s', (x, expected) => expect(erf(x)).toBeCloseTo(expected, 6));

  it.each([
    [0, 0.5],
    [-1, 0.1586552539],
    [1.2816, 0.9000084999],
    [1.96, 0.9750021049],
    [-3, 0.001349898],
  ])('Φ(%s) = %s', (x, expected) => expect(normalCdf(x)).toBeCloseTo(expected, 6));

  it('puts 80 % between ±Z_80', () => expect(normalCdf(Z_80) - normalCdf(-Z_80)).toBeCloseTo(0.8, 4));
});

describe('months ahead', () => {
  it.each([
    ['2021-06-15', '2021-12-31', 6.5],
    ['2021-06-30', '2021-12-31', 6],
    ['2021-12-31', '2022-12-31', 12],
    ['2021-02-14', '2021-03-31', 1.5],
  ])('from %s to %s is %s months', (from, to, months) => expect(monthsAhead(from, to)).toBeCloseTo(months, 10));
});

describe('goal forecast', () => {
  /** Hedensted, 15 June 2021: 53 members, whole months January–May +2, 0, −1, +2, +1 (see goal-progress.spec). */
  const HEDENSTED = {
    counts: 'members' as const,
    current: 53,
    target: 55,
    asOf: '2021-06-15',
    deadlineOn: '2021-12-31',
    monthlyChanges: [2, 0, -1, 2, 1],
  };

  it('projects the mean monthly change to the deadline with its 80 % interval, worked by hand', () => {
    // n = 5 (fewer than 6 whole months), mean = 4/5 = 0.8; squared deviations 1.44 + 0.64 + 3.24 + 1.44 + 0.04 = 6.8,
    // s² = 6.8/4 = 1.7, s = 1.30384. h = 6 + 31/31 − 15/30 = 6.5; expected = 53 + 0.8·6.5 = 58.2.
    // variance = 6.5·1.7 + 6.5²·1.7/5 = 11.05 + 14.365 = 25.415, sd = 5.04133; 80 %: 58.2 ∓ 1.2816·5.04133 = 6.46097.
    // P(X ≥ 55) = 1 − Φ((55 − 58.2)/5.04133) = 1 − Φ(−0.63475) = 0.73721.
    const forecast = goalForecast(HEDENSTED)!;
    expect(forecast).toMatchObject({ method: FORECAST_METHOD, basedOnMonths: 5, confidence: 0.8, onTrack: true });
    expect(forecast.meanPerMonth).toBeCloseTo(0.8, 10);
    expect(forecast.sdPerMonth).toBeCloseTo(1.30384, 5);
    expect(forecast.monthsAhead).toBeCloseTo(6.5, 10);
    expect(forecast.expectedAtDeadline).toBeCloseTo(58.2, 10);
    expect(forecast.low).toBeCloseTo(51.73903, 4);
    expect(forecast.high).toBeCloseTo(64.66097, 4);
    expect(forecast.probabilityOfReaching).toBeCloseTo(0.73721, 4);
    expect(forecast.description).toContain('last 5 whole months, +0.80 a month');
    expect(forecast.description).toContain('h·s² (the months to come) + h²·s²/n');
    expect(forecast.descriptionDa).toContain('seneste 5 hele måneder, +0,80 om måneden');
    expect(forecast.descriptionDa).toContain('6,5 måneder frem til 31.12.2021');
  });

  it('uses the last six whole months when there are more', () => {
    // Last six: 0, −1, 2, 1, 1, 3 → mean 1, squared deviations 1 + 4 + 1 + 0 + 0 + 4 = 10, s² = 2.
    // h = 6 + 1 − 1 = 6 (30 June to 31 December); expected = 55 + 6 = 61; variance = 6·2 + 36·2/6 = 24.
    const forecast = goalForecast({
      ...HEDENSTED,
      current: 55,
      target: 65,
      asOf: '2021-06-30',
      monthlyChanges: [2, 2, 0, -1, 2, 1, 1, 3],
    })!;
    expect(forecast.basedOnMonths).toBe(6);
    expect(forecast.meanPerMonth).toBeCloseTo(1, 10);
    expect(forecast.sdPerMonth).toBeCloseTo(Math.SQRT2, 10);
    expect(forecast.expectedAtDeadline).toBeCloseTo(61, 10);
    expect(forecast.high - forecast.expectedAtDeadline).toBeCloseTo(1.2816 * Math.sqrt(24), 10);
    // P(X ≥ 65) = 1 − Φ(4/√24) = 1 − Φ(0.81650) = 0.20711
    expect(forecast.probabilityOfReaching).toBeCloseTo(0.20711, 4);
    expect(forecast.onTrack).toBe(false);
    expect(goalForecast({ ...HEDENSTED, months: 3, monthlyChanges: [5, 5, 1, 1, 1] })!.meanPerMonth).toBe(1);
  });

  it('is certain when every month changed the same', () => {
    const steady = goalForecast({ ...HEDENSTED, monthlyChanges: [1, 1, 1] })!;
    expect(steady).toMatchObject({ sdPerMonth: 0, low: 59.5, high: 59.5, probabilityOfReaching: 1, onTrack: true });
    const stuck = goalForecast({ ...HEDENSTED, monthlyChanges: [0, 0] })!;
    expect(stuck).toMatchObject({ expectedAtDeadline: 53, probabilityOfReaching: 0, onTrack: false });
  });

  it('gives none with fewer than two whole months, or on and after the deadline', () => {
    expect(goalForecast({ ...HEDENSTED, monthlyChanges: [2] })).toBeNull();
    expect(goalForecast({ ...HEDENSTED, monthlyChanges: [] })).toBeNull();
    expect(goalForecast({ ...HEDENSTED, asOf: '2021-12-31' })).toBeNull();
    expect(goalForecast({ ...HEDENSTED, asOf: '2022-01-15' })).toBeNull();
  });

  it('says what an active-members goal counts', () => {
    const forecast = goalForecast({ ...HEDENSTED, counts: 'active-members', monthlyChanges: [-1, -2] })!;
    expect(forecast.description).toContain('net change in active members');
    expect(forecast.description).toContain('−1.50 a month');
    expect(forecast.descriptionDa).toContain('aktive medlemmer');
  });
});
