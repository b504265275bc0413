import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorSummary, submitErrorsOf, type SubmitErrors } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading, Pagination } from '../../ui/states';
import { JobFacts } from './JobFacts';
import { messages } from './messages';
import './open-jobs.css';
import { POSTING_KINDS, useJobcentre, useSectors } from './public-api';

/** The filters as the URL holds them (the API's names), so a search can be linked, bookmarked and reloaded. */
const FILTERS = ['q', 'kind', 'sector', 'postcode', 'radiusKm', 'minHours', 'maxHours'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
const RADII = ['5', '10', '20', '30', '50'];
const PAGE_SIZE = 20;

function filtersOf(params: URLSearchParams): Filters {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
  return { ...filters, radiusKm: filters.radiusKm || '20' };
}

/** What the API is asked: the filled-in filters; the distance only with a postcode. */
function queryOf(filters: Filters, page: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of FILTERS) if (filters[name].trim()) query[name] = filters[name].trim();
  if (!query.postcode) delete query.radiusKm;
  if (page !== '1') query.page = page;
  return query;
}

/** "/job/:code": a jobcentre's open jobs, with filters in the URL; no sign-in. */
export default function OpenJobsPage() {
  const { code = '' } = useParams();
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const page = /^[0-9]{1,6}$/.test(params.get('page') ?? '') ? params.get('page')! : '1';
  const [draft, setDraft] = useState<Filters>(applied);
  const search = params.toString();
  // Back and forward change the URL: the form shows the filters of the list it is above.
  useEffect(() => setDraft(filtersOf(new URLSearchParams(search))), [search]);

  const jobcentre = useJobcentre(code);
  const sectors = useSectors();
  const query = queryOf(applied, page);
  const jobs = useQuery({
    queryKey: ['public', 'postings', code, query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/public/jobcentres/{code}/postings', {
          // The URL's text goes to the API as typed: it says which filter is wrong, and the form shows it there.
          params: { path: { code }, query: { ...query, pageSize: PAGE_SIZE } as never },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const errors: SubmitErrors =
    jobs.error instanceof ApiError && jobs.error.status === 400
      ? submitErrorsOf(jobs.error, t, language)
      : { fields: {}, form: null };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(queryOf(draft, '1'));
  };
  const set = (name: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: event.target.value }));
  const hrefFor = (target: number) => `?${new URLSearchParams(queryOf(applied, String(target)))}`;

  if (jobcentre.isError)
    return (
      <Page title={m.chooseTitle}>
        {jobcentre.error instanceof ApiError && jobcentre.error.status === 404 ? (
          <p role="alert">{m.unknownJobcentre}</p>
        ) : (
          <LoadFailed error={jobcentre.error} />
        )}
      </Page>
    );
  const title = jobcentre.data ? fill(m.listTitle, { jobcentre: jobcentre.data.name }) : m.chooseTitle;

  return (
    <Page title={title} intro={<p>{m.listIntro}</p>}>
      <form className="filters" role="search" aria-label={m.filters} onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={{ q: m.q, kind: m.kind, sector: m.sector, postcode: m.postcode }} />
        <TextField name="q" label={m.q} hint={m.qHint} value={draft.q} onChange={set('q')} error={errors.fields.q} />
        <SelectField
          name="kind"
          label={m.kind}
          placeholder={m.anyKind}
          options={POSTING_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
          value={draft.kind}
          onChange={set('kind')}
          error={errors.fields.kind}
        />
        <SelectField
          name="sector"
          label={m.sector}
          placeholder={m.anySector}
          options={(sectors.data?.items ?? []).map((sector) => ({
            value: sector.code,
            label: language === 'da' ? sector.labelDa : sector.labelEn,
          }))}
          value={draft.sector}
          onChange={set('sector')}
          error={errors.fields.sector}
        />
        <TextField
          name="postcode"
          label={m.postcode}
          hint={m.postcodeHint}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={4}
          size={6}
          value={draft.postcode}
          onChange={set('postcode')}
          error={errors.fields.postcode}
        />
        <SelectField
          name="radiusKm"
          label={m.radiusKm}
          options={RADII.map((km) => ({ value: km, label: fill(m.km, { km }) }))}
          value={draft.radiusKm}
          onChange={set('radiusKm')}
          error={errors.fields.radiusKm}
        />
        <TextField
          name="minHours"
          label={m.minHours}
          inputMode="numeric"
          size={4}
          value={draft.minHours}
          onChange={set('minHours')}
          error={errors.fields.minHours}
        />
        <TextField
          name="maxHours"
          label={m.maxHours}
          inputMode="numeric"
          size={4}
          value={draft.maxHours}
          onChange={set('maxHours')}
          error={errors.fields.maxHours}
        />
        <div className="field">
          <button type="submit" className="primary">
            {m.search}
          </button>{' '}
          <Link to={`/job/${code}`}>{m.clear}</Link>
        </div>
      </form>

      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        errors.form ? null : (
          <LoadFailed error={jobs.error} />
        )
      ) : (
        <section aria-labelledby="jobs-count">
          <h2 id="jobs-count" aria-live="polite">
            {jobs.data.total === 1 ? m.countOne : fill(m.count, { count: formatNumber(jobs.data.total, language) })}
          </h2>
          {jobs.data.items.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <ul className="job-list">
              {jobs.data.items.map((job) => (
                <li key={job.id} className="job-card">
                  <h3>
                    <Link to={`/job/${code}/${job.id}`}>{job.title}</Link>
                  </h3>
                  <JobFacts job={job} />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={jobs.data.page} pageSize={jobs.data.pageSize} total={jobs.data.total} hrefFor={hrefFor} />
        </section>
      )}
    </Page>
  );
}
