import './reports.css';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { formMessage } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { ApiError } from '../../api/errors';
import { Loading, QueryState } from '../../ui/states';
import { copenhagen } from '../admin/copenhagen';
import {
  CHART_NAMES,
  downloadMonth,
  downloadSeries,
  getChart,
  getHistory,
  getMonthly,
  getSeries,
  MONTH_EXPORT_FORMATS,
  recomputeMonthly,
  SERIES_EXPORT_FORMATS,
  type ChartName,
  type MonthlyFigures,
  type MonthlySnapshot,
  type SeriesMonth,
} from './api';
import {
  figureSections,
  formatDuration,
  formatValue,
  isMonth,
  monthName,
  monthsUpTo,
  previousMonth,
} from './figure-rows';
import { messages, type ReportMessages } from './messages';

/**
 * The jobcentre lead's monthly figures (måltal): a month chooser; the month's stored snapshot, when, why and by whom
 * it was computed, with a button to compute it (again); its figures in captioned tables; every computation of the
 * month; the exports; and the last 12 months as the API's charts, each with the figures behind it.
 */
export default function MonthlyFiguresPage() {
  const m = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const current = copenhagen(new Date()).date.slice(0, 7);
  const asked = params.get('maaned');
  const month = isMonth(asked) && asked <= current ? asked : previousMonth(current);
  const snapshot = useQuery({ queryKey: ['reports', 'monthly', month], queryFn: () => getMonthly(month) });

  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <MonthChooser month={month} current={current} onChoose={(chosen) => setParams({ maaned: chosen })} />
      <ReportState query={snapshot}>
        {(data) => (
          <>
            <Computation month={month} snapshot={data} />
            {data && <MonthExports month={month} />}
            {data && <FigureTables figures={data.figures} month={month} />}
            {data && <History month={month} latestId={data.id} />}
          </>
        )}
      </ReportState>
      <Charts month={month} />
    </Page>
  );
}

/**
 * A read of the figures: loading, failed in words (a month the API refuses, say from an edited address, is named as
 * such rather than as a form error), or its data.
 */
