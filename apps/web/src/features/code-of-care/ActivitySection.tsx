import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { formMessage } from '../../ui/forms';
import { QueryState } from '../../ui/states';
import { today } from '../admin/copenhagen';
import {
  acknowledgeWarning,
  daysBetween,
  getLatestRun,
  getWarnings,
  recomputeActivity,
  type ActivityWarning,
} from './api';
import { shortDate } from './format';
import { messages } from './messages';
import { memberPath } from './routes';

/** The open warnings ("bliver inaktiv om N dage") and the activity job's latest run, with a recompute button. */
export function ActivitySection({ mayEdit }: { mayEdit: boolean }) {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [busy, setBusy] = useState(false);
  const warnings = useQuery({ queryKey: ['code-of-care', 'warnings'], queryFn: getWarnings });
  const latest = useQuery({ queryKey: ['code-of-care', 'activity', 'latest'], queryFn: getLatestRun });
  const n = (value: number) => formatNumber(value, language);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setStatus({ text: '', error: false });
    try {
      const text = await action();
      setStatus({ text, error: false });
      // Activity moves the members list, the warnings and an active-members goal alike.
      await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
    } catch (error) {
      setStatus({ text: formMessage(error, t), error: true });
    } finally {
      setBusy(false);
    }
  };
  const recompute = () =>
    run(async () => {
      setStatus({ text: m.recomputing, error: false });
      const result = await recomputeActivity();
      return fill(m.recomputed, { active: n(result.active), members: n(result.members) });
    });
  const acknowledge = (warning: ActivityWarning) =>
    run(async () => {
      await acknowledgeWarning(warning.id);
      return fill(m.acknowledged, { company: warning.company.name });
    });

  return (
    <section className="coc-section" aria-labelledby="coc-activity-title">
      <h2 id="coc-activity-title">{m.activityHeading}</h2>
      <p>{m.activityRule}</p>
      <QueryState query={latest}>
        {(runResult) => (
          <p>
            {runResult
              ? fill(m.latestRun, {
                  when: formatDateTime(runResult.finishedAt, language),
                  members: n(runResult.members),
                  active: n(runResult.active),
                  turnedActive: n(runResult.turnedActive),
                  turnedInactive: n(runResult.turnedInactive),
                  warnings: n(runResult.warningsRaised),
                })
              : m.noRun}
          </p>
        )}
      </QueryState>
      {mayEdit && (
        <p>
          <button type="button" onClick={() => void recompute()} disabled={busy}>
            {m.recompute}
          </button>
        </p>
      )}
      <p role="status" aria-live="polite" className={status.error ? 'error' : undefined}>
        {status.text}
      </p>

      <h3>{m.warningsHeading}</h3>
      <QueryState query={warnings}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{m.warningsNone}</p>
          ) : (
            <ul className="coc-warnings">
              {page.items.map((warning) => (
                <li key={warning.id}>
                  <Link to={memberPath(warning.membershipId)}>{warning.company.name}</Link>{' '}
                  <span className="status-warning">{warningText(warning, m, language)}</span>
                  {mayEdit && (
                    <>
                      {' '}
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={fill(m.acknowledgeNamed, { company: warning.company.name })}
                        onClick={() => void acknowledge(warning)}
                      >
                        {m.acknowledge}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function warningText(warning: ActivityWarning, m: (typeof messages)['da'], language: 'da' | 'en'): string {
  const date = shortDate(warning.inactiveOn, language);
  if (warning.kind === 'turned-inactive') return fill(m.turnedInactive, { date });
  // Counted from today, not from when the warning was raised: the days left are what the coordinator acts on.
  const days = daysBetween(today(), warning.inactiveOn);
  if (days < 0) return fill(m.turnedInactive, { date });
  if (days === 0) return m.inactiveToday;
  return fill(days === 1 ? m.inactiveSoonOne : m.inactiveSoon, { days, date });
}
