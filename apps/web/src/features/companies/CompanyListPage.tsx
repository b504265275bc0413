import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { TextField } from '../../ui/fields';
import { submitErrorsOf } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { Loading, LoadFailed, Pagination } from '../../ui/states';
import { messages } from './messages';
import './people.css';

const PAGE_SIZE = 20;

/** Companies of the jobcentre: one search box for the CVR number or the name; the search and page live in the URL. */
export default function CompanyListPage() {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('side')) || 1);
  const [text, setText] = useState(q);
  const companies = useQuery({
    queryKey: ['companies', { q, page }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/companies', { params: { query: { q: q || undefined, page, pageSize: PAGE_SIZE } } })),
  });
  const searchError = companies.isError ? submitErrorsOf(companies.error, t, language).fields.q : undefined;

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    setParams(next);
  };

  return (
    <Page
      title={m.listTitle}
      actions={
        <Link className="button-link" to="/virksomheder/ny">
          {m.create}
        </Link>
      }
    >
      <form role="search" className="filters" onSubmit={search} noValidate>
        <TextField
          name="q"
          label={m.search}
          hint={m.searchHint}
          error={searchError}
          value={text}
          onChange={(event) => setText(event.target.value)}
          type="search"
        />
        <div className="row-actions">
          <button type="submit" className="primary">
            {m.searchButton}
          </button>
          {q && (
            <Link to="/virksomheder" onClick={() => setText('')}>
              {m.clear}
            </Link>
          )}
        </div>
      </form>
      {companies.isPending ? (
        <Loading />
      ) : companies.isError ? (
        searchError ? null : (
          <LoadFailed error={companies.error} />
        )
      ) : companies.data.items.length === 0 ? (
        <p role="status">{m.empty}</p>
      ) : (
        <>
          <p role="status">{fill(m.count, { count: formatNumber(companies.data.total, language) })}</p>
          <table className="data">
            <caption>{q ? fill(m.captionSearch, { q }) : m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.cvrNumber}</th>
                <th scope="col">{m.city}</th>
                <th scope="col">{m.sector}</th>
              </tr>
            </thead>
            <tbody>
              {companies.data.items.map((company) => (
                <tr key={company.id}>
                  <th scope="row">
                    <Link to={`/virksomheder/${company.id}`}>{company.name}</Link>
                  </th>
                  <td>{company.cvrNumber}</td>
                  <td>{[company.postcode, company.city].filter(Boolean).join(' ') || m.none}</td>
                  <td>{company.sector ?? m.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={companies.data.total} />
        </>
      )}
    </Page>
  );
}
