import './postings.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, formatDate, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { SelectField, TextField } from '../../ui/fields';
import { submitErrorsOf } from '../../ui/forms';
import { ExportButton } from '../../ui/ExportButton';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading, Pagination } from '../../ui/states';
import { POSTING_KINDS, POSTING_STATUSES, type PostingKind } from './api';
import { messages } from './messages';
import { StatusBadge } from './StatusBadge';

/** The list's filters, as the API names them; they live in the URL so a list can be linked and reloaded. */
const FILTERS = [
  'kind',
  'status',
  'sector',
  'occupation',
  'shortageSector',
  'postcode',
  'radiusKm',
  'minHours',
  'maxHours',
  'companyId',
] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 20;

export default function PostingsListPage() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const { user } = useSession();
  const isEmployer = user?.role === 'employer';
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const applied = Object.fromEntries(FILTERS.map((filter) => [filter, params.get(filter) ?? ''])) as Record<
    Filter,
    string
  >;
  const [draft, setDraft] = useState(applied);
  const paramsKey = params.toString();
  useEffect(() => setDraft(applied), [paramsKey]);

  const query = Object.fromEntries(
    Object.entries(applied)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => [key, value]),
  );
  const postings = useQuery({
    queryKey: ['postings', 'list', query, page],
    queryFn: () =>
      unwrap(api.GET('/api/v1/postings', { params: { query: { ...query, page, pageSize: PAGE_SIZE } as never } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const sectors = useQuery({
    queryKey: ['taxonomy', 'sectors'],
    queryFn: () => unwrap(api.GET('/api/v1/taxonomy/sectors')),
    staleTime: Infinity,
  });
  const companies = useQuery({
    queryKey: ['posting-form-companies', isEmployer],
    queryFn: async () =>
      isEmployer
        ? await unwrap(api.GET('/api/v1/employer/companies'))
        : (await unwrap(api.GET('/api/v1/companies', { params: { query: { pageSize: 100 } } }))).items,
  });
  const refused = postings.isError ? submitErrorsOf(postings.error, t, language) : null;
  const fieldError = (field: Filter) => refused?.fields[field];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const filter of FILTERS) if (draft[filter].trim()) next.set(filter, draft[filter].trim());
    setParams(next);
  };
  const set = (filter: Filter) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [filter]: event.target.value }));

  return (
    <Page
      title={m.listTitle}
      intro={<p>{isEmployer ? m.employerListIntro : m.listIntro}</p>}
      actions={
        <>
          <Link className="button primary" to="/opslag/ny">
            {m.newPosting}
          </Link>
          {!isEmployer && <ExportButton path="/api/v1/postings/export.csv" query={query} fileName="postings.csv" />}
        </>
      }
    >
      <form className="filters" role="search" aria-label={m.filtersLabel} onSubmit={apply} noValidate>
        <SelectField
          name="kind"
          label={m.kind}
          placeholder={m.any}
          options={POSTING_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
          value={draft.kind}
          onChange={set('kind')}
          error={fieldError('kind')}
        />
        <SelectField
          name="status"
          label={m.status}
          placeholder={m.any}
          options={POSTING_STATUSES.map((status) => ({ value: status, label: m.statuses[status] }))}
          value={draft.status}
          onChange={set('status')}
          error={fieldError('status')}
        />
        <SelectField
          name="sector"
          label={m.sector}
          placeholder={m.any}
          options={(sectors.data?.items ?? []).map((sector) => ({
            value: sector.code,
            label: language === 'da' ? sector.labelDa : sector.labelEn,
          }))}
          value={draft.sector}
          onChange={set('sector')}
          error={fieldError('sector')}
        />
        <TextField
          name="occupation"
          label={m.occupation}
          value={draft.occupation}
          onChange={set('occupation')}
          error={fieldError('occupation')}
        />
        <SelectField
          name="shortageSector"
          label={m.shortageSector}
          placeholder={m.any}
          options={[
            { value: 'true', label: m.shortageYes },
            { value: 'false', label: m.shortageNo },
          ]}
          value={draft.shortageSector}
          onChange={set('shortageSector')}
          error={fieldError('shortageSector')}
        />
        <TextField
          name="postcode"
          label={m.postcode}
          inputMode="numeric"
          value={draft.postcode}
          onChange={set('postcode')}
          error={fieldError('postcode')}
        />
        <TextField
          name="radiusKm"
          label={m.radiusKm}
          hint={m.radiusHint}
          inputMode="numeric"
          value={draft.radiusKm}
          onChange={set('radiusKm')}
          error={fieldError('radiusKm')}
        />
        <TextField
          name="minHours"
          label={m.minHours}
          inputMode="numeric"
          value={draft.minHours}
          onChange={set('minHours')}
          error={fieldError('minHours')}
        />
        <TextField
          name="maxHours"
          label={m.maxHours}
          inputMode="numeric"
          value={draft.maxHours}
          onChange={set('maxHours')}
          error={fieldError('maxHours')}
        />
        <SelectField
          name="companyId"
          label={m.company}
          placeholder={m.any}
          options={(companies.data ?? []).map((company) => ({ value: company.id, label: company.name }))}
          value={draft.companyId}
          onChange={set('companyId')}
          error={fieldError('companyId')}
        />
        <p className="filter-actions">
          <button type="submit" className="primary">
            {m.filter}
          </button>{' '}
          <Link to="/opslag">{m.clearFilters}</Link>
        </p>
      </form>
      {postings.isPending ? (
        <Loading />
      ) : postings.isError ? (
        refused?.fields && Object.keys(refused.fields).length ? (
          <p role="alert" className="error">
            {refused.form}
          </p>
        ) : (
          <LoadFailed error={postings.error} />
        )
      ) : postings.data.items.length === 0 ? (
        <p role="status">{m.empty}</p>
      ) : (
        <>
          <p role="status">{fill(m.count, { count: formatNumber(postings.data.total, language) })}</p>
          <table className="data">
            <caption>{m.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.title}</th>
                <th scope="col">{m.kind}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.company}</th>
                <th scope="col">{m.occupation}</th>
                <th scope="col">{m.hours}</th>
                <th scope="col">{m.start}</th>
                <th scope="col">{m.positions}</th>
              </tr>
            </thead>
            <tbody>
              {postings.data.items.map((posting) => (
                <tr key={posting.id}>
                  <th scope="row">
                    <Link to={`/opslag/${posting.id}`}>{posting.title}</Link>
                  </th>
                  <td>{m.kinds[posting.kind as PostingKind]}</td>
                  <td>
                    <StatusBadge status={posting.status} />
                  </td>
                  <td>{posting.company.name}</td>
                  <td>
                    {posting.occupation?.label ?? m.none}
                    {posting.shortageSector && <span className="badge badge-info">{m.shortage}</span>}
                  </td>
                  <td>{posting.hoursPerWeek === null ? m.none : formatNumber(posting.hoursPerWeek, language)}</td>
                  <td>{posting.startDate ? formatDate(posting.startDate, language) : m.none}</td>
                  <td>
                    {fill(m.positionsValue, {
                      filled: formatNumber(posting.positionsFilled, language),
                      positions: formatNumber(posting.positions, language),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={postings.data.total} param="page" />
        </>
      )}
    </Page>
  );
}
