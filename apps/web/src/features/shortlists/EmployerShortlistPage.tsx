import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { TextAreaField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { employerMessages } from './messages';
import './shortlists.css';
import { RadioGroup } from './parts';

type Entry = Schemas['EmployerShortlistEntryResponse'];

/** One list from the jobcentre: each candidate anonymised (named only with consent), with an answer form each. */
export default function EmployerShortlistPage() {
  const { id = '' } = useParams();
  const m = useMessages(employerMessages);
  const { language } = useI18n();
  const shortlist = useQuery({
    queryKey: ['employer', 'shortlists', id],
    queryFn: () => unwrap(api.GET('/api/v1/employer/shortlists/{id}', { params: { path: { id } } })),
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
  const back = <Link to="/mine-kandidatlister">{m.back}</Link>;
  if (shortlist.isPending) return <Loading />;
  if (shortlist.isError)
    return (
      <Page title={m.title} actions={back}>
        <LoadFailed error={shortlist.error} />
      </Page>
    );
  const list = shortlist.data;
  return (
    <Page
      title={m.title}
      actions={back}
      intro={
        <p>
          {list.company.name}
          {list.posting ? ` · ${fill(m.posting, { title: list.posting.title })}` : ''} · {m.sentAt}{' '}
          {formatDateTime(list.sentAt, language)}
        </p>
      }
    >
      {list.status === 'closed' && <p className="badge">{m.closedNotice}</p>}
      {list.entries.map((entry) => (
        <CandidateCard key={entry.reference} shortlistId={list.id} entry={entry} closed={list.status === 'closed'} />
      ))}
    </Page>
  );
}

function CandidateCard({ shortlistId, entry, closed }: { shortlistId: string; entry: Entry; closed: boolean }) {
  const m = useMessages(employerMessages);
  const headingId = `candidate-${entry.reference}`;
  return (
    <section className="candidate-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{fill(m.candidate, { reference: entry.reference })}</h2>
      <dl className="facts">
        {entry.identity && (
          <>
            <dt>{m.name}</dt>
            <dd>{entry.identity.name}</dd>
            {entry.identity.email && (
              <>
                <dt>{m.email}</dt>
                <dd>
                  <a href={`mailto:${entry.identity.email}`}>{entry.identity.email}</a>
                </dd>
              </>
            )}
            {entry.identity.phone && (
              <>
                <dt>{m.phone}</dt>
                <dd>{entry.identity.phone}</dd>
              </>
            )}
          </>
        )}
        <dt>{m.skills}</dt>
        <dd>
          {entry.skills.length === 0
            ? m.noSkills
            : entry.skills
                .map((skill) => `${skill.label} (${fill(m.level, { level: String(skill.level) })})`)
                .join(', ')}
        </dd>
        <dt>{m.occupations}</dt>
        <dd>{entry.desiredOccupations.length ? entry.desiredOccupations.join(', ') : m.unknown}</dd>
        <dt>{m.hours}</dt>
        <dd>{entry.hoursPerWeek ?? m.unknown}</dd>
        <dt>{m.ladder}</dt>
        <dd>{fill(m.ladderValue, { step: String(entry.ladderStep) })}</dd>
        <dt>{m.distance}</dt>
        <dd>{entry.distanceBand ? m.bands[entry.distanceBand] : m.unknown}</dd>
      </dl>
      {closed ? (
        <p>
          {entry.answer
            ? fill(m.current, { answer: entry.answer.answer === 'interested' ? m.interested : m.notInterested })
            : null}
        </p>
      ) : (
        <AnswerForm shortlistId={shortlistId} entry={entry} />
      )}
    </section>
  );
}

function AnswerForm({ shortlistId, entry }: { shortlistId: string; entry: Entry }) {
  const m = useMessages(employerMessages);
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [answer, setAnswer] = useState<string>(entry.answer?.answer ?? '');
  const [comment, setComment] = useState(entry.answer?.comment ?? '');
  const [saved, setSaved] = useState('');
  const prefix = `${entry.reference}-`;
  // Each card's fields get ids of their own (the page holds several forms); the API names them answer and comment.
  const errors = {
    ...form.errors,
    fields: Object.fromEntries(Object.entries(form.errors.fields).map(([field, text]) => [prefix + field, text])),
  };
  const save = form.handle(async () => {
    await unwrap(
      api.PUT('/api/v1/employer/shortlists/{id}/entries/{reference}/answer', {
        params: { path: { id: shortlistId, reference: entry.reference } },
        body: { answer: answer as 'interested', comment: comment.trim() ? comment : null },
      }),
    );
    setSaved(fill(m.saved, { reference: entry.reference }));
    await queryClient.invalidateQueries({ queryKey: ['employer', 'shortlists'] });
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    setSaved('');
    // Checked here first so the message is in the user's language; the API refuses it too.
    if (answer !== 'interested' && answer !== 'not-interested') {
      event.preventDefault();
      form.refuse({ answer: m.chooseAnswer });
      return;
    }
    save(event);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={fill(m.yourAnswer, { reference: entry.reference })}>
      <ErrorSummary errors={errors} labels={{ [`${prefix}answer`]: m.yourAnswer, [`${prefix}comment`]: m.comment }} />
      <RadioGroup
        id={`field-${prefix}answer`}
        name={`${prefix}answer`}
        legend={fill(m.yourAnswer, { reference: entry.reference })}
        value={answer}
        options={[
          { value: 'interested', label: m.interested },
          { value: 'not-interested', label: m.notInterested },
        ]}
        onChange={setAnswer}
        error={form.errors.fields.answer}
      />
      <TextAreaField
        name={`${prefix}comment`}
        label={m.comment}
        hint={m.commentHint}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={form.errors.fields.comment}
      />
      <button type="submit" disabled={form.submitting}>
        {m.save}
      </button>
      <p role="status" className="notice">
        {saved}
      </p>
    </form>
  );
}
