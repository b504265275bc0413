import './matching.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { useStaff } from '../candidates/staff';
import { MATCH_PARTS } from './api';
import { messages } from './messages';

/** One recorded match list, for the lead: who saw it when, the inputs and weights it was ranked on, the ranking. */
export default function MatchRunPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const { language } = useI18n();
  const staff = useStaff();
  const run = useQuery({
    queryKey: ['matching', 'run', id],
    queryFn: () => unwrap(api.GET('/api/v1/matching/runs/{id}', { params: { path: { id } } })),
  });
  const back = <Link to="/matchning">{m.backToMatching}</Link>;
  if (run.isPending) return <Loading />;
  if (run.isError)
    return (
      <Page title={m.runsHeading} actions={back}>
        <LoadFailed error={run.error} />
      </Page>
    );
  const data = run.data;
  const n = (value: number) => formatNumber(value, language);
  const posting = data.direction === 'posting-candidates';
  const requestedBy = staff.data?.find((member) => member.id === data.requestedById)?.name ?? m.none;
  return (
    <Page title={fill(m.runTitle, { when: formatDateTime(data.requestedAt, language) })} actions={back}>
      <section aria-labelledby="run-facts">
        <h2 id="run-facts">{m.runFacts}</h2>
        <dl className="facts">
          <dt>{m.direction}</dt>
          <dd>{m.directions[data.direction]}</dd>
          <dt>{m.purpose}</dt>
          <dd>{m.purposes[data.purpose]}</dd>
          <dt>{m.subject}</dt>
          <dd>
            <Link to={posting ? `/opslag/${data.subjectId}` : `/kandidater/${data.subjectId}`}>
              {posting ? m.subjectPosting : m.subjectCandidate}
            </Link>
          </dd>
          <dt>{m.requestedBy}</dt>
          <dd>{requestedBy}</dd>
          <dt>{m.version}</dt>
          <dd>{fill(m.versionValue, { version: data.weightsVersion })}</dd>
          <dt>{m.resultCount}</dt>
          <dd>{n(data.resultCount)}</dd>
          <dt>{m.eligibleCount}</dt>
          <dd>{n(data.eligibleCount)}</dd>
          <dt>{m.excludedCount}</dt>
          <dd>{n(data.excludedCount)}</dd>
        </dl>
      </section>
      <section aria-labelledby="run-weights">
        <h2 id="run-weights">{m.weightsUsed}</h2>
        {data.weights ? (
          <table className="data">
            <caption>{m.weightsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.part}</th>
                <th scope="col" className="number">
                  {m.points}
                </th>
              </tr>
            </thead>
            <tbody>
              {MATCH_PARTS.map((part) => (
                <tr key={part}>
                  <th scope="row">{m.parts[part]}</th>
                  <td className="number">{n(data.weights![part])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{m.weightsUnknown}</p>
        )}
      </section>
      <section aria-labelledby="run-inputs">
        <h2 id="run-inputs">{m.inputs}</h2>
        <dl className="facts run-inputs">
          {Object.entries(data.inputs).map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                {value !== null && typeof value === 'object' ? (
                  <pre>{JSON.stringify(value, null, 2)}</pre>
                ) : (
                  String(value)
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="run-ranking">
        <h2 id="run-ranking">{m.ranking}</h2>
        <table className="data">
          <caption>{m.rankingCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.position}</th>
              <th scope="col">{m.result}</th>
              <th scope="col" className="number">
                {m.score}
              </th>
              {posting && <th scope="col">{m.targetGroup}</th>}
              {posting && <th scope="col">{m.ageBand}</th>}
            </tr>
          </thead>
          <tbody>
            {data.results.map((result) => (
              <tr key={result.id}>
                <td>{result.rank}</td>
                <th scope="row">
                  <Link to={posting ? `/kandidater/${result.id}` : `/opslag/${result.id}`}>
                    {`${posting ? m.subjectCandidate : m.subjectPosting} ${result.id.slice(0, 8)}`}
                  </Link>
                </th>
                <td className="number">{n(result.score)}</td>
                {posting && <td>{result.targetGroup ?? m.none}</td>}
                {posting && <td>{result.ageBand ?? m.none}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Page>
  );
}