function ReportState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  const m = useMessages(messages);
  const { t } = useI18n();
  if (query.isPending) return <Loading />;
  if (!query.isError && query.data !== undefined) return <>{children(query.data)}</>;
  const refused = query.error instanceof ApiError && query.error.status === 400;
  return (
    <p role="alert" className="error">
      {refused ? m.badMonth : `${m.loadFailed} ${formMessage(query.error, t)}`}
    </p>
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

/** "planlagt kørsel den 1." or "genberegnet efter ønske", and by whom. */
const triggerText = (snapshot: MonthlySnapshot, m: ReportMessages) =>
  snapshot.requestedBy && snapshot.trigger === 'on-demand'
    ? fill(m.triggerBy, { trigger: m.triggers[snapshot.trigger], name: snapshot.requestedBy.name })
    : m.triggers[snapshot.trigger];

type RunState = { kind: 'idle' } | { kind: 'running' | 'done' | 'failed'; text: string };

/** What the shown figures were computed from (when, why, by whom, how long), and "Beregn" with its outcome in words. */
function Computation({ month, snapshot }: { month: string; snapshot: MonthlySnapshot | null }) {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  useEffect(() => setState({ kind: 'idle' }), [month]);
  const name = monthName(month, language);

  const compute = async () => {
    setState({ kind: 'running', text: fill(m.computing, { month: name }) });
    try {
      const fresh = await recomputeMonthly(month);
      // The answer is the month's new latest snapshot: shown at once; the history, series and charts follow it.
      queryClient.setQueryData(['reports', 'monthly', month], fresh);
      void queryClient.invalidateQueries({
        queryKey: ['reports'],
        predicate: (query) => query.queryKey[1] !== 'monthly',
      });
      setState({
        kind: 'done',
        text: fill(m.computed, {
          month: name,
          at: formatDateTime(fresh.computedAt, language),
          duration: formatDuration(fresh.computedFrom.durationMs, language),
        }),
      });
    } catch (error) {
      setState({ kind: 'failed', text: formMessage(error, t) });
    }
  };

  const running = state.kind === 'running';
  return (
    <section className="reports-computation" aria-labelledby="reports-computation-title">
      <h2 id="reports-computation-title">{fill(m.computationHeading, { month: name })}</h2>
      {snapshot ? (
        <dl className="facts reports-facts">
          <dt>{m.facts.computedAt}</dt>
          <dd>{formatDateTime(snapshot.computedAt, language)}</dd>
          <dt>{m.facts.trigger}</dt>
          <dd>{triggerText(snapshot, m)}</dd>
          <dt>{m.facts.duration}</dt>
          <dd>{formatDuration(snapshot.computedFrom.durationMs, language)}</dd>
          <dt>{m.facts.asOf}</dt>
          <dd>{formatDateTime(snapshot.computedFrom.asOf, language)}</dd>
          <dt>{m.facts.version}</dt>
          <dd>{snapshot.computedFrom.computationVersion}</dd>
        </dl>
      ) : (
        <p className="reports-not-computed">{fill(m.notComputed, { month: name })}</p>
      )}
      <p className="reports-actions">
        <button type="button" onClick={() => void compute()} disabled={running} aria-describedby="reports-run">
          {snapshot ? m.recompute : m.compute}
        </button>
        {running && <progress aria-labelledby="reports-run" />}
        <span id="reports-run" role="status" className={state.kind === 'failed' ? 'error' : undefined}>
          {state.kind === 'idle' ? '' : state.text}
        </span>
      </p>
    </section>
  );
}

/** Buttons that each download a file, saying while one runs, which file came and why one failed. */
function DownloadButtons({ buttons }: { buttons: { key: string; label: string; run: () => Promise<string> }[] }) {
  const m = useMessages(messages);
  const { t } = useI18n();
  const [state, setState] = useState<{ running: boolean; text: string; error: boolean }>({
    running: false,
    text: '',
    error: false,
  });
  const start = async (run: () => Promise<string>) => {
    setState({ running: true, text: m.exporting, error: false });
    try {
      setState({ running: false, text: fill(m.exported, { name: await run() }), error: false });
    } catch (error) {
      setState({ running: false, text: formMessage(error, t), error: true });
    }
  };
  return (
    <p className="reports-actions">
      {buttons.map((button) => (
        <button key={button.key} type="button" onClick={() => void start(button.run)} disabled={state.running}>
          {button.label}
        </button>
      ))}
      <span role="status" className={state.error ? 'error' : undefined}>
        {state.text}
      </span>
    </p>
  );
}

/** The month's latest snapshot as CSV, XLSX and PDF. */
function MonthExports({ month }: { month: string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  return (
    <section aria-labelledby="reports-exports-title">
      <h2 id="reports-exports-title">{fill(m.exportsHeading, { month: monthName(month, language) })}</h2>
      <DownloadButtons
        buttons={MONTH_EXPORT_FORMATS.map((format) => ({
          key: format,
          label: m.exportLabels[format],
          run: () => downloadMonth(month, format),
        }))}
      />
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

/** Every computation of the month, the latest (shown) first: a lead can see that, when and by whom it was redone. */
function History({ month, latestId }: { month: string; latestId: string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const history = useQuery({
    queryKey: ['reports', 'history', month, latestId],
    queryFn: () => getHistory(month),
    placeholderData: keepPreviousData,
  });
  const name = monthName(month, language);
  const share = (value: number | null) => formatValue(value, 'share', language, m.missing);
  return (
    <section aria-labelledby="reports-history-title">
      <h2 id="reports-history-title">{m.historyHeading}</h2>
      <QueryState query={history}>
        {(items) => (
          <table className="data reports-table">
            <caption>{fill(m.historyCaption, { month: name, count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.facts.computedAt}</th>
                <th scope="col">{m.facts.trigger}</th>
                <th scope="col" className="number">
                  {m.facts.duration}
                </th>
                <th scope="col" className="number">
                  {m.figures.received}
                </th>
                <th scope="col" className="number">
                  {m.figures.withinDeadlineShare}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {formatDateTime(item.computedAt, language)}
                    {item.id === latestId && ` ${m.shown}`}
                  </th>
                  <td>{triggerText(item, m)}</td>
                  <td className="number">{formatDuration(item.computedFrom.durationMs, language)}</td>
                  <td className="number">{formatValue(item.figures.intakes.received, 'count', language, m.missing)}</td>
                  <td className="number">{share(item.figures.intakes.withinDeadlineShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}

/** The chart's figures for one month, for those who cannot read the image. */
function chartValue(name: ChartName, f: MonthlyFigures, m: ReportMessages, language: 'da' | 'en'): string {
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
      return [
        v(f.placements.started),
        ...f.placements.byTargetGroup.map((row) => `${row.targetGroup} ${row.count}`),
      ].join(', ');
    case 'code-of-care':
      return (
        `${v(f.codeOfCare.members)} / ${v(f.codeOfCare.activeMembers)}` +
        (f.codeOfCare.goal ? ` (${fill(m.goalShort, { target: v(f.codeOfCare.goal.target) })})` : '')
      );
  }
}

/** The 12 months up to the chosen one: their exports, and the API's four charts with the figures behind each. */
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
      <h2 id="reports-charts-title">{fill(m.chartsHeading, { period })}</h2>
      <ReportState query={series}>
        {(data) =>
          data.some((entry) => entry.snapshot) ? (
            <>
              <DownloadButtons
                buttons={SERIES_EXPORT_FORMATS.map((format) => ({
                  key: format,
                  label: m.seriesExportLabels[format],
                  run: () => downloadSeries(month, format),
                }))}
              />
              {CHART_NAMES.map((name) => (
                <Chart key={name} name={name} month={month} series={data} />
              ))}
            </>
          ) : (
            <p>{m.seriesEmpty}</p>
          )
        }
      </ReportState>
    </section>
  );
}

function Chart({ name, month, series }: { name: ChartName; month: string; series: SeriesMonth[] }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const chart = useQuery({
    queryKey: ['reports', 'chart', name, month],
    queryFn: () => getChart(name, month),
    placeholderData: keepPreviousData,
  });
  return (
    <figure className="reports-chart">
      {chart.isPending ? (
        <p role="status">{m.chartLoading}</p>
      ) : chart.isError || !chart.data ? (
        <p className="error">{m.chartFailed}</p>
      ) : (
        // The chart speaks Danish (its <title> and <desc>), whatever the page's language.
        <img
          src={chart.data.url}
          alt={[chart.data.title, chart.data.desc].filter(Boolean).join('. ')}
          lang={language === 'da' ? undefined : 'da'}
        />
      )}
      <details>
        <summary>{m.chartData[name]}</summary>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{m.columns.month}</th>
              <th scope="col">{m.chartColumns[name]}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((entry) => (
              <tr key={entry.month}>
                <th scope="row">{monthName(entry.month, language)}</th>
                <td>{entry.snapshot ? chartValue(name, entry.snapshot.figures, m, language) : m.monthNotComputed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
