import './matching.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { limitFrom, MAX_LIMIT, ONCE, PAGE_STEP, type PostingMatch } from './api';
import { messages } from './messages';
import { Explanation, ProposalNotice, Reasons, ScoreBar } from './parts';

/** Candidate → the best open postings, the partner jobcentres' included and marked, each explained. */
export default function CandidateMatchesPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const { language } = useI18n();
  const [search, setSearch] = useSearchParams();
  const limit = limitFrom(search.get('limit'));
  const withExcluded = search.get('includeExcluded') === 'true';
  const candidate = useQuery({
    queryKey: ['candidates', id],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
  });
  const matches = useQuery({
    queryKey: ['matches', 'candidate', id, limit, withExcluded],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{id}/matches', {
          params: { path: { id }, query: { limit, includeExcluded: withExcluded } },
        }),
      ),
    placeholderData: keepPreviousData,
    ...ONCE,
  });
  const change = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setSearch(next, { replace: true });
  };

  const title = candidate.data
    ? fill(m.candidateTitle, { name: candidate.data.name })
    : m.candidateTitle.split(' {')[0];
  const back = <Link to={`/kandidater/${id}`}>{m.backToCandidate}</Link>;
  if (matches.isPending || candidate.isPending) return <Loading />;
  if (matches.isError || candidate.isError)
    return (
      <Page title={title} actions={back}>
        <LoadFailed error={matches.error ?? candidate.error} />
      </Page>
    );
  const list = matches.data;
  return (
    <Page title={title} actions={back}>
      <ProposalNotice
        requestedAt={list.requestedAt}
        weightsVersion={list.weightsVersion}
        shortagePeriod={list.shortagePeriod}
      />
      <section aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">{fill(m.showing, { count: formatNumber(list.results.length, language) })}</h2>
        {list.results.length === 0 ? (
          <p>{m.noResults}</p>
        ) : (
          <ol className="match-list">
            {list.results.map((result) => (
              <PostingCard key={result.postingId} result={result} />
            ))}
          </ol>
        )}
        {list.results.length >= list.limit && list.limit < MAX_LIMIT && (
          <p>
            <button
              type="button"
              disabled={matches.isFetching}
              onClick={() => change('limit', String(Math.min(MAX_LIMIT, limit + PAGE_STEP)))}
            >
              {m.more}
            </button>
          </p>
        )}
      </section>
      <section aria-labelledby="excluded-heading">
        <h2 id="excluded-heading">{m.excludedHeading}</h2>
        <p>
          <button
            type="button"
            aria-expanded={withExcluded}
            onClick={() => change('includeExcluded', withExcluded ? null : 'true')}
          >
            {withExcluded ? m.hideExcluded : m.showExcluded}
          </button>
        </p>
        {withExcluded && list.excluded && (
          <>
            <p>{m.excludedIntro}</p>
            {list.excluded.length === 0 ? (
              <p>{m.excludedNone}</p>
            ) : (
              <ul className="match-list excluded-list">
                {list.excluded.map((entry) => (
                  <li key={entry.postingId} className="match-card">
                    <h3>{entry.title}</h3>
                    <p className="hint">{fill(m.wouldHaveScored, { score: formatNumber(entry.score, language) })}</p>
                    <Reasons reasons={entry.reasons} label={`${m.reasons}: ${entry.title}`} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </Page>
  );
}

function PostingCard({ result }: { result: PostingMatch }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  return (
    <li className="match-card">
      <div className="match-head">
        <span className="match-rank">{fill(m.rank, { rank: result.rank })}</span>
        <h3>{result.partner ? result.title : <Link to={`/opslag/${result.postingId}`}>{result.title}</Link>}</h3>
        <ScoreBar score={result.score} />
      </div>
      {result.partner && <p className="badge badge-info">{fill(m.partnerPosting, { name: result.jobcentre.name })}</p>}
      <dl className="facts match-facts">
        <dt>{m.postingCompany}</dt>
        <dd>{result.companyName}</dd>
        <dt>{m.postingKind}</dt>
        <dd>{m.kinds[result.kind] ?? result.kind}</dd>
        <dt>{m.occupation}</dt>
        <dd>{result.occupationLabel ?? m.none}</dd>
        <dt>{m.distance}</dt>
        <dd>
          {result.distanceKm === null
            ? m.none
            : fill(m.distanceValue, { km: formatNumber(result.distanceKm, language) })}
        </dd>
      </dl>
      <Explanation
        name={result.title}
        score={result.score}
        parts={result.parts}
        requiredSkills={result.requiredSkills}
        desiredSkills={result.desiredSkills}
      />
    </li>
  );
}
