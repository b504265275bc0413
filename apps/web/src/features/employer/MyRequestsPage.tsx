import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { Pagination, QueryState } from '../../ui/states';
import { formatTime, type EmployerIntake } from './employer-api';
import { messages } from './messages';
import './employer.css';

const PAGE_SIZE = 20;

/** "Mine henvendelser": where each of the employer's requests stands, refreshed on focus and every 30 seconds. */
export default function MyRequestsPage() {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const [params] = useSearchParams();
  const page = Number(/^[0-9]{1,6}$/.test(params.get('page') ?? '') ? params.get('page') : 1) || 1;
  const intakes = useQuery({
    queryKey: ['employer', 'intakes', 'list', page],
    queryFn: () => unwrap(api.GET('/api/v1/employer/intakes', { params: { query: { page, pageSize: PAGE_SIZE } } })),
    refetchInterval: 30_000,
    refetchOnWindowFocus: 'always',
    // A status view: whenever it is opened, ask again (the request may have moved since it was last shown).
    staleTime: 0,
  });
  const at = (value: string) => formatDateTime(value, language);
  const where = (intake: EmployerIntake) =>
    intake.status === 'closed'
      ? intake.outcome
        ? m.outcomes[intake.outcome]
        : ''
      : intake.status === 'contacted' && intake.firstContactAt
        ? `${m.contactedAt} ${at(intake.firstContactAt)}`
        : `${m.answerBy} ${at(intake.answerBy)}`;

  return (
    <Page
      title={m.listTitle}
      intro={<p>{m.listIntro}</p>}
      actions={
        <Link className="button-link" to="/ny-henvendelse">
          {m.newRequest}
        </Link>
      }
    >
      <QueryState query={intakes}>
        {(list) =>
          list.items.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <>
              <table className="data">
                <caption>{m.listCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.receivedAt}</th>
                    <th scope="col">{m.kind}</th>
                    <th scope="col">{m.company}</th>
                    <th scope="col">{m.status}</th>
                    <th scope="col">{m.progress}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((intake) => (
                    <tr key={intake.id}>
                      <th scope="row">
                        <Link to={`/mine-henvendelser/${intake.id}`}>{at(intake.receivedAt)}</Link>
                      </th>
                      <td>{m.kinds[intake.kind]}</td>
                      <td>{intake.company.name}</td>
                      <td className={intake.status === 'awaiting-contact' ? undefined : 'status-ok'}>
                        {t.statuses[intake.status]}
                      </td>
                      <td>{where(intake)}</td>
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
              <p className="hint">
                {fill(m.updatedAt, { time: formatTime(new Date(intakes.dataUpdatedAt), language) })}
              </p>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
