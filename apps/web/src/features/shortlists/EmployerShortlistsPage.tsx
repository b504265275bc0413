import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { Pagination, QueryState } from '../../ui/states';
import { employerMessages } from './messages';
import './shortlists.css';
import { employerShortlistPath } from './routes';

const PAGE_SIZE = 20;

/** "Mine kandidatlister": the lists the jobcentre sent to the employer's companies, newest first. */
export default function EmployerShortlistsPage() {
  const m = useMessages(employerMessages);
  const { language } = useI18n();
  const [params] = useSearchParams();
  const page = Number(/^[0-9]{1,6}$/.test(params.get('page') ?? '') ? params.get('page') : 1) || 1;
  const lists = useQuery({
    queryKey: ['employer', 'shortlists', 'list', page],
    queryFn: () => unwrap(api.GET('/api/v1/employer/shortlists', { params: { query: { page, pageSize: PAGE_SIZE } } })),
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
  return (
    <Page title={m.listTitle} intro={<p>{m.listIntro}</p>}>
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
                    <th scope="col">{m.sentAt}</th>
                    <th scope="col">{m.company}</th>
                    <th scope="col">{m.for}</th>
                    <th scope="col">{m.candidates}</th>
                    <th scope="col">{m.answered}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <Link to={employerShortlistPath(item.id)}>{formatDateTime(item.sentAt, language)}</Link>
                      </th>
                      <td>{item.company.name}</td>
                      <td>{item.posting ? fill(m.posting, { title: item.posting.title }) : m.request}</td>
                      <td>{item.entryCount}</td>
                      <td>{item.answeredCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pagination
                page={list.page}
                pageSize={list.pageSize}
                total={list.total}
                hrefFor={(target) => `?page=${target}`}
              />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
