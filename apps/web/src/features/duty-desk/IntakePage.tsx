import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, type Intake, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { SelectField, TextAreaField, type FieldErrorText } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { ShortlistsSection } from '../shortlists/parts';
import { SHORTLIST_READERS } from '../shortlists/routes';
import { Deadline } from './Deadline';
import './duty-desk.css';
import { FALLBACK_REFETCH_MS, useConsultants, useIntakeChanges, useNow } from './hooks';
import { messages } from './messages';

type Outcome = NonNullable<Intake['outcome']>;
const OUTCOMES: Outcome[] = ['posting-created', 'shortlist-sent', 'referred', 'no-need'];
const NOTE_REQUIRED: string[] = ['referred', 'no-need'];
type HistoryEntry = Schemas['IntakeHistoryEntryResponse'];

/** One intake: who and what, its deadline, its history, and what the consultant does with it. */
export default function IntakePage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const { user } = useSession();
  const now = useNow();
  const live = useIntakeChanges();
  const refetchInterval = live === 'live' ? false : FALLBACK_REFETCH_MS;
  const intake = useQuery({
    queryKey: ['intakes', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/intakes/{id}', { params: { path: { id } } })),
    refetchInterval,
  });
  const history = useQuery({
    queryKey: ['intakes', 'one', id, 'history'],
    queryFn: () => unwrap(api.GET('/api/v1/intakes/{id}/history', { params: { path: { id } } })),
    refetchInterval,
  });

  if (intake.isPending) return <Loading />;
  if (intake.isError) {
    return (
      <Page title={m.title}>
        <LoadFailed error={intake.error} />
        <p>
          <Link to="/vagtskema">{m.intake.back}</Link>
        </p>
      </Page>
    );
  }
  const data = intake.data;
  const mayAct = user?.role === 'consultant' || user?.role === 'lead';
  return (
    <Page
      title={fill(m.intake.title, { company: data.company.name ?? m.unknownCompany })}
      actions={<Link to="/vagtskema">{m.intake.back}</Link>}
    >
      <div className="intake-layout">
        <div>
          <Facts intake={data} now={now} />
          <h2>{m.intake.description}</h2>
          <p className="description">{data.description}</p>
          <History query={history} />
          {(SHORTLIST_READERS as readonly string[]).includes(user?.role ?? '') && (
            <ShortlistsSection intakeId={data.id} />
          )}
        </div>
        <div>
          <h2>{m.intake.actions}</h2>
          {data.status === 'closed' ? (
            <p>{m.intake.closedNotice}</p>
          ) : mayAct ? (
            <>
              <Actions intake={data} me={user!.id} />
              <p>
                <Link to={`/henvendelser/${data.id}/opslag`}>{m.intake.createPosting}</Link>
              </p>
            </>
          ) : null}
        </div>
      </div>
    </Page>
  );
}

