import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { TextField } from '../../ui/fields';
import { LoadFailed, Loading } from '../../ui/states';
import { today } from '../admin/copenhagen';
import { focusLater, Notice, useNotice } from './ActionForm';
import { getChartUrl, getProgress, type Progress } from './api';
import { GoalForm } from './GoalForm';
import { decimal, monthName, percent, shortDate } from './format';
import { messages } from './messages';
import { memberPath } from './routes';

const YEAR = /^\d{4}$/;
const GOAL_BUTTON = 'coc-goal-edit';

/** The goal card: where the network stands against the year's goal, the forecast, the chart and its figures. */
export function GoalSection({ mayEdit }: { mayEdit: boolean }) {
  const m = useMessages(messages);
  const [editing, setEditing] = useState(false);
  const notice = useNotice();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('aar') ?? '';
  const year = YEAR.test(fromUrl) ? Number(fromUrl) : Number(today().slice(0, 4));
  const [yearText, setYearText] = useState(String(year));
  const progress = useQuery({
    queryKey: ['code-of-care', 'progress', year],
    queryFn: () => getProgress(year),
  });
  const showYear = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (YEAR.test(yearText.trim())) next.set('aar', yearText.trim());
    else next.delete('aar');
    setParams(next, { replace: true });
  };
  const missing = progress.error instanceof ApiError && progress.error.status === 404;
  const goal = progress.data?.goal ?? null;
  const mayChange = mayEdit && !editing && (missing || (!!goal && goal.year === year));

  return (
    <section className="coc-goal" aria-labelledby="coc-goal-title">
      <h2 id="coc-goal-title">{fill(m.goalHeading, { year })}</h2>
      <form className="coc-inline-form" onSubmit={showYear} noValidate aria-label={m.showYear}>
        <TextField
          name="aar"
          label={m.yearLabel}
          inputMode="numeric"
          value={yearText}
          onChange={(event) => setYearText(event.target.value)}
        />
        <div className="field">
          <button type="submit">{m.showYear}</button>
        </div>
      </form>
      {mayChange && (
        <p>
          <button
            type="button"
            id={GOAL_BUTTON}
            onClick={() => {
              notice.clear();
              setEditing(true);
            }}
          >
            {missing ? fill(m.goalCreate, { year }) : m.goalEdit}
          </button>
        </p>
      )}
      <Notice notice={notice} />
      {mayEdit && editing && (missing || goal) && (
        <GoalForm
          key={`${year}-${goal?.id ?? 'new'}`}
          year={year}
          goal={missing ? null : goal}
          onCancel={() => {
            setEditing(false);
            focusLater(GOAL_BUTTON);
          }}
          onSaved={() => {
            setEditing(false);
            notice.say(m.goalSaved);
          }}
        />
      )}
      {progress.isPending ? (
        <Loading />
      ) : missing ? (
        <p>{fill(m.noGoal, { year })}</p>
      ) : progress.isError || !progress.data ? (
        <LoadFailed error={progress.error} />
      ) : (
        <GoalCard progress={progress.data} key={progress.data.goal.id} />
      )}
    </section>
  );
}

