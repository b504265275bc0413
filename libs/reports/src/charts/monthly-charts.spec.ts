import { SaxesParser } from 'saxes';
import { sampleSeries } from '../exports/figures.fixture';
import { MONTHLY_CHART_NAMES, monthlyChartSpec, monthlyChartText, renderMonthlyChart } from './monthly-charts';

/** The SVG's elements in document order, or an exception if it is not well-formed XML (saxes comes with exceljs). */
function elements(svg: string): { name: string; text: string }[] {
  const parser = new SaxesParser();
  const found: { name: string; text: string }[] = [];
  const open: { name: string; text: string }[] = [];
  parser.on('opentag', (tag) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (text) => open.length && (open[open.length - 1].text += text));
  parser.on('closetag', () => found.push(open.pop()!));
  parser.write(svg).close();
  return found;
}

describe('monthly charts', () => {
  const series = sampleSeries('2026-10');

  it('say in Danish what they show, month by month', () => {
    expect(monthlyChartText('compliance', series).title).toBe('Første kontakt inden for fristen, nov 2025–okt 2026');
    const compliance = monthlyChartText('compliance', series).desc;
    expect(compliance).toMatch(/^Andelen af månedens virksomhedshenvendelser med første kontakt inden for fristen: /);
    expect(compliance).toMatch(/fristen: nov 2025 90,0 %, dec 2025 90,5 %, .*okt 2026 95,5 %\.$/);
    expect(monthlyChartText('first-contact', series).desc).toContain('feb 2026 5,4 og –');
    expect(monthlyChartText('placements', series).desc).toContain('okt 2026 31 (kontanthjælp 20, dagpenge 11)');
    expect(monthlyChartText('code-of-care', series).desc).toContain('okt 2026 55 og 41');
    expect(monthlyChartText('code-of-care', series).desc).toMatch(/Målet for 2026 er 55 medlemmer\.$/);
  });

  it('sort the months and draw the goal as its own series', () => {
    const spec = monthlyChartSpec('code-of-care', [...series].reverse()) as unknown as {
      data: { values: { month: string; series: string; value: number }[] };
    };
    expect(spec.data.values.slice(0, 3)).toEqual([
      { month: 'nov 2025', series: 'Medlemmer', value: 44 },
      { month: 'nov 2025', series: 'Aktive medlemmer', value: 41 },
      { month: 'nov 2025', series: 'Mål', value: 55 },
    ]);
  });

  it.each(MONTHLY_CHART_NAMES)('%s renders as a valid SVG image with a Danish title and description', async (name) => {
    const svg = await renderMonthlyChart(name, series);
    const tree = elements(svg);
    const root = tree[tree.length - 1];
    expect(root.name).toBe('svg');
    expect(svg).toMatch(
      new RegExp(`^<svg role="img" aria-labelledby="monthly-chart-${name}-title monthly-chart-${name}-desc" `),
    );
    const { title, desc } = monthlyChartText(name, series);
    expect(tree.find((element) => element.name === 'title')?.text).toBe(title);
    expect(tree.find((element) => element.name === 'desc')?.text).toBe(desc);
    // The axes speak Danish too.
    const texts = tree.filter((element) => element.name === 'text').map((element) => element.text);
    expect(texts).toEqual(expect.arrayContaining(['Måned', 'okt 2026', title]));
  });

  it('name the series in the legend', async () => {
    const texts = (svg: string) =>
      elements(svg)
        .filter((e) => e.name === 'text')
        .map((e) => e.text);
    expect(texts(await renderMonthlyChart('first-contact', series))).toEqual(
      expect.arrayContaining(['Median', '90 %-fraktil', 'Timer']),
    );
    expect(texts(await renderMonthlyChart('placements', series))).toEqual(
      expect.arrayContaining(['dagpenge', 'kontanthjælp', 'Placeringer']),
    );
    expect(texts(await renderMonthlyChart('code-of-care', series))).toEqual(
      expect.arrayContaining(['Medlemmer', 'Aktive medlemmer', 'Mål']),
    );
  });

  it('keep their size with nothing to draw: every chart, when the months have no data', async () => {
    const empty = series.map((figures) => ({
      ...figures,
      intakes: { ...figures.intakes, withinDeadlineShare: null, hoursToFirstContact: { median: null, p90: null } },
      placements: { ...figures.placements, started: 0, byTargetGroup: [] },
      codeOfCare: { members: 0, activeMembers: 0, goal: null },
    }));
    for (const name of MONTHLY_CHART_NAMES) {
      const svg = await renderMonthlyChart(name, empty);
      const [width, height] = ['width', 'height'].map((side) =>
        Number(new RegExp(`<svg [^>]*${side}="([^"]+)"`).exec(svg)![1]),
      );
      expect({ name, width, height }).toEqual({ name, width: expect.any(Number), height: expect.any(Number) });
      expect(width).toBeGreaterThan(300);
      expect(width).toBeLessThan(1200);
      expect(height).toBeLessThan(800);
    }
    const placements = elements(await renderMonthlyChart('placements', empty)).map((e) => e.text);
    expect(placements).toContain('Ingen placeringer');
  });
});
