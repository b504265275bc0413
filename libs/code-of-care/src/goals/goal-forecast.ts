import type { GoalCount } from './goal.entity';

/** How the forecast is made, named in every answer so a reader knows what the numbers mean. */
export const FORECAST_METHOD = 'mean-monthly-net-change';
/** The whole months the trend is taken from, at most; a younger goal uses the whole months it has. */
export const DEFAULT_FORECAST_MONTHS = 6;
/** With fewer whole months there is no spread to speak of, so no forecast. */
export const MIN_FORECAST_MONTHS = 2;
export const FORECAST_CONFIDENCE = 0.8;
/** The standard normal's 90th percentile: the 80 % interval is the mean ± this many standard deviations. */
export const Z_80 = 1.2816;

/** Numerical Recipes' erfc fit: erfc(z) ≈ t·exp(−z² + c0 + c1·t + … + c9·t⁹), t = 1/(1 + z/2). */
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223,
  0.17087277,
];

/**
 * The error function, by the Chebyshev fit of Numerical Recipes (fractional error below 1.2e-7 everywhere), which is
 * far finer than a forecast of a few dozen members needs.
 */
export function erf(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const polynomial = ERFC_COEFFICIENTS.reduceRight((sum, coefficient) => coefficient + t * sum, 0);
  const erfc = t * Math.exp(-z * z + polynomial);
  return x >= 0 ? 1 - erfc : erfc - 1;
}

/** P(Z ≤ x) for a standard normal Z. */
export const normalCdf = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

/**
 * Months from `from` to `to` with each partial month counted by its share of days: the 15th of June (30 days) to the
 * 31st of December is 6 + 31/31 − 15/30 = 6.5 months.
 */
export function monthsAhead(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
  const [toYear, toMonth, toDay] = to.split('-').map(Number);
  const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    (toYear - fromYear) * 12 +
    (toMonth - fromMonth) +
    toDay / daysIn(toYear, toMonth) -
    fromDay / daysIn(fromYear, fromMonth)
  );
}

export interface ForecastInput {
  counts: GoalCount;
  current: number;
  target: number;
  asOf: string;
  deadlineOn: string;
  /** The net change of every whole month since the baseline, oldest first. */
  monthlyChanges: readonly number[];
  /** The whole months the trend is taken from, at most. */
  months?: number;
}

export interface GoalForecast {
  method: typeof FORECAST_METHOD;
  description: string;
  descriptionDa: string;
  basedOnMonths: number;
  meanPerMonth: number;
  sdPerMonth: number;
  monthsAhead: number;
  expectedAtDeadline: number;
  low: number;
  high: number;
  confidence: number;
  probabilityOfReaching: number;
  onTrack: boolean;
}

const english = (value: number, digits = 2) => value.toFixed(digits);
const danish = (value: number, digits = 2) => value.toFixed(digits).replace('.', ',');
const signed = (text: string) => (text.startsWith('-') ? text.replace('-', '−') : `+${text}`);
const danishDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/**
 * Where the count will stand on the deadline if the recent trend goes on: the mean monthly net change of the last
 * `months` whole months (fewer if the goal has fewer), added `h` times to today's count, h the months left. The
 * monthly changes are taken as independent draws with the sample standard deviation s of the n months used, so the
 * count on the deadline varies by h·s² (the months to come) plus h²·s²/n (the mean itself is only estimated); the
 * 80 % interval and the probability of reaching the target are read from the normal distribution with that variance.
 * Null when the deadline is today or past, or fewer than two whole months give a trend.
 */
export function goalForecast(input: ForecastInput): GoalForecast | null {
  const limit = input.months ?? DEFAULT_FORECAST_MONTHS;
  const used = input.monthlyChanges.slice(-limit);
  const n = used.length;
  if (input.asOf >= input.deadlineOn || n < MIN_FORECAST_MONTHS) return null;
  const mean = used.reduce((sum, change) => sum + change, 0) / n;
  const sd = Math.sqrt(used.reduce((sum, change) => sum + (change - mean) ** 2, 0) / (n - 1));
  const h = monthsAhead(input.asOf, input.deadlineOn);
  const expected = input.current + mean * h;
  const spread = Math.sqrt(h * sd ** 2 + (h ** 2 * sd ** 2) / n);
  const probability =
    spread === 0 ? (expected >= input.target ? 1 : 0) : 1 - normalCdf((input.target - expected) / spread);
  const what = input.counts === 'active-members' ? 'active members' : 'members (joins minus leaves)';
  const whatDa = input.counts === 'active-members' ? 'aktive medlemmer' : 'medlemmer (indmeldte minus udmeldte)';
  return {
    method: FORECAST_METHOD,
    description:
      `The mean monthly net change in ${what} over the last ${n} whole months, ${signed(english(mean))} a month, ` +
      `projected linearly ${english(h, 1)} months ahead to ${input.deadlineOn}. The 80 % interval treats the ` +
      `monthly changes as independent with standard deviation s = ${english(sd)} over n = ${n} months: h months ` +
      'ahead the variance is h·s² (the months to come) + h²·s²/n (the uncertainty of the mean itself); the ' +
      'probability of reaching the goal is read from the same normal distribution.',
    descriptionDa:
      `Gennemsnittet af den månedlige nettoændring i ${whatDa} over de seneste ${n} hele måneder, ` +
      `${signed(danish(mean))} om måneden, fremskrevet lineært ${danish(h, 1)} måneder frem til ` +
      `${danishDate(input.deadlineOn)}. 80 %-intervallet regner de månedlige ændringer som uafhængige med ` +
      `standardafvigelsen s = ${danish(sd)} over n = ${n} måneder: h måneder frem er variansen h·s² (de kommende ` +
      'måneder) + h²·s²/n (usikkerheden på selve gennemsnittet); sandsynligheden for at nå målet aflæses i samme ' +
      'normalfordeling.',
    basedOnMonths: n,
    meanPerMonth: mean,
    sdPerMonth: sd,
    monthsAhead: h,
    expectedAtDeadline: expected,
    low: expected - Z_80 * spread,
    high: expected + Z_80 * spread,
    confidence: FORECAST_CONFIDENCE,
    probabilityOfReaching: probability,
    onTrack: expected >= input.target,
  };
}