function GoalCard({ progress }: { progress: Progress }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const n = (value: number) => formatNumber(value, language);
  const day = (value: string) => shortDate(value, language);
  const { goal, forecast } = progress;
  const counts = m.counts[goal.counts];
  return (
    <>
      <dl className="coc-figures">
        <div>
          <dt>{m.currentCount}</dt>
          <dd>{n(progress.current)}</dd>
        </div>
        <div>
          <dt>{m.target}</dt>
          <dd>{n(progress.target)}</dd>
        </div>
        <div>
          <dt>{m.shareReached}</dt>
          <dd>{percent(progress.shareReached, language)}</dd>
        </div>
        <div>
          <dt>{m.gap}</dt>
          <dd>{progress.gap > 0 ? n(progress.gap) : m.gapNone}</dd>
        </div>
      </dl>
      <p>
        {m.countsLong[goal.counts]}. {m.deadline}: {day(goal.deadlineOn)}. {m.baseline}:{' '}
        {fill(m.baselineValue, { count: n(goal.baseline), date: day(goal.baselineOn) })}.{' '}
        {fill(m.asOf, { date: day(progress.asOf) })}
      </p>
      {goal.note && <p>{goal.note}</p>}

      <h3>{m.forecastHeading}</h3>
      {forecast ? (
        <div className="coc-forecast">
          <p>
            <strong className={forecast.onTrack ? 'status-ok' : 'status-warning'}>
              {forecast.onTrack ? m.onTrack : m.offTrack}
            </strong>
          </p>
          <p>
            {fill(m.forecastExpected, {
              date: day(goal.deadlineOn),
              expected: decimal(forecast.expectedAtDeadline, language),
            })}{' '}
            {fill(m.forecastRange, {
              confidence: percent(forecast.confidence, language),
              low: decimal(forecast.low, language),
              high: decimal(forecast.high, language),
              probability: percent(forecast.probabilityOfReaching, language),
            })}
          </p>
          <p>
            {fill(m.forecastBasis, {
              months: n(forecast.basedOnMonths),
              mean: decimal(forecast.meanPerMonth, language),
              sd: decimal(forecast.sdPerMonth, language),
            })}
          </p>
          <p>
            <strong>{m.method}:</strong>{' '}
            {language === 'da' ? forecast.descriptionDa : <span lang="en">{forecast.description}</span>}
          </p>
        </div>
      ) : (
        <p>{m.noForecast}</p>
      )}

      <GoalChart progress={progress} counts={counts} />

      <div className="table-wrap">
        <table className="data coc-monthly">
          <caption>{m.monthlyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.month}</th>
              <th scope="col" className="number">
                {m.joins}
              </th>
              <th scope="col" className="number">
                {m.leaves}
              </th>
              <th scope="col" className="number">
                {m.countAtMonthEnd}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.monthly.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthName(row.month, language)}</th>
                <td className="number">{n(row.joins)}</td>
                <td className="number">{n(row.leaves)}</td>
                <td className="number">{n(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{m.closeGapHeading}</h3>
      {progress.prospectsToCloseGap.length === 0 ? (
        <p>{m.closeGapNone}</p>
      ) : (
        <ul className="coc-close-gap">
          {progress.prospectsToCloseGap.map((prospect) => (
            <li key={prospect.membershipId}>
              <Link to={memberPath(prospect.membershipId)}>{prospect.company.name}</Link>
              {[
                '',
                m.stages[prospect.prospectStage],
                `${m.owner}: ${prospect.owner?.name ?? m.noOwner}`,
                `${m.lastContact}: ${prospect.lastContactAt ? day(prospect.lastContactAt) : m.neverContacted}`,
              ].join(' · ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The API's chart of the goal, fetched with the session's token and shown as an image whose alt text says what it
 * shows; the figures themselves follow in the table. Refetched with the progress, so a new member moves the line.
 */
function GoalChart({ progress, counts }: { progress: Progress; counts: string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const n = (value: number) => formatNumber(value, language);
  const chart = useQuery({
    queryKey: ['code-of-care', 'chart', progress.goal.id, progress.current, progress.asOf],
    queryFn: () => getChartUrl(progress.goal.id),
    // The old chart stays until the new one is in, so the page does not jump while it loads.
    placeholderData: keepPreviousData,
  });
  const alt = fill(m.chartAlt, {
    counts,
    from: shortDate(progress.goal.baselineOn, language),
    target: n(progress.target),
    deadline: shortDate(progress.goal.deadlineOn, language),
    forecast: progress.forecast
      ? fill(m.chartAltForecast, {
          low: decimal(progress.forecast.low, language),
          high: decimal(progress.forecast.high, language),
        })
      : '',
    current: n(progress.current),
  });
  if (chart.isPending) return <p role="status">{m.chartLoading}</p>;
  if (chart.isError || !chart.data) return <p className="error">{m.chartFailed}</p>;
  return (
    <figure className="coc-chart">
      <img src={chart.data} alt={alt} />
    </figure>
  );
}
