import { useId } from 'react';
import { fill, formatNumber, useI18n, useMessages, type Language } from '../../i18n';
import type { RepresentationRow } from './api';
import { messages } from './messages';

const BAR = 16;
const GROUP = 2 * BAR + 18;
const LABEL_WIDTH = 230;
const PLOT_WIDTH = 400;

const percent = (share: number, language: Language) =>
  new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );

/**
 * Share of the top 20 against share of the pool, two bars per group, as inline SVG (no chart library; colours from
 * classes, nothing the CSP blocks). Under-represented groups say so in their label, in words. The SVG is one image
 * with a name; the same figures follow in a table with a caption.
 */
export function RepresentationChart({ rows, by }: { rows: RepresentationRow[]; by: string }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const titleId = useId();
  const title = fill(m.chartTitle, { by: by.toLowerCase() });
  const height = rows.length * GROUP + 8;
  const width = LABEL_WIDTH + PLOT_WIDTH + 60;
  const bars = [
    { key: 'top20Share', className: 'bar-top20' },
    { key: 'poolShare', className: 'bar-pool' },
  ] as const;
  const n = (value: number) => formatNumber(value, language);
  return (
    <div className="representation">
      <figure>
        <svg
          className="chart"
          role="img"
          aria-labelledby={titleId}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
        >
          <title id={titleId}>{`${title}. ${m.chartNote}`}</title>
          <line className="axis" x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} />
          {rows.map((row, index) => {
            const top = index * GROUP + 4;
            return (
              <g key={row.group} aria-hidden="true">
                <text x={LABEL_WIDTH - 8} y={top + BAR - 2} textAnchor="end" className="group-label">
                  {row.group}
                </text>
                {row.underRepresented && (
                  <text x={LABEL_WIDTH - 8} y={top + 2 * BAR} textAnchor="end" className="under-label">
                    {m.underRepresented}
                  </text>
                )}
                {bars.map((bar, barIndex) => {
                  const length = Math.max(0, Math.min(1, row[bar.key])) * PLOT_WIDTH;
                  const y = top + barIndex * BAR;
                  return (
                    <g key={bar.key}>
                      <rect className={bar.className} x={LABEL_WIDTH} y={y} width={length} height={BAR - 3} />
                      <text x={LABEL_WIDTH + length + 4} y={y + BAR - 5}>
                        {percent(row[bar.key], language)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <span className="legend-swatch top20" aria-hidden="true" />
          {m.top20Share}
          <span className="legend-swatch pool" aria-hidden="true" />
          {m.poolShare}
        </figcaption>
      </figure>
      <table className="data">
        <caption>{`${m.representationHeading}, ${by.toLowerCase()}`}</caption>
        <thead>
          <tr>
            <th scope="col">{m.group}</th>
            <th scope="col" className="number">
              {m.top20}
            </th>
            <th scope="col" className="number">
              {m.top20Share}
            </th>
            <th scope="col" className="number">
              {m.poolShare}
            </th>
            <th scope="col" className="number">
              {m.ratio}
            </th>
            <th scope="col">{m.assessment}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.group}>
              <th scope="row">{row.group}</th>
              <td className="number">{n(row.top20)}</td>
              <td className="number">{percent(row.top20Share, language)}</td>
              <td className="number">{percent(row.poolShare, language)}</td>
              <td className="number">{row.ratio === null ? m.none : n(row.ratio)}</td>
              <td>
                {row.underRepresented ? (
                  <strong className="status-warning">{m.underRepresented}</strong>
                ) : row.ratio === null ? (
                  m.noPool
                ) : (
                  m.notUnderRepresented
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
