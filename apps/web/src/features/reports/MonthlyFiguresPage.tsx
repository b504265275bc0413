import './reports.css';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { formMessage } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { copenhagen } from '../admin/copenhagen';
import {
  CHART_NAMES,
  downloadExport,
  EXPORT_FORMATS,
  getChartUrl,
  getMonthly,
  getSeries,
  recomputeMonthly,
  type ChartName,
  type ExportFormat,
  type MonthlyFigures,
  type MonthlySnapshot,
} from './api';
import { figureSections, formatValue, isMonth, monthName, monthsUpTo, previousMonth } from './figure-rows';
import { messages, type ReportMessages } from './messages';

/** How long "Beregn igen" waits for a queued computation, asking every POLL_MS, before it says it is still running. */
const POLL_MS = 1500;
const POLL_LIMIT_MS = 90_000;

/**
 * The jobcentre lead's monthly figures (måltal): a month chooser, the stored figures in captioned tables, when and
 * why they were computed with a button to compute them again, the exports, and the last 12 months as charts.
 */
export default function MonthlyFiguresPage() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const [params, setParams] = useSearchParams();
  const current = copenhagen(new Date()).date.slice(0, 7);
  const asked = params.get('maaned');
  const month = isMonth(asked) && asked <= current ? asked : previousMonth(current);
  const snapshot = useQuery({ queryKey: ['reports', 'monthly', month], queryFn: () => getMonthly(month) });

  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <MonthChooser month={month} current={current} onChoose={(chosen) => setParams({ maaned: chosen })} />
      <QueryState query={snapshot}>
        {(data) => (
          <>
            <Computation month={month} snapshot={data} />
            {data && <Exports month={month} />}
            {data && <FigureTables figures={data.figures} month={month} />}
          </>
        )}
      </QueryState>
      <Charts month={month} key={`${month}-${language}`} />
    </Page>
  );
}

/** A list of the last three years' months and a button: the page changes only when the user asks (WCAG 3.2.2). */
function MonthChooser({ month, current, onChoose }: { month: string; current: string; onChoose: (m: string) => void }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const [chosen, setChosen] = useState(month);
  useEffect(() => setChosen(month), [month]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(chosen);
  };
  return (
    <form className="reports-month" onSubmit={submit}>
      <label htmlFor="reports-month">{m.monthLabel}</label>
      <select id="reports-month" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {monthsUpTo(current, 36).map((value) => (
          <option key={value} value={value}>
            {monthName(value, language)}
          </option>
        ))}
      </select>
      <button type="submit">{m.show}</button>
    </form>
  );
}

type RunState =
  { kind: 'idle' } | { kind: 'running'; text: string } | { kind: 'done' | 'slow' | 'failed'; text: string };

/** When the shown figures were computed and why, and "Beregn igen" with its progress in words. */
function Computation({ month, snapshot }: { month: string; snapshot: MonthlySnapshot | null }) {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => setState({ kind: 'idle' }), [month]);
  const name = monthName(month, language);

  const recompute = async () => {
    const startedAt = new Date();
    const time = copenhagen(startedAt).time;
    setState({ kind: 'running', text: fill(m.recomputeStarted, { month: name, time }) });
    try {
      let fresh = (await recomputeMonthly(month)).snapshot;
      // Queued: wait for a snapshot newer than the one shown.
      while (!fresh && alive.current && Date.now() - startedAt.getTime() < POLL_LIMIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const latest = await getMonthly(month);
        if (latest && latest.id !== snapshot?.id) fresh = latest;
      }
      if (!alive.current) return;
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
      setState(
        fresh
          ? {
              kind: 'done',
              text: fill(m.recomputeDone, { month: name, at: formatDateTime(fresh.computedAt, language) }),
            }
          : { kind: 'slow', text: m.recomputeSlow },
      );
    } catch (error) {
      if (alive.current) setState({ kind: 'failed', text: formMessage(error, t) });
    }
  };

  const running = state.kind === 'running';
  return (
    <section className="reports-computation" aria-labelledby="reports-computation-title">
      <h2 id="reports-computation-title" className="visually-hidden">
        {name}
      </h2>
      <p>
        {snapshot
          ? `${fill(m.computedAt, { at: formatDateTime(snapshot.computedAt, language) })} (${
              m.triggers[snapshot.trigger] ?? snapshot.trigger
            }).`
          : fill(m.notComputed, { month: name })}
      </p>
      <p className="reports-actions">
        <button type="button" onClick={() => void recompute()} disabled={running} aria-describedby="reports-run">
          {snapshot ? m.recompute : m.compute}
        </button>{' '}
        {running && <progress aria-labelledby="reports-run" />}{' '}
        <span id="reports-run" role="status" className={state.kind === 'failed' ? 'error' : undefined}>
          {state.kind === 'idle' ? '' : state.text}
        </span>
      </p>
    </section>
  );
}

