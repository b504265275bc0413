import type { Intake } from '../../api/client';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { formatCountdown, standingOf } from './countdown';
import { messages } from './messages';

/**
 * An intake's deadline as the duty desk reads it: the countdown in words ("om 3 t 12 min", "overskredet for 2 t"),
 * breached and due soon said in words (and marked by style too), and the deadline itself in Copenhagen time.
 */
export function Deadline({ intake, now }: { intake: Intake; now: number }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const standing = standingOf(intake, now);
  return (
    <span className={`deadline deadline-${standing}`}>
      {standing === 'breached' && <strong className="badge badge-breached">{m.breached}</strong>}
      {standing === 'due-soon' && <strong className="badge badge-due-soon">{m.dueSoon}</strong>}
      {standing === 'not-running' ? (
        intake.firstContactAt && (
          <span className="countdown">
            {fill(m.contactedAt, { date: formatDateTime(intake.firstContactAt, language) })}
          </span>
        )
      ) : (
        <span className="countdown">{formatCountdown(intake.deadlineAt, now, m.countdown)}</span>
      )}
      {standing === 'not-running' ? (
        <span className="deadline-was">
          {m.deadlineWas} <time dateTime={intake.deadlineAt}>{formatDateTime(intake.deadlineAt, language)}</time>
        </span>
      ) : (
        <time dateTime={intake.deadlineAt}>{formatDateTime(intake.deadlineAt, language)}</time>
      )}
    </span>
  );
}