function Facts({ intake, now }: { intake: Intake; now: number }) {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const contact = intake.contactPerson;
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{m.intake.facts}</h2>
      <dl className="facts">
        <dt>{m.deadline}</dt>
        <dd>
          <Deadline intake={intake} now={now} />
        </dd>
        <dt>{m.status}</dt>
        <dd>{t.statuses[intake.status]}</dd>
        <dt>{m.company}</dt>
        <dd>{intake.company.name ?? m.unknownCompany}</dd>
        <dt>{m.intake.cvr}</dt>
        <dd>{intake.company.cvrNumber ?? '–'}</dd>
        <dt>{m.intake.contactPerson}</dt>
        <dd>
          {contact.name}
          {contact.phone && (
            <>
              <br />
              {m.intake.phone}: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </>
          )}
          {contact.email && (
            <>
              <br />
              {m.intake.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          )}
        </dd>
        <dt>{m.kind}</dt>
        <dd>{t.kinds[intake.kind]}</dd>
        <dt>{m.intake.channel}</dt>
        <dd>{m.channels[intake.channel]}</dd>
        <dt>{m.assignee}</dt>
        <dd>{intake.assignee?.name ?? m.unassigned}</dd>
        <dt>{m.intake.receivedAt}</dt>
        <dd>{formatDateTime(intake.receivedAt, language)}</dd>
        {intake.outcome && (
          <>
            <dt>{m.intake.outcome}</dt>
            <dd>
              {m.outcomes[intake.outcome]}
              {intake.outcomeNote && `: ${intake.outcomeNote}`}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function History({
  query,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data?: HistoryEntry[] };
}) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const consultants = useConsultants();
  const names = new Map((consultants.data ?? []).map((member) => [member.id, member.name]));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{m.intake.history}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError || !query.data ? (
        <LoadFailed error={query.error} />
      ) : (
        <table className="data history">
          <caption className="visually-hidden">{m.intake.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.intake.when}</th>
              <th scope="col">{m.intake.what}</th>
              <th scope="col">{m.intake.who}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((entry, index) => (
              <tr key={index}>
                <td>{formatDateTime(entry.at, language)}</td>
                <th scope="row">{describe(entry, m, names)}</th>
                <td>{entry.actor?.name ?? m.intake.system}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function describe(entry: HistoryEntry, m: (typeof messages)['da'], names: Map<string, string>): string {
  const d = entry.details;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  switch (entry.type) {
    case 'assigned':
    case 'reassigned':
      return fill(m.events[entry.type], {
        to: text(d.toName) || names.get(text(d.assigneeId) || text(d.to)) || '',
      }).trim();
    case 'deadline-breached':
      return fill(m.events['deadline-breached'], { to: text(d.escalatedToName) || m.intake.system });
    case 'contact-attempted': {
      const parts = [m.events['contact-attempted'], d.reached ? m.events.reachedYes : m.events.reachedNo];
      if (d.withinDeadline === false) parts.push(m.events.lateContact);
      return `${parts[0]}: ${parts.slice(1).join(', ')}${d.note ? ` – ${text(d.note)}` : ''}`;
    }
    case 'closed': {
      const outcome = text(d.outcome) as Outcome;
      const words = fill(m.events.closed, { outcome: m.outcomes[outcome] ?? outcome });
      return d.note ? `${words} – ${text(d.note)}` : words;
    }
    case 'shortlist-sent':
      return fill(m.events['shortlist-sent'], { count: String(d.candidates ?? '') });
    case 'shortlist-answered':
      return fill(m.events['shortlist-answered'], {
        reference: text(d.reference),
        answer: d.answer === 'interested' ? m.events.interested : m.events.notInterested,
      });
    default:
      return m.events[entry.type];
  }
}

/** Claim, hand over, log a contact attempt, close: each its own form, its refusals shown beside its own fields. */
function Actions({ intake, me }: { intake: Intake; me: string }) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const consultants = useConsultants();
  const [done, setDone] = useState('');
  const claim = useSubmit();
  const reassign = useSubmit();
  const attempt = useSubmit();
  const close = useSubmit();
  const [assigneeId, setAssigneeId] = useState('');
  const [reached, setReached] = useState<'' | 'true' | 'false'>('');
  const [attemptNote, setAttemptNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [closeNote, setCloseNote] = useState('');
  const path = { params: { path: { id: intake.id } } };
  // Two forms here have a note: the closing one's is "closeNote" on the page (ids are unique), "note" in the API.
  const { note: closeNoteError, ...otherCloseErrors } = close.errors.fields;
  const closeErrors = {
    ...close.errors,
    fields: closeNoteError ? { ...otherCloseErrors, closeNote: closeNoteError } : otherCloseErrors,
  };

  const submitAttempt = attempt.handle(async () => {
    await unwrap(
      api.POST('/api/v1/intakes/{id}/contact-attempts', {
        ...path,
        body: { reached: reached === 'true', ...(attemptNote.trim() ? { note: attemptNote } : {}) },
      }),
    );
    setReached('');
    setAttemptNote('');
    await after(m.intake.done);
  });

  const after = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: ['intakes'] });
    setDone(message);
  };

  return (
    <>
      <p className="action-result" role="status">
        {done}
      </p>
      <section className="action" aria-labelledby="claim-heading">
        <h3 id="claim-heading">{m.intake.claim}</h3>
        {intake.assignee?.id === me ? (
          <p>{m.intake.yours}</p>
        ) : (
          <form
            noValidate
            onSubmit={claim.handle(async () => {
              await unwrap(api.POST('/api/v1/intakes/{id}/claim', path));
              await after(m.intake.yours);
            })}
          >
            <ErrorSummary errors={claim.errors} />
            <p className="hint">{m.intake.claimHint}</p>
            <button type="submit" className="primary" disabled={claim.submitting}>
              {m.intake.claim}
            </button>
          </form>
        )}
      </section>

      <section className="action" aria-labelledby="reassign-heading">
        <h3 id="reassign-heading">{m.intake.reassign}</h3>
        <form
          noValidate
          onSubmit={reassign.handle(async () => {
            await unwrap(api.POST('/api/v1/intakes/{id}/reassign', { ...path, body: { assigneeId } }));
            setAssigneeId('');
            await after(m.intake.done);
          })}
        >
          <ErrorSummary errors={reassign.errors} labels={{ assigneeId: m.intake.reassignTo }} />
          <SelectField
            name="assigneeId"
            label={m.intake.reassignTo}
            placeholder={m.intake.choosePerson}
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
            error={reassign.errors.fields.assigneeId}
            options={(consultants.data ?? [])
              .filter((member) => member.id !== intake.assignee?.id)
              .map((member) => ({ value: member.id, label: member.name }))}
          />
          <button type="submit" disabled={reassign.submitting}>
            {m.intake.reassign}
          </button>
        </form>
      </section>

      <section className="action" aria-labelledby="attempt-heading">
        <h3 id="attempt-heading">{m.intake.contactAttempt}</h3>
        <form
          noValidate
          onSubmit={(event) => {
            if (reached === '') {
              event.preventDefault();
              attempt.refuse({ reached: m.intake.chooseReached });
              return;
            }
            submitAttempt(event);
          }}
        >
          <ErrorSummary errors={attempt.errors} labels={{ reached: m.intake.reached, note: m.intake.note }} />
          <RadioGroup
            name="reached"
            legend={m.intake.reached}
            value={reached}
            onChange={(value) => setReached(value as typeof reached)}
            error={attempt.errors.fields.reached}
            options={[
              { value: 'true', label: m.intake.reachedYes },
              { value: 'false', label: m.intake.reachedNo },
            ]}
          />
          <TextAreaField
            name="note"
            label={m.intake.note}
            hint={m.intake.contactNoteHint}
            rows={2}
            value={attemptNote}
            onChange={(event) => setAttemptNote(event.target.value)}
            error={attempt.errors.fields.note}
          />
          <button type="submit" disabled={attempt.submitting}>
            {m.intake.logAttempt}
          </button>
        </form>
      </section>

      <section className="action" aria-labelledby="close-heading">
        <h3 id="close-heading">{m.intake.close}</h3>
        <form
          noValidate
          onSubmit={close.handle(async () => {
            await unwrap(
              api.POST('/api/v1/intakes/{id}/close', {
                ...path,
                // An empty note is sent only where the outcome needs one, so the API says it is missing.
                body: {
                  outcome: outcome as Outcome,
                  ...(closeNote.trim() || NOTE_REQUIRED.includes(outcome) ? { note: closeNote } : {}),
                },
              }),
            );
            await after(m.intake.closedNotice);
          })}
        >
          <ErrorSummary errors={closeErrors} labels={{ outcome: m.intake.closeOutcome, closeNote: m.intake.note }} />
          <SelectField
            name="outcome"
            label={m.intake.closeOutcome}
            placeholder={m.intake.chooseOutcome}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
            error={close.errors.fields.outcome}
            options={OUTCOMES.map((value) => ({ value, label: m.outcomes[value] }))}
          />
          <TextAreaField
            name="closeNote"
            label={m.intake.note}
            hint={m.intake.closeNoteHint}
            rows={2}
            value={closeNote}
            onChange={(event) => setCloseNote(event.target.value)}
            error={closeErrors.fields.closeNote}
          />
          <button type="submit" disabled={close.submitting}>
            {m.intake.closeSubmit}
          </button>
        </form>
      </section>
    </>
  );
}

/** Radio buttons in a fieldset, with the field's error beside them as the other fields show it. */
function RadioGroup({
  name,
  legend,
  value,
  options,
  onChange,
  error,
}: {
  name: string;
  legend: ReactNode;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: FieldErrorText;
}) {
  const { t } = useI18n();
  const errorId = useId();
  return (
    <fieldset
      className={`radio-group field${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error" lang={error.lang}>
          <span className="visually-hidden">{t.form.errorPrefix} </span>
          {error.text}
        </p>
      )}
      {options.map((option, index) => (
        <label key={option.value}>
          <input
            type="radio"
            id={index === 0 ? `field-${name}` : undefined}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={error ? true : undefined}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
