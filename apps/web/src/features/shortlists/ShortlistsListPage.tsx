import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { Pagination, QueryState } from '../../ui/states';
import { messages } from './messages';
import './shortlists.css';
import type { ShortlistStatus } from './parts';
import { shortlistPath } from './routes';

const STATUSES: ShortlistStatus[] = ['draft', 'sent', 'closed'];
const PAGE_SIZE = 20;

/** "Kandidatlister": every shortlist of the jobcentre, newest first, filtered by status in the URL. */
export default function ShortlistsListPage() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((each) => each === params.get('status'));
  const page = Number(/^[0-9]{1,6}$/.test(params.get('page') ?? '') ? params.get('page') : 1) || 1;
  const [draft, setDraft] = useState<string>(status ?? '');
  const query = { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) };
  const lists = useQuery({
    queryKey: ['shortlists', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/shortlists', { params: { query } })),
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft ? { status: draft } : {});
  };
  const at = (value: string) => formatDateTime(value, language);
  return (
    <Page title={m.listTitle} intro={<p>{m.listIntro}</p>}>
      <form className="filters" role="search" aria-label={m.filter} onSubmit={apply} noValidate>
        <SelectField
          name="status"
          label={m.status}
          placeholder={m.allStatuses}
          options={STATUSES.map((each) => ({ value: each, label: m.statuses[each] }))}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">{m.filter}</button>
      </form>
      <QueryState query={lists}>
        {(list) =>
          list.items.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <>
              <table className="data">
                <caption>{m.listCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.company}</th>
                    <th scope="col">{m.for}</th>
                    <th scope="col">{m.status}</th>
                    <th scope="col">{m.candidates}</th>
                    <th scope="col">{m.answers}</th>
                    <th scope="col">{m.createdBy}</th>
                    <th scope="col">{m.createdAt}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <Link to={shortlistPath(item.id)}>{item.company.name}</Link>
                      </th>
                      <td>{item.posting ? fill(m.posting, { title: item.posting.title }) : m.intake}</td>
                      <td className={item.status === 'draft' ? undefined : 'status-ok'}>{m.statuses[item.status]}</td>
                      <td>{item.entryCount}</td>
                      <td>
                        {fill(m.answersCount, {
                          answered: String(item.answeredCount),
                          total: String(item.entryCount),
                          interested: String(item.interestedCount),
                        })}
                      </td>
                      <td>{item.createdBy}</td>
                      <td>{at(item.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pagination
                page={list.page}
                pageSize={list.pageSize}
                total={list.total}
                hrefFor={(target) => `?${new URLSearchParams({ ...(status ? { status } : {}), page: String(target) })}`}
              />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
