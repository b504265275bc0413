import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { formMessage } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { messages } from './messages';
import './shortlists.css';
import { Confirm, type Shortlist } from './parts';
import { SHORTLIST_EDITORS } from './routes';

type Entry = Shortlist['entries'][number];
type Pending = { kind: 'send' } | { kind: 'close' } | { kind: 'remove'; entry: Entry };

/** One shortlist as staff see it: the candidates by name, where each came from, the company's answers, and actions. */
export default function ShortlistPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const shortlist = useQuery({
    queryKey: ['shortlists', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/shortlists/{id}', { params: { path: { id } } })),
  });
  const back = <Link to="/kandidatlister">{m.back}</Link>;
  if (shortlist.isPending) return <Loading />;
  if (shortlist.isError)
    return (
      <Page title={m.listTitle} actions={back}>
        <LoadFailed error={shortlist.error} />
      </Page>
    );
  const list = shortlist.data;
  const mayEdit = SHORTLIST_EDITORS.some((role) => role === user?.role);
  const at = (value: string) => formatDateTime(value, language);
  const path = { params: { path: { id } } };

  const act = async () => {
    if (!pending) return;
    setBusy(true);
    setError(null);
    try {
      if (pending.kind === 'send') await unwrap(api.POST('/api/v1/shortlists/{id}/send', path));
      if (pending.kind === 'close') await unwrap(api.POST('/api/v1/shortlists/{id}/close', path));
      if (pending.kind === 'remove')
        await unwrap(
          api.DELETE('/api/v1/shortlists/{id}/entries/{candidateId}', {
            params: { path: { id, candidateId: pending.entry.candidate.id } },
          }),
        );
      // Said once the page shows the change.
      await queryClient.invalidateQueries({ queryKey: ['shortlists'] });
      setNotice(
        pending.kind === 'send'
          ? m.sent
          : pending.kind === 'close'
            ? m.closed
            : fill(m.removed, { name: pending.entry.candidate.name }),
      );
      setPending(null);
    } catch (failure) {
      setError(formMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const question =
    pending?.kind === 'send'
      ? fill(m.confirmSend, { count: String(list.entries.length), company: list.company.name })
      : pending?.kind === 'close'
        ? m.confirmClose
        : pending
          ? fill(m.confirmRemove, { name: pending.entry.candidate.name })
          : '';
  const confirmLabel = pending?.kind === 'send' ? m.yesSend : pending?.kind === 'close' ? m.yesClose : m.yesRemove;

  return (
    <Page title={fill(m.title, { company: list.company.name })} actions={back}>
      <p role="status" className="notice">
        {notice}
      </p>
      {list.status === 'draft' && <p className="badge">{m.draftNotice}</p>}
      <dl className="facts">
        <dt>{m.status}</dt>
        <dd data-testid="shortlist-status">{m.statuses[list.status]}</dd>
        <dt>{m.company}</dt>
        <dd>{list.company.name}</dd>
        <dt>{m.for}</dt>
        <dd>
          {list.posting ? (
            <Link to={`/opslag/${list.posting.id}`}>{fill(m.posting, { title: list.posting.title })}</Link>
          ) : list.intakeId ? (
            <Link to={`/vagtskema/${list.intakeId}`}>{m.intake}</Link>
          ) : null}
        </dd>
        <dt>{m.createdBy}</dt>
        <dd>
          {list.createdBy}, {at(list.createdAt)}
        </dd>
        {list.sentAt && (
          <>
            <dt>{m.sentAt}</dt>
            <dd>
              {list.sentBy ? `${list.sentBy}, ` : ''}
              {at(list.sentAt)}
            </dd>
          </>
        )}
        {list.closedAt && (
          <>
            <dt>{m.closedAt}</dt>
            <dd>{at(list.closedAt)}</dd>
          </>
        )}
      </dl>
      {list.entries.length === 0 ? (
        <p>{m.emptyDraft}</p>
      ) : (
        <table className="data">
          <caption>{m.entriesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.position}</th>
              <th scope="col">{m.candidate}</th>
              <th scope="col">{m.reference}</th>
              <th scope="col">{m.origin}</th>
              <th scope="col">{m.answer}</th>
              {mayEdit && list.status === 'draft' && <th scope="col">{m.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {list.entries.map((entry) => (
              <tr key={entry.candidate.id}>
                <td>{entry.position}</td>
                <th scope="row">
                  <Link to={`/kandidater/${entry.candidate.id}`}>{entry.candidate.name}</Link>
                  <br />
                  <span className="hint">{entry.identifiedToCompany ? m.identified : m.anonymous}</span>
                </th>
                <td>{entry.reference}</td>
                <td>
                  {entry.matchRunId ? m.fromMatch : m.byHand}
                  {entry.includedAnyway && (
                    <>
                      <br />
                      {fill(m.includedAnyway, { note: entry.note ?? '' })}
                    </>
                  )}
                </td>
                <td data-testid={`answer-${entry.reference}`}>
                  {entry.answer ? (
                    <>
                      <strong className={entry.answer.answer === 'interested' ? 'status-ok' : undefined}>
                        {entry.answer.answer === 'interested' ? m.interested : m.notInterested}
                      </strong>
                      {entry.answer.comment && <> – {entry.answer.comment}</>}
                      <br />
                      <span className="hint">
                        {fill(m.answeredBy, { who: entry.answer.answeredBy ?? '', when: at(entry.answer.answeredAt) })}
                      </span>
                    </>
                  ) : (
                    m.noAnswer
                  )}
                </td>
                {mayEdit && list.status === 'draft' && (
                  <td>
                    <button type="button" onClick={() => setPending({ kind: 'remove', entry })}>
                      {fill(m.remove, { name: entry.candidate.name })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayEdit && (list.status === 'draft' || list.status === 'sent') && (
        <div className="button-row">
          {list.status === 'draft' && list.entries.length > 0 && (
            <button type="button" onClick={() => setPending({ kind: 'send' })}>
              {m.send}
            </button>
          )}
          {list.status === 'sent' && (
            <button type="button" onClick={() => setPending({ kind: 'close' })}>
              {m.close}
            </button>
          )}
        </div>
      )}
      {pending && (
        <Confirm
          question={question}
          confirmLabel={confirmLabel}
          cancelLabel={m.cancel}
          busy={busy}
          error={error}
          onConfirm={() => void act()}
          onCancel={() => {
            setPending(null);
            setError(null);
          }}
        />
      )}
    </Page>
  );
}
