import './matching.css';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDate, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { TextField } from '../../ui/fields';
import { ErrorSummary, submitErrorsOf, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Pagination, QueryState } from '../../ui/states';
import { addDays, fromCopenhagen, isDate, today } from '../admin/copenhagen';
import { CANDIDATE_READERS } from '../candidates/roles';
import { useStaff } from '../candidates/staff';
import { MATCH_PARTS, type MatchWeights, type Partner } from './api';
import { messages } from './messages';
import { RepresentationChart } from './RepresentationChart';
import { matchRunPath } from './routes';

/** The lead's (and admin's) page: weights, partner jobcentres, the representation report and the recorded lists. */
export default function MatchingPage() {
  const m = useMessages(messages);
  return (
    <Page title={m.adminTitle} intro={<p>{m.adminIntro}</p>}>
      <WeightsSection />
      <PartnersSection />
      <RepresentationSection />
      <RunsSection />
    </Page>
  );
}

type WeightTexts = Record<keyof MatchWeights, string>;
const textsOf = (weights: MatchWeights): WeightTexts =>
  Object.fromEntries(MATCH_PARTS.map((part) => [part, String(weights[part])])) as WeightTexts;
const wholePoints = (text: string): number | null => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text) : null);

function WeightsSection() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const current = useQuery({
    queryKey: ['matching', 'weights'],
    queryFn: () => unwrap(api.GET('/api/v1/matching/weights')),
  });
  return (
    <section aria-labelledby="weights-heading" className="panel">
      <h2 id="weights-heading">{m.weightsHeading}</h2>
      <p>{m.weightsIntro}</p>
      <QueryState query={current}>
        {(data) => (
          <>
            <p className="hint">
              {data.since
                ? fill(m.weightsVersion, { version: data.version, since: formatDateTime(data.since, language) })
                : m.weightsDefault}
            </p>
            <WeightsForm initial={data.weights} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function WeightsForm({ initial }: { initial: MatchWeights }) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [texts, setTexts] = useState<WeightTexts>(() => textsOf(initial));
  const [saved, setSaved] = useState('');
  const total = MATCH_PARTS.reduce((sum, part) => sum + (wholePoints(texts[part]) ?? 0), 0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved('');
    // Only what cannot be sent as a number is refused here; the sum and the range are the API's to judge.
    const wrong = MATCH_PARTS.filter((part) => wholePoints(texts[part]) === null);
    if (wrong.length > 0) return form.refuse(Object.fromEntries(wrong.map((part) => [part, m.wholeNumber])));
    void form.run(async () => {
      const body = Object.fromEntries(MATCH_PARTS.map((part) => [part, wholePoints(texts[part])])) as MatchWeights;
      const answer = await unwrap(api.PUT('/api/v1/matching/weights', { body }));
      queryClient.setQueryData(['matching', 'weights'], answer);
      setSaved(fill(m.weightsSaved, { version: answer.version }));
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="weights-heading">
      <ErrorSummary errors={form.errors} labels={m.parts} />
      <div className="form-grid">
        {MATCH_PARTS.map((part) => (
          <TextField
            key={part}
            name={part}
            label={m.parts[part]}
            hint={m.weightsHints[part]}
            inputMode="numeric"
            error={form.errors.fields[part]}
            value={texts[part]}
            onChange={(event) => setTexts({ ...texts, [part]: event.target.value })}
          />
        ))}
      </div>
      <p>
        <output aria-live="polite" className={total === 100 ? 'status-ok' : 'status-warning'}>
          {fill(total === 100 ? m.total : m.totalWrong, { total })}
        </output>
      </p>
      <p className="button-row">
        <button type="submit" className="primary" disabled={form.submitting}>
          {m.saveWeights}
        </button>
      </p>
      <p role="status" className={saved ? 'notice' : undefined}>
        {saved}
      </p>
    </form>
  );
}

function PartnersSection() {
  const m = useMessages(messages);
  const partners = useQuery({
    queryKey: ['matching', 'partners'],
    queryFn: () => unwrap(api.GET('/api/v1/matching/partners')),
  });
  return (
    <section aria-labelledby="partners-heading" className="panel">
      <h2 id="partners-heading">{m.partnersHeading}</h2>
      <p>{m.partnersIntro}</p>
      <QueryState query={partners}>
        {(list) => (
          <>
            {list.length === 0 ? (
              <p>{m.partnersNone}</p>
            ) : (
              <table className="data">
                <caption>{m.partnersCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.partnerName}</th>
                    <th scope="col">{m.partnerCode}</th>
                    <th scope="col">{m.partnerMutual}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((partner) => (
                    <tr key={partner.code}>
                      <th scope="row">{partner.name}</th>
                      <td>{partner.code}</td>
                      <td className={partner.mutual ? 'status-ok' : 'status-warning'}>
                        {partner.mutual ? m.mutualYes : m.mutualNo}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <PartnersForm partners={list} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function PartnersForm({ partners }: { partners: Partner[] }) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [codes, setCodes] = useState(() => partners.map((partner) => partner.code).join(', '));
  const [saved, setSaved] = useState('');
  const submit = form.handle(async () => {
    setSaved('');
    const partnerCodes = codes
      .split(/[,\s]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean);
    const answer = await unwrap(api.PUT('/api/v1/matching/partners', { body: { partnerCodes } }));
    queryClient.setQueryData(['matching', 'partners'], answer);
    setSaved(m.partnersSaved);
  });
  // The API names the code it refuses by its place (partnerCodes.1): shown next to the one field they are typed in.
  const error =
    form.errors.fields.partnerCodes ??
    Object.entries(form.errors.fields).find(([field]) => field.startsWith('partnerCodes.'))?.[1];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="partners-heading">
      <ErrorSummary
        errors={form.errors}
        labels={Object.fromEntries(Object.keys(form.errors.fields).map((field) => [field, m.partnerCodes]))}
      />
      <TextField
        name="partnerCodes"
        label={m.partnerCodes}
        hint={m.partnerCodesHint}
        error={error}
        value={codes}
        onChange={(event) => setCodes(event.target.value)}
      />
      <p className="button-row">
        <button type="submit" disabled={form.submitting}>
          {m.savePartners}
        </button>
      </p>
      <p role="status" className={saved ? 'notice' : undefined}>
        {saved}
      </p>
    </form>
  );
}

function RepresentationSection() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const [search, setSearch] = useSearchParams();
  const end = isDate(search.get('to')) ? search.get('to')! : today();
  const start = isDate(search.get('from')) ? search.get('from')! : addDays(end, -29);
  const [from, setFrom] = useState(start);
  const [to, setTo] = useState(end);
  const report = useQuery({
    queryKey: ['matching', 'representation', start, end],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/matching/representation', {
          params: {
            query: {
              from: fromCopenhagen(start).toISOString(),
              to: fromCopenhagen(addDays(end, 1)).toISOString(),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const form = useSubmit();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wrong: Record<string, string> = {};
    if (!isDate(from)) wrong.from = m.dateFormat;
    if (!isDate(to)) wrong.to = m.dateFormat;
    if (Object.keys(wrong).length > 0) return form.refuse(wrong);
    form.clear();
    const next = new URLSearchParams(search);
    next.set('from', from);
    next.set('to', to);
    setSearch(next, { replace: true });
  };
  // A period the API refuses (400 naming from or to) is said next to that field, like the form's own checks.
  const refused = report.error ? submitErrorsOf(report.error, t, language) : null;
  const fieldError = (field: 'from' | 'to') => form.errors.fields[field] ?? refused?.fields[field];
  return (
    <section aria-labelledby="representation-heading" className="panel">
      <h2 id="representation-heading">{m.representationHeading}</h2>
      <p>{m.representationIntro}</p>
      <form onSubmit={submit} noValidate className="filters" aria-label={m.showPeriod}>
        <TextField
          name="from"
          type="date"
          label={m.from}
          error={fieldError('from')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          name="to"
          type="date"
          label={m.to}
          error={fieldError('to')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <div className="field">
          <button type="submit">{m.showPeriod}</button>
        </div>
      </form>
      <ErrorSummary errors={form.errors} labels={{ from: m.from, to: m.to }} />
      {refused && !refused.fields.from && !refused.fields.to && <LoadFailed error={report.error} />}
      {report.data && (
        <>
          <p>
            {fill(m.period, {
              runs: formatNumber(report.data.runs, language),
              entries: formatNumber(report.data.top20Entries, language),
              from: formatDate(fromCopenhagen(start), language),
              to: formatDate(fromCopenhagen(end), language),
            })}
          </p>
          {report.data.runs === 0 ? (
            <p>{m.noData}</p>
          ) : (
            <>
              <h3>{m.byTargetGroup}</h3>
              <RepresentationChart rows={report.data.targetGroups} by={m.byTargetGroup} />
              <h3>{m.byAgeBand}</h3>
              <RepresentationChart rows={report.data.ageBands} by={m.byAgeBand} />
            </>
          )}
          <h3>{m.method}</h3>
          <p lang="da">{report.data.method}</p>
        </>
      )}
    </section>
  );
}

function RunsSection() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { user } = useSession();
  const [search] = useSearchParams();
  const page = Math.max(1, Number(search.get('runsPage')) || 1);
  const staff = useStaff();
  const runs = useQuery({
    queryKey: ['matching', 'runs', page],
    queryFn: () => unwrap(api.GET('/api/v1/matching/runs', { params: { query: { page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  // Admins manage users, not people's cases: the candidate pages are not theirs to open.
  const readsCandidates = CANDIDATE_READERS.some((role) => role === user?.role);
  const nameOf = (id: string | null) => (id && staff.data?.find((member) => member.id === id)?.name) || m.none;
  const hrefFor = (next: number) => {
    const params = new URLSearchParams(search);
    params.set('runsPage', String(next));
    return `/matchning?${params.toString()}`;
  };
  return (
    <section aria-labelledby="runs-heading" className="panel">
      <h2 id="runs-heading">{m.runsHeading}</h2>
      <p>{m.runsIntro}</p>
      <QueryState query={runs}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{m.runsNone}</p>
          ) : (
            <>
              <table className="data">
                <caption>{m.runsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.when}</th>
                    <th scope="col">{m.direction}</th>
                    <th scope="col">{m.purpose}</th>
                    <th scope="col">{m.subject}</th>
                    <th scope="col">{m.requestedBy}</th>
                    <th scope="col">{m.version}</th>
                    <th scope="col" className="number">
                      {m.resultCount}
                    </th>
                    <th scope="col" className="number">
                      {m.excludedCount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((run) => {
                    const when = formatDateTime(run.requestedAt, language);
                    const posting = run.direction === 'posting-candidates';
                    return (
                      <tr key={run.id}>
                        <th scope="row">
                          {user?.role === 'lead' ? (
                            <Link to={matchRunPath(run.id)} aria-label={fill(m.openRun, { when })}>
                              {when}
                            </Link>
                          ) : (
                            when
                          )}
                        </th>
                        <td>{m.directions[run.direction]}</td>
                        <td>{m.purposes[run.purpose]}</td>
                        <td>
                          {posting || readsCandidates ? (
                            <Link to={posting ? `/opslag/${run.subjectId}` : `/kandidater/${run.subjectId}`}>
                              {posting ? m.subjectPosting : m.subjectCandidate}
                            </Link>
                          ) : (
                            m.subjectCandidate
                          )}
                        </td>
                        <td>{nameOf(run.requestedById)}</td>
                        <td>{fill(m.versionValue, { version: run.weightsVersion })}</td>
                        <td className="number">{formatNumber(run.resultCount, language)}</td>
                        <td className="number">{formatNumber(run.excludedCount, language)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={hrefFor} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