/** The month's figures as CSV, XLSX and PDF, each downloaded with the session's token. */
function Exports({ month }: { month: string }) {
  const m = useMessages(messages);
  const { t } = useI18n();
  const [state, setState] = useState<{ running?: ExportFormat; text: string; error: boolean }>({
    text: '',
    error: false,
  });
  const run = async (format: ExportFormat) => {
    setState({ running: format, text: m.exporting, error: false });
    try {
      const name = await downloadExport(month, format);
      setState({ text: fill(m.exported, { name }), error: false });
    } catch (error) {
      setState({ text: formMessage(error, t), error: true });
    }
  };
  return (
    <section aria-labelledby="reports-exports-title">
      <h2 id="reports-exports-title">{m.exportsHeading}</h2>
      <p className="reports-actions">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" onClick={() => void run(format)} disabled={!!state.running}>
            {m.exportLabels[format]}
          </button>
        ))}
        <span role="status" className={state.error ? 'error' : undefined}>
          {state.text}
        </span>
      </p>
    </section>
  );
}

function FigureTables({ figures, month }: { figures: MonthlyFigures; month: string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  return (
    <section aria-labelledby="reports-figures-title">
      <h2 id="reports-figures-title">{fill(m.figuresHeading, { month: monthName(month, language) })}</h2>
      <div className="reports-tables">
        {figureSections(figures, m).map((section) => (
          <table className="data reports-table" key={section.key}>
            <caption>{section.title}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.figure}</th>
                <th scope="col">{m.columns.breakdown}</th>
                <th scope="col" className="number">
                  {m.columns.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {section.rows.length === 0 && (
                <tr>
                  <td colSpan={3}>{m.none}</td>
                </tr>
              )}
              {section.rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{row.figure}</th>
                  <td>{row.breakdown}</td>
                  <td className="number">{formatValue(row.value, row.kind, language, m.missing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}

/** What a chart's alt text says about the latest month. */
function latestValue(name: ChartName, f: MonthlyFigures, m: ReportMessages, language: 'da' | 'en'): string {
  const v = (value: number | null, kind: 'count' | 'share' | 'decimal' = 'count') =>
    formatValue(value, kind, language, m.missing);
  switch (name) {
    case 'compliance':
      return v(f.intakes.withinDeadlineShare, 'share');
    case 'first-contact': {
      const { median, p90 } = f.intakes.hoursToFirstContact;
      return `${v(median, 'decimal')} / ${v(p90, 'decimal')}`;
    }
    case 'placements':
      return v(f.placements.started);
    case 'code-of-care':
      return (
        `${v(f.codeOfCare.members)} / ${v(f.codeOfCare.activeMembers)}` +
        (f.codeOfCare.goal ? ` (${fill(m.goalShort, { target: v(f.codeOfCare.goal.target) })})` : '')
      );
  }
}

/** The chart's own figures, month by month, for those who cannot read the image. */
function chartRows(name: ChartName, f: MonthlyFigures, m: ReportMessages, language: 'da' | 'en'): string {
  if (name === 'placements')
    return [
      formatValue(f.placements.started, 'count', language, m.missing),
      ...f.placements.byTargetGroup.map((row) => `${row.targetGroup} ${row.count}`),
    ].join(', ');
  return latestValue(name, f, m, language);
}

/** The last 12 months up to the chosen one, as the API's four charts, each with alt text and its figures. */
function Charts({ month }: { month: string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const series = useQuery({ queryKey: ['reports', 'series', month], queryFn: () => getSeries(month) });
  const months = series.data ?? [];
  const period =
    months.length > 0
      ? `${monthName(months[0].month, language)} – ${monthName(months[months.length - 1].month, language)}`
      : monthName(month, language);
  return (
    <section aria-labelledby="reports-charts-title">
      <h2 id="reports-charts-title">{m.chartsHeading}</h2>
      {CHART_NAMES.map((name) => (
        <Chart
          key={name}
          name={name}
          month={month}
          alt={fill(m.chartAlt[name], {
            period,
            values:
              months.length > 0
                ? fill(m.chartAltLatest, { value: latestValue(name, months[months.length - 1], m, language) })
                : '',
          }).trim()}
          series={months}
        />
      ))}
    </section>
  );
}

function Chart({
  name,
  month,
  alt,
  series,
}: {
  name: ChartName;
  month: string;
  alt: string;
  series: MonthlyFigures[];
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const chart = useQuery({
    queryKey: ['reports', 'chart', name, month],
    queryFn: () => getChartUrl(name, month),
    placeholderData: keepPreviousData,
  });
  return (
    <figure className="reports-chart">
      {chart.isPending ? (
        <p role="status">{m.chartLoading}</p>
      ) : chart.isError || !chart.data ? (
        <p className="error">{m.chartFailed}</p>
      ) : (
        <img src={chart.data} alt={alt} />
      )}
      {series.length > 0 && (
        <details>
          <summary>{m.chartData}</summary>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{m.columns.month}</th>
                <th scope="col">{m.columns.value}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((figures) => (
                <tr key={figures.month}>
                  <th scope="row">{monthName(figures.month, language)}</th>
                  <td>{chartRows(name, figures, m, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
