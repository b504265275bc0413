import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { messages } from './messages';

/** The duty desk's open intakes, most urgent deadline first (the API's order). */
export default function QueuePage() {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const intakes = useQuery({
    queryKey: ['intakes', 'open'],
    queryFn: () => unwrap(api.GET('/api/v1/intakes', { params: { query: { status: 'open', pageSize: 100 } } })),
  });

  return (
    <Page title={m.title}>
      <QueryState query={intakes}>
        {(load) =>
          load.items.length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <>
              <p>{fill(m.count, { count: formatNumber(load.total, language) })}</p>
              <table className="queue">
                <caption className="visually-hidden">{m.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.deadline}</th>
                    <th scope="col">{m.company}</th>
                    <th scope="col">{m.kind}</th>
                    <th scope="col">{m.status}</th>
                    <th scope="col">{m.assignee}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.items.map((intake) => (
                    <tr key={intake.id} className={intake.breached ? 'breached' : undefined}>
                      <td>
                        <time dateTime={intake.deadlineAt}>{formatDateTime(intake.deadlineAt, language)}</time>
                        {intake.breached && <strong className="badge">{m.breached}</strong>}
                      </td>
                      <th scope="row">{intake.company.name ?? m.unknownCompany}</th>
                      <td>{t.kinds[intake.kind]}</td>
                      <td>{t.statuses[intake.status]}</td>
                      <td>{intake.assignee?.name ?? m.unassigned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
