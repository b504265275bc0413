import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import './duty-desk.css';
import { FALLBACK_REFETCH_MS, useIntakeChanges } from './hooks';
import { messages } from './messages';

type Overview = Schemas['DutyDeskOverviewResponse'];
type Row = Overview['perAssignee'][number];

/** The lead's view of the duty desk: open, due within 4 hours and breached, in all and per consultant. */
export default function OverviewPage() {
  const { language } = useI18n();
  const m = useMessages(messages);
  const o = m.overview;
  useIntakeChanges();
  const overview = useQuery({
    queryKey: ['duty-desk-overview'],
    queryFn: () => unwrap(api.GET('/api/v1/duty-desk/overview', { params: { query: { dueWithinHours: 4 } } })),
    // Changes arrive live; deadlines pass without any change to announce, so it is counted again every minute too.
    refetchInterval: FALLBACK_REFETCH_MS,
  });
  const n = (value: number) => formatNumber(value, language);
  const nameOf = (row: Row) => row.assignee?.name ?? o.unassigned;

  return (
    <Page title={o.title} intro={<p>{fill(o.intro, { hours: n(4) })}</p>}>
      <QueryState query={overview}>
        {(data) => (
          <>
            <ul className="figures" aria-label={o.totals}>
              <li>
                <span className="figure">{n(data.totals.open)}</span> {o.open}
              </li>
              <li className="figure-due-soon">
                <span className="figure">{n(data.totals.dueSoon)}</span> {o.dueSoon}
              </li>
              <li className="figure-breached">
                <span className="figure">{n(data.totals.breached)}</span> {o.breached}
              </li>
            </ul>
            <BarChart rows={data.perAssignee} nameOf={nameOf} />
            <table className="data">
              <caption>{o.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{o.consultant}</th>
                  <th scope="col" className="number">
                    {o.open}
                  </th>
                  <th scope="col" className="number">
                    {o.dueSoon}
                  </th>
                  <th scope="col" className="number">
                    {o.breached}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.perAssignee.map((row) => (
                  <tr key={row.assignee?.id ?? 'none'}>
                    <th scope="row">{nameOf(row)}</th>
                    <td className="number">{n(row.open)}</td>
                    <td className="number">{n(row.dueSoon)}</td>
                    <td className="number">{n(row.breached)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{o.totals}</th>
                  <td className="number">{n(data.totals.open)}</td>
                  <td className="number">{n(data.totals.dueSoon)}</td>
                  <td className="number">{n(data.totals.breached)}</td>
                </tr>
              </tfoot>
            </table>
            <p className="hint">{fill(o.counted, { date: formatDateTime(data.at, language) })}</p>
          </>
        )}
      </QueryState>
    </Page>
  );
}

const BAR = 18;
const GROUP = 3 * BAR + 22;
const LABEL_WIDTH = 170;
const PLOT_WIDTH = 420;

/**
 * Three bars per consultant (open, due soon, breached), drawn as inline SVG by React: no chart library, nothing the
 * CSP blocks (colours come from classes). One image with a name for screen readers; the numbers are in the table.
 */
function BarChart({ rows, nameOf }: { rows: Row[]; nameOf: (row: Row) => string }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const o = m.overview;
  const max = Math.max(1, ...rows.map((row) => row.open));
  const height = rows.length * GROUP + 8;
  const width = LABEL_WIDTH + PLOT_WIDTH + 40;
  const bars: { key: 'open' | 'dueSoon' | 'breached'; className: string }[] = [
    { key: 'open', className: 'bar-open' },
    { key: 'dueSoon', className: 'bar-due-soon' },
    { key: 'breached', className: 'bar-breached' },
  ];
  return (
    <figure>
      <svg
        className="chart"
        role="img"
        aria-labelledby="overview-chart-title"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <title id="overview-chart-title">{`${o.chart}. ${o.chartNote}`}</title>
        <line className="axis" x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} />
        {rows.map((row, index) => {
          const top = index * GROUP + 4;
          return (
            <g key={row.assignee?.id ?? 'none'} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={top + BAR * 1.5 + 4} textAnchor="end">
                {nameOf(row)}
              </text>
              {bars.map((bar, barIndex) => {
                const value = row[bar.key];
                const length = (value / max) * PLOT_WIDTH;
                const y = top + barIndex * BAR;
                return (
                  <g key={bar.key}>
                    <rect className={bar.className} x={LABEL_WIDTH} y={y} width={length} height={BAR - 3} />
                    <text x={LABEL_WIDTH + length + 4} y={y + BAR - 6}>
                      {formatNumber(value, language)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend-swatch open" aria-hidden="true" />
        {o.open}
        <span className="legend-swatch due-soon" aria-hidden="true" />
        {o.dueSoon}
        <span className="legend-swatch breached" aria-hidden="true" />
        {o.breached}
      </figcaption>
    </figure>
  );
}
