import { goalChartSpec, goalChartText, renderGoalChart } from './goal-chart';
import type { ProgressResponse } from './goal.response';

const PROGRESS: ProgressResponse = {
  goal: {
    id: 'g1',
    year: 2021,
    target: 55,
    baseline: 48,
    baselineOn: '2020-12-31',
    deadlineOn: '2021-12-31',
    counts: 'members',
    note: null,
    version: 1,
  },
  asOf: '2021-06-15',
  current: 53,
  target: 55,
  shareReached: 0.9636,
  gap: 2,
  monthly: [
    { month: '2020-12', joins: 0, leaves: 0, count: 48 },
    { month: '2021-01', joins: 2, leaves: 0, count: 50 },
    { month: '2021-06', joins: 1, leaves: 0, count: 53 },
  ],
  forecast: {
    method: 'mean-monthly-net-change',
    description: '',
    descriptionDa: '',
    basedOnMonths: 5,
    meanPerMonth: 0.8,
    sdPerMonth: 1.3,
    monthsAhead: 6.5,
    expectedAtDeadline: 58.2,
    low: 51.7,
    high: 64.7,
    confidence: 0.8,
    probabilityOfReaching: 0.737,
    onTrack: true,
  },
  prospectsToCloseGap: [],
};

type Layer = { mark: { type: string; strokeDash?: number[] }; data: { values: Record<string, unknown>[] } };

describe('goal chart', () => {
  it('draws the count, the goal line to the deadline and the dashed forecast in its band', () => {
    const spec = goalChartSpec(PROGRESS) as unknown as { layer: Layer[]; title: string };
    const [band, forecast, goal, actual] = spec.layer;
    expect(band.mark.type).toBe('area');
    expect(band.data.values).toEqual([
      { on: '2021-06-15', low: 53, high: 53 },
      { on: '2021-12-31', low: 51.7, high: 64.7 },
    ]);
    expect(forecast.mark.strokeDash).toEqual([6, 4]);
    expect(forecast.data.values).toEqual([
      { on: '2021-06-15', value: 53 },
      { on: '2021-12-31', value: 58.2 },
    ]);
    expect(goal.data.values).toEqual([
      { on: '2020-12-31', value: 55 },
      { on: '2021-12-31', value: 55 },
    ]);
    expect(actual.data.values).toEqual([
      { on: '2020-12-31', value: 48 },
      { on: '2021-01-31', value: 50 },
      { on: '2021-06-15', value: 53 },
    ]);
    expect(spec.title).toBe('Code of Care 2021: medlemmer mod målet på 55');
  });

  it('starts at the baseline day and leaves the forecast out when there is none', () => {
    const spec = goalChartSpec({
      ...PROGRESS,
      goal: { ...PROGRESS.goal, baselineOn: '2021-01-15' },
      monthly: [{ month: '2021-01', joins: 0, leaves: 0, count: 48 }],
      forecast: null,
    }) as unknown as { layer: Layer[] };
    expect(spec.layer.map((layer) => layer.mark.type)).toEqual(['line', 'line', 'text']);
    expect(spec.layer[1].data.values[0]).toEqual({ on: '2021-01-15', value: 48 });
  });

  it('says in Danish what it shows', () => {
    expect(goalChartText(PROGRESS).desc).toBe(
      '53 medlemmer pr. 15.6.2021 mod målet på 55 pr. 31.12.2021 (96 % nået, 2 mangler); udgangspunkt 48 pr. ' +
        '31.12.2020. Prognose: 58,2 pr. 31.12.2021 (80 %-interval 51,7–64,7), sandsynlighed for at nå målet 74 %.',
    );
  });

  it('renders an SVG with a title, a description and Danish labels', async () => {
    const svg = await renderGoalChart(PROGRESS);
    expect(svg.startsWith('<svg role="img" aria-labelledby="goal-chart-title goal-chart-desc" ')).toBe(true);
    expect(svg).toContain('<title id="goal-chart-title">Code of Care 2021: medlemmer mod målet på 55</title>');
    expect(svg).toContain('<desc id="goal-chart-desc">53 medlemmer pr. 15.6.2021');
    for (const label of [
      '>Medlemmer<',
      '>Mål: 55<',
      '>Prognose med 80 %-interval<',
      '>Måned<',
      '>jan 2021<',
      '>maj<',
      '>okt<',
    ])
      expect(svg).toContain(label);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
});
