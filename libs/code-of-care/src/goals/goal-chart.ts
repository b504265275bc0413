import { parse, View, type Locale } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { endOfMonth } from '../calendar/calendar-dates';
import type { ProgressResponse } from './goal.response';

/** Danish month and day names, so the axis reads "jan 2021", not "Jan 2021". */
export const DANISH_TIME_LOCALE: Locale['time'] = {
  dateTime: '%A den %d. %B %Y %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
  months: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

const DANISH_LOCALE: Locale = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' kr.'] },
  time: DANISH_TIME_LOCALE,
};

/** The three series, named as the page names them, with their colours. */
const SERIES = { actual: 'Medlemmer', goal: 'Mål', forecast: 'Prognose med 80 %-interval' };
const COLOURS = { actual: '#1f5fa8', goal: '#c0392b', forecast: '#7f8c8d' };

const danishDate = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`;
const danishNumber = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** What the chart says, in Danish, for its title and for readers who cannot see it. */
export function goalChartText(progress: ProgressResponse): { title: string; desc: string } {
  const { goal, forecast } = progress;
  const what = goal.counts === 'active-members' ? 'aktive medlemmer' : 'medlemmer';
  const title = `Code of Care ${goal.year}: ${what} mod målet på ${goal.target}`;
  const standing =
    `${progress.current} ${what} pr. ${danishDate(progress.asOf)} mod målet på ${goal.target} ` +
    `pr. ${danishDate(goal.deadlineOn)} (${percent(progress.shareReached)} nået, ` +
    (progress.gap > 0 ? `${progress.gap} mangler` : 'målet er nået') +
    `); udgangspunkt ${goal.baseline} pr. ${danishDate(goal.baselineOn)}.`;
  const outlook = forecast
    ? ` Prognose: ${danishNumber(forecast.expectedAtDeadline)} pr. ${danishDate(goal.deadlineOn)} ` +
      `(80 %-interval ${danishNumber(forecast.low)}–${danishNumber(forecast.high)}), ` +
      `sandsynlighed for at nå målet ${percent(forecast.probabilityOfReaching)}.`
    : ' Ingen prognose: fristen er nået, eller der er færre end to hele måneder at regne på.';
  return { title, desc: standing + outlook };
}

interface Point {
  on: string;
  value: number;
}

/** The count over time: the baseline, each month's end, and the day asked about. */
function actualSeries(progress: ProgressResponse): Point[] {
  const { goal } = progress;
  const until = progress.asOf < goal.deadlineOn ? progress.asOf : goal.deadlineOn;
  const points = progress.monthly.map((month) => {
    const last = endOfMonth(month.month);
    return { on: last < until ? last : until, value: month.count };
  });
  if (goal.counts === 'members' && (points.length === 0 || points[0].on !== goal.baselineOn))
    points.unshift({ on: goal.baselineOn, value: goal.baseline });
  return points;
}

const x = { field: 'on', type: 'temporal' as const, scale: { type: 'utc' as const } };

/**
 * The Vega-Lite specification of a goal's chart: the count over time as a line with points, the goal as a level line
 * from the baseline day to the deadline, and the forecast as a dashed line to the deadline inside its 80 % band.
 */
export function goalChartSpec(progress: ProgressResponse): TopLevelSpec {
  const { goal, forecast } = progress;
  const { title, desc } = goalChartText(progress);
  const yTitle = goal.counts === 'active-members' ? 'Aktive medlemmer' : 'Medlemmer';
  const colour = {
    scale: {
      domain: [SERIES.actual, SERIES.goal, SERIES.forecast],
      range: [COLOURS.actual, COLOURS.goal, COLOURS.forecast],
    },
    legend: { title: null, orient: 'bottom' as const, symbolType: 'stroke', symbolStrokeWidth: 3, labelLimit: 400 },
  };
  const layers: TopLevelSpec[] = [];
  if (forecast) {
    const start = progress.asOf;
    layers.push(
      {
        data: {
          values: [
            { on: start, low: progress.current, high: progress.current },
            { on: goal.deadlineOn, low: forecast.low, high: forecast.high },
          ],
        },
        mark: { type: 'area', opacity: 0.18, color: COLOURS.forecast },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      } as TopLevelSpec,
      {
        data: {
          values: [
            { on: start, value: progress.current },
            { on: goal.deadlineOn, value: forecast.expectedAtDeadline },
          ],
        },
        mark: { type: 'line', strokeDash: [6, 4], strokeWidth: 2 },
        encoding: { x, y: { field: 'value', type: 'quantitative' }, color: { datum: SERIES.forecast, ...colour } },
      } as TopLevelSpec,
    );
  }
  layers.push(
    {
      data: {
        values: [
          { on: goal.baselineOn, value: goal.target },
          { on: goal.deadlineOn, value: goal.target },
        ],
      },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: { x, y: { field: 'value', type: 'quantitative' }, color: { datum: SERIES.goal, ...colour } },
    } as TopLevelSpec,
    {
      data: { values: actualSeries(progress) },
      mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2.5 },
      encoding: {
        x: {
          ...x,
          title: 'Måned',
          // The month's short name, with its year on the first tick and in January: "dec 2020, jan 2021, feb, …".
          axis: {
            labelExpr: "utcFormat(datum.value, datum.index === 0 || utcmonth(datum.value) === 0 ? '%b %Y' : '%b')",
            labelAngle: 0,
            tickCount: { interval: 'month', step: 1 },
          },
        },
        y: { field: 'value', type: 'quantitative', title: yTitle, scale: { zero: false }, axis: { tickMinStep: 1 } },
        color: { datum: SERIES.actual, ...colour },
      },
    } as TopLevelSpec,
    {
      data: { values: [{ on: goal.deadlineOn, value: goal.target }] },
      mark: { type: 'text', align: 'right', dx: -4, dy: -8, color: COLOURS.goal, fontWeight: 'bold' },
      encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { value: `Mål: ${goal.target}` } },
    } as TopLevelSpec,
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    description: desc,
    width: 640,
    height: 320,
    background: 'white',
    // The marks' own ARIA labels are English and point by point; the whole chart is one image with a Danish
    // title and description instead.
    config: { aria: false },
    layer: layers,
  } as TopLevelSpec;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The chart as an SVG document: compiled by Vega-Lite, drawn by Vega's headless renderer (no canvas, no browser),
 * then given role="img" with a Danish <title> and <desc>, so a screen reader says what it shows.
 */
export async function renderGoalChart(progress: ProgressResponse): Promise<string> {
  // Vega reads `locale` as number and time definitions, whatever its typings say.
  const options = { renderer: 'none', locale: DANISH_LOCALE } as unknown as ConstructorParameters<typeof View>[1];
  const view = new View(parse(compile(goalChartSpec(progress)).spec), options);
  try {
    const svg = await view.toSVG();
    const { title, desc } = goalChartText(progress);
    const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
    const head = svg
      .slice(0, open)
      .replace('<svg ', '<svg role="img" aria-labelledby="goal-chart-title goal-chart-desc" ');
    return (
      `${head}<title id="goal-chart-title">${escapeXml(title)}</title>` +
      `<desc id="goal-chart-desc">${escapeXml(desc)}</desc>${svg.slice(open)}`
    );
  } finally {
    view.finalize();
  }
}
