import './matching.css';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { CheckboxField, TextAreaField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { shortlistPath } from '../shortlists/routes';
import { limitFrom, MAX_LIMIT, ONCE, PAGE_STEP, type CandidateMatch, type PostingMatches } from './api';
import { messages } from './messages';
import { Explanation, ProposalNotice, Reasons, ScoreBar } from './parts';
import { addToDraft, useDraftShortlist, type Shortlist } from './shortlist';

type Excluded = NonNullable<PostingMatches['excluded']>[number];

/** Posting → its best candidates, each explained; the consultant picks some for the posting's shortlist. */
export default function PostingMatchesPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const [search, setSearch] = useSearchParams();
  const limit = limitFrom(search.get('limit'));
  const forEmployer = search.get('purpose') === 'employer';
  const withExcluded = search.get('includeExcluded') === 'true';
  // The box shows its new state at once; the list follows the URL when it has been fetched.
  const [employerChecked, setEmployerChecked] = useState(forEmployer);
  const posting = useQuery({
    queryKey: ['postings', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/postings/{id}', { params: { path: { id } } })),
  });
  const matches = useQuery({
    queryKey: ['matches', 'posting', id, limit, forEmployer, withExcluded],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/postings/{id}/matches', {
          params: {
            path: { id },
            query: { limit, purpose: forEmployer ? 'employer' : 'review', includeExcluded: withExcluded },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    ...ONCE,
  });
  const draft = useDraftShortlist(id);

  const change = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next, { replace: true });
  };

  const title = posting.data ? fill(m.postingTitle, { title: posting.data.title }) : m.postingTitle.split(' {')[0];
  const back = <Link to={`/opslag/${id}`}>{m.backToPosting}</Link>;
  if (matches.isPending || posting.isPending) return <Loading />;
  if (matches.isError || posting.isError)
    return (
      <Page title={title} actions={back}>
        <LoadFailed error={matches.error ?? posting.error} />
      </Page>
    );
  const list = matches.data;
  return (
    <Page
      title={title}
      actions={back}
      intro={
        <p>{fill(m.postingIntro, { company: posting.data.company.name, kind: m.kinds[posting.data.kind] ?? '' })}</p>
      }
    >
      <ProposalNotice
        requestedAt={list.requestedAt}
        weightsVersion={list.weightsVersion}
        shortagePeriod={list.shortagePeriod}
      />
      <div className="filters">
        <CheckboxField
          name="purpose"
          label={m.employerPurpose}
          hint={m.employerPurposeHint}
          checked={employerChecked}
          onChange={(event) => {
            setEmployerChecked(event.target.checked);
            change({ purpose: event.target.checked ? 'employer' : null });
          }}
        />
      </div>
      <Ranking
        postingId={id}
        list={list}
        draft={draft.data ?? null}
        forEmployer={forEmployer}
        fetching={matches.isFetching}
        onMore={() => change({ limit: String(Math.min(MAX_LIMIT, limit + PAGE_STEP)) })}
      />
      <section aria-labelledby="excluded-heading">
        <h2 id="excluded-heading">{m.excludedHeading}</h2>
        <p>
          <button
            type="button"
            aria-expanded={withExcluded}
            onClick={() => change({ includeExcluded: withExcluded ? null : 'true' })}
          >
            {withExcluded ? m.hideExcluded : m.showExcluded}
          </button>
        </p>
        {withExcluded && list.excluded && (
          <ExcludedList postingId={id} list={list} excluded={list.excluded} draft={draft.data ?? null} />
        )}
      </section>
    </Page>
  );
}

