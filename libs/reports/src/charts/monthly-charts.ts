import { parse, View, type Locale } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { MonthlyFigures } from '../monthly/monthly-figures';
import { formatDanish } from '../exports/figure-table';

/** The lead's charts over a series of months, by the names the API serves them under (`charts/{name}.svg`). */
export const MONTHLY_CHART_NAMES = ['compliance', 'first-contact', 'placements', 'code-of-care'] as const;
export type MonthlyChartName = (typeof MONTHLY_CHART_NAMES)[number];

const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** "okt 2026": the axis label and the name of a month in the descriptions. */
export const shortMonth = (month: string) => `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const DANISH_NUMBERS: Locale = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' kr.'] },
  time: {
    dateTime: '%d.%m.%Y %X',
    date: '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: ['', ''],
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
    shortMonths: SHORT_MONTHS as NonNullable<Locale['time']>['shortMonths'],
  },
};

/** Readable colours on white (WCAG 1.4.11: at least 3:1 against the background), told apart by legend and shape. */
const COLOURS = ['#1f5fa8', '#c0392b', '#1e7b34', '#8e44ad', '#b35900', '#00798c', '#5d6d7e', '#a5005d'];

const sorted = (series: MonthlyFigures[]) => [...series].sort((a, b) => a.month.localeCompare(b.month));
const period = (series: MonthlyFigures[]) =>
  series.length === 1
    ? shortMonth(series[0].month)
    : `${shortMonth(series[0].month)}–${shortMonth(series[series.length - 1].month)}`;
const list = (series: MonthlyFigures[], value: (figures: MonthlyFigures) => string) =>
  series.map((figures) => `${shortMonth(figures.month)} ${value(figures)}`).join(', ');

/** What each chart says, in Danish, for its title and for readers who cannot see it: every month's value. */
export function monthlyChartText(name: MonthlyChartName, input: MonthlyFigures[]): { title: string; desc: string } {
  const series = sorted(input);
  const when = period(series);
  switch (name) {
    case 'compliance':
      return {
        title: `Første kontakt inden for fristen, ${when}`,
        desc:
          'Andelen af månedens virksomhedshenvendelser med første kontakt inden for fristen: ' +
          `${list(series, (f) => formatDanish(f.intakes.withinDeadlineShare, 'share'))}.`,
      };
    case 'first-contact':
      return {
        title: `Tid til første kontakt, ${when}`,
        desc:
          'Timer fra henvendelse til første kontakt, median og 90 %-fraktil: ' +
          `${list(series, (f) => {
            const { median, p90 } = f.intakes.hoursToFirstContact;
            return `${formatDanish(median, 'hours')} og ${formatDanish(p90, 'hours')}`;
          })}.`,
      };
    case 'placements':
      return {
        title: `Placeringer pr. målgruppe, ${when}`,
        desc:
          'Placeringer startet i måneden i alt, og pr. målgruppe: ' +
          `${list(series, (f) => {
            const parts = f.placements.byTargetGroup.map((row) => `${row.targetGroup} ${row.count}`).join(', ');
            return `${f.placements.started}${parts ? ` (${parts})` : ''}`;
          })}.`,
      };
    case 'code-of-care': {
      const goal = series[series.length - 1].codeOfCare.goal;
      return {
        title: `Code of Care: medlemmer mod målet, ${when}`,
        desc:
          `Medlemmer og aktive medlemmer ved månedens udgang: ${list(
            series,
            (f) => `${f.codeOfCare.members} og ${f.codeOfCare.activeMembers}`,
          )}. ` +
          (goal
            ? `Målet for ${goal.year} er ${goal.target} ${goal.counts === 'active-members' ? 'aktive ' : ''}medlemmer.`
            : 'Der er ikke sat et mål.'),
      };
    }
  }
}

const month = (f: MonthlyFigures) => shortMonth(f.month);
const x = (months: string[]) => ({
  field: 'month',
  type: 'ordinal' as const,
  title: 'Måned',
  sort: months,
  axis: { labelAngle: -40 },
});
const legend = { title: null, orient: 'bottom' as const, labelLimit: 300 };
const colour = (domain: string[]) => ({
  field: 'series',
  type: 'nominal' as const,
  scale: { domain, range: COLOURS.slice(0, domain.length) },
  legend,
});

/** A line chart with points of named series over the months; null values leave a gap. */
function lines(months: string[], values: { month: string; series: string; value: number | null }[], y: object) {
  const domain = [...new Set(values.map((value) => value.series))];
  return {
    data: { values },
    mark: { type: 'line', point: { filled: true, size: 50 }, strokeWidth: 2.5 },
    encoding: {
      x: x(months),
      y: { field: 'value', type: 'quantitative', ...y },
      color: colour(domain),
      shape: { field: 'series', type: 'nominal', scale: { domain }, legend },
    },
  };
}

/** The Vega-Lite specification of one of the lead's charts over the series' months (sorted; usually 12). */
export function monthlyChartSpec(name: MonthlyChartName, input: MonthlyFigures[]): TopLevelSpec {
  const series = sorted(input);
  const months = series.map(month);
  const { title, desc } = monthlyChartText(name, series);
  let body: object;
  switch (name) {
    case 'compliance':
      body = lines(
        months,
        series.map((f) => ({
          month: month(f),
          series: 'Inden for fristen',
          value: f.intakes.withinDeadlineShare === null ? null : f.intakes.withinDeadlineShare * 100,
        })),
        { title: 'Procent af henvendelserne', scale: { domain: [0, 100] } },
      );
      break;
    case 'first-contact':
      body = lines(
        months,
        series.flatMap((f) => [
          { month: month(f), series: 'Median', value: f.intakes.hoursToFirstContact.median },
          { month: month(f), series: '90 %-fraktil', value: f.intakes.hoursToFirstContact.p90 },
        ]),
        { title: 'Timer' },
      );
      break;
    case 'placements': {
      const started = series.flatMap((f) =>
        f.placements.byTargetGroup.map((row) => ({ month: month(f), series: row.targetGroup, value: row.count })),
      );
      // With no bar at all Vega finds no bounds and sizes the SVG as infinite: months without placements are drawn
      // as zero, under a legend that says so.
      const values = started.length
        ? started
        : series.map((f) => ({ month: month(f), series: 'Ingen placeringer', value: 0 }));
      body = {
        data: { values },
        mark: { type: 'bar' },
        encoding: {
          x: x(months),
          y: { field: 'value', type: 'quantitative', stack: 'zero', title: 'Placeringer', axis: { tickMinStep: 1 } },
          color: colour([...new Set(values.map((value) => value.series))].sort((a, b) => a.localeCompare(b, 'da'))),
        },
      };
      break;
    }
    case 'code-of-care': {
      const values = series.flatMap((f) => [
        { month: month(f), series: 'Medlemmer', value: f.codeOfCare.members },
        { month: month(f), series: 'Aktive medlemmer', value: f.codeOfCare.activeMembers },
        ...(f.codeOfCare.goal ? [{ month: month(f), series: 'Mål', value: f.codeOfCare.goal.target }] : []),
      ]);
      body = lines(months, values, { title: 'Virksomheder', axis: { tickMinStep: 1 } });
      break;
    }
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    description: desc,
    width: 560,
    height: 260,
    background: 'white',
    // The marks' own ARIA labels are English and point by point; the chart is one image with a Danish title and
    // description instead, as the Code of Care goal chart.
    config: { aria: false },
    ...body,
  } as TopLevelSpec;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One of the lead's charts as an SVG document, drawn by Vega's headless renderer and given role="img" with a
 * Danish <title> and <desc> (ids unique per chart, so several can be inlined on one page).
 */
export async function renderMonthlyChart(name: MonthlyChartName, series: MonthlyFigures[]): Promise<string> {
  if (series.length === 0) throw new Error('A chart needs at least one month');
  const options = { renderer: 'none', locale: DANISH_NUMBERS } as unknown as ConstructorParameters<typeof View>[1];
  const view = new View(parse(compile(monthlyChartSpec(name, series)).spec), options);
  try {
    const svg = await view.toSVG();
    const { title, desc } = monthlyChartText(name, series);
    const id = `monthly-chart-${name}`;
    const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
    const head = svg.slice(0, open).replace('<svg ', `<svg role="img" aria-labelledby="${id}-title ${id}-desc" `);
    return (
      `${head}<title id="${id}-title">${escapeXml(title)}</title>` +
      `<desc id="${id}-desc">${escapeXml(desc)}</desc>${svg.slice(open)}`
    );
  } finally {
    view.finalize();
  }
}