function Ranking({
  postingId,
  list,
  draft,
  forEmployer,
  fetching,
  onMore,
}: {
  postingId: string;
  list: PostingMatches;
  draft: Shortlist | null;
  forEmployer: boolean;
  fetching: boolean;
  onMore: () => void;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const onDraft = new Set(draft?.entries.map((entry) => entry.candidate.id) ?? []);

  const toggle = (candidateId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(candidateId);
    else next.delete(candidateId);
    setChosen(next);
  };
  // A check made before sending goes through refuse, outside the submit (which clears errors when it succeeds).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const picked = list.results.filter((result) => chosen.has(result.candidateId) && !onDraft.has(result.candidateId));
    if (picked.length === 0) return form.refuse({ candidates: m.chooseFirst });
    void form.run(() => add(picked));
  };
  const add = async (picked: CandidateMatch[]) => {
    const saved = await addToDraft(
      postingId,
      draft?.id ?? null,
      picked.map((result) => ({ candidateId: result.candidateId, matchRunId: list.matchRunId, includedAnyway: false })),
    );
    await queryClient.invalidateQueries({ queryKey: ['shortlists'] });
    void navigate(shortlistPath(saved.id));
  };

  return (
    <section aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">
        {fill(m.showing, { count: formatNumber(list.results.length, language) })}
        {forEmployer ? ` · ${m.employerPurpose}` : ''}
      </h2>
      {list.results.length === 0 ? (
        <p>{m.noResults}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={form.errors} labels={{ candidates: m.addChosen }} />
          <ol className="match-list">
            {list.results.map((result) => (
              <CandidateCard
                key={result.candidateId}
                result={result}
                forEmployer={forEmployer}
                onDraft={onDraft.has(result.candidateId)}
                chosen={chosen.has(result.candidateId)}
                onChoose={(on) => toggle(result.candidateId, on)}
              />
            ))}
          </ol>
          {list.results.length >= list.limit && list.limit < MAX_LIMIT && (
            <p>
              <button type="button" onClick={onMore} disabled={fetching}>
                {m.more}
              </button>
            </p>
          )}
          <div className={`add-bar${form.errors.fields.candidates ? ' field-invalid' : ''}`}>
            {form.errors.fields.candidates && (
              <p id="field-candidates" className="field-error" tabIndex={-1}>
                {form.errors.fields.candidates.text}
              </p>
            )}
            <p className="hint">{m.addHint}</p>
            <p>
              <button type="submit" className="primary" disabled={form.submitting}>
                {m.addChosen}
              </button>{' '}
              <span aria-live="polite">{fill(m.chosenCount, { count: chosen.size })}</span>
              {draft && (
                <>
                  {' · '}
                  <Link to={shortlistPath(draft.id)}>{m.draftLink}</Link>
                </>
              )}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}

function CandidateCard({
  result,
  forEmployer,
  onDraft,
  chosen,
  onChoose,
}: {
  result: CandidateMatch;
  forEmployer: boolean;
  onDraft: boolean;
  chosen: boolean;
  onChoose: (on: boolean) => void;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const n = (value: number) => formatNumber(value, language);
  return (
    <li className="match-card">
      <div className="match-head">
        <span className="match-rank">{fill(m.rank, { rank: result.rank })}</span>
        <h3>
          <Link to={`/kandidater/${result.candidateId}`}>{result.name}</Link>
        </h3>
        <ScoreBar score={result.score} />
      </div>
      <dl className="facts match-facts">
        <dt>{m.age}</dt>
        <dd>{result.age === null ? m.none : fill(m.ageValue, { age: result.age })}</dd>
        <dt>{m.targetGroup}</dt>
        <dd>{result.targetGroup ?? m.none}</dd>
        <dt>{m.ladderStep}</dt>
        <dd>{result.ladderStep}</dd>
        <dt>{m.hours}</dt>
        <dd>{result.hoursPerWeek === null ? m.none : n(result.hoursPerWeek)}</dd>
        <dt>{m.distance}</dt>
        <dd>{result.distanceKm === null ? m.none : fill(m.distanceValue, { km: n(result.distanceKm) })}</dd>
      </dl>
      {forEmployer && (
        <p className={result.identityShared ? 'status-ok' : 'status-warning'}>
          {result.identityShared ? m.identityShared : m.identityAnonymous}
        </p>
      )}
      <Explanation
        name={result.name}
        score={result.score}
        parts={result.parts}
        requiredSkills={result.requiredSkills}
        desiredSkills={result.desiredSkills}
      />
      {onDraft ? (
        <p className="badge badge-info">{m.onDraft}</p>
      ) : (
        <CheckboxField
          name={`choose-${result.candidateId}`}
          label={fill(m.choose, { name: result.name })}
          checked={chosen}
          onChange={(event) => onChoose(event.target.checked)}
        />
      )}
    </li>
  );
}

function ExcludedList({
  postingId,
  list,
  excluded,
  draft,
}: {
  postingId: string;
  list: PostingMatches;
  excluded: Excluded[];
  draft: Shortlist | null;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const [including, setIncluding] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; shortlistId: string } | null>(null);
  const onDraft = new Set(draft?.entries.map((entry) => entry.candidate.id) ?? []);
  return (
    <>
      <p>{m.excludedIntro}</p>
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice && (
          <>
            {notice.text} <Link to={shortlistPath(notice.shortlistId)}>{m.draftLink}</Link>
          </>
        )}
      </p>
      {excluded.length === 0 ? (
        <p>{m.excludedNone}</p>
      ) : (
        <ul className="match-list excluded-list">
          {excluded.map((entry) => (
            <li key={entry.candidateId} className="match-card">
              <h3>
                <Link to={`/kandidater/${entry.candidateId}`}>{entry.name}</Link>
              </h3>
              <p className="hint">{fill(m.wouldHaveScored, { score: formatNumber(entry.score, language) })}</p>
              <Reasons reasons={entry.reasons} label={`${m.reasons}: ${entry.name}`} />
              {onDraft.has(entry.candidateId) ? (
                <p className="badge badge-info">{m.onDraft}</p>
              ) : including === entry.candidateId ? (
                <IncludeForm
                  postingId={postingId}
                  matchRunId={list.matchRunId}
                  entry={entry}
                  draftId={draft?.id ?? null}
                  onCancel={() => setIncluding(null)}
                  onIncluded={(shortlistId) => {
                    setIncluding(null);
                    setNotice({ text: fill(m.included, { name: entry.name }), shortlistId });
                  }}
                />
              ) : (
                <p>
                  <button type="button" onClick={() => setIncluding(entry.candidateId)}>
                    {fill(m.includeAnyway, { name: entry.name })}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Include a left-out candidate anyway: the note is required (here and by the API), and kept on the shortlist. */
function IncludeForm({
  postingId,
  matchRunId,
  entry,
  draftId,
  onCancel,
  onIncluded,
}: {
  postingId: string;
  matchRunId: string;
  entry: Excluded;
  draftId: string | null;
  onCancel: () => void;
  onIncluded: (shortlistId: string) => void;
}) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!note.trim()) return form.refuse({ 'entries.0.note': m.includeNoteMissing });
    void form.run(async () => {
      const saved = await addToDraft(postingId, draftId, [
        { candidateId: entry.candidateId, matchRunId, includedAnyway: true, note: note.trim() },
      ]);
      await queryClient.invalidateQueries({ queryKey: ['shortlists'] });
      onIncluded(saved.id);
    });
  };
  const label = fill(m.includeNote, { name: entry.name });
  return (
    <form onSubmit={submit} noValidate className="include-form">
      <ErrorSummary errors={form.errors} labels={{ 'entries.0.note': label }} />
      <TextAreaField
        name="entries.0.note"
        label={label}
        hint={m.includeNoteHint}
        error={form.errors.fields['entries.0.note']}
        value={note}
        maxLength={1000}
        onChange={(event) => setNote(event.target.value)}
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={form.submitting}>
          {m.includeSubmit}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
