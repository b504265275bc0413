import { useEffect, useState } from 'react';
import { api, type Intake } from '../api/client';
import { fill, formatDateTime, formatNumber, useI18n } from '../i18n';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; items: Intake[]; total: number };

/** The duty desk's open intakes, most urgent deadline first (the API's order). */
export function DutyDeskQueue() {
  const { t, language } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    api
      .GET('/api/v1/intakes', { params: { query: { status: 'open', pageSize: 100 } } })
      .then(({ data }) => {
        if (!current) return;
        setLoad(data ? { state: 'loaded', items: data.items, total: data.total } : { state: 'failed' });
      })
      .catch(() => current && setLoad({ state: 'failed' }));
    return () => {
      current = false;
    };
  }, []);

  if (load.state === 'loading') return <p role="status">{t.loading}</p>;
  if (load.state === 'failed') return <p role="alert">{t.queue.failed}</p>;
  if (load.items.length === 0) return <p>{t.queue.empty}</p>;
  return (
    <>
      <p>{fill(t.queue.count, { count: formatNumber(load.total, language) })}</p>
      <table className="queue">
        <caption className="visually-hidden">{t.queue.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.queue.deadline}</th>
            <th scope="col">{t.queue.company}</th>
            <th scope="col">{t.queue.kind}</th>
            <th scope="col">{t.queue.status}</th>
            <th scope="col">{t.queue.assignee}</th>
          </tr>
        </thead>
        <tbody>
          {load.items.map((intake) => (
            <tr key={intake.id} className={intake.breached ? 'breached' : undefined}>
              <td>
                <time dateTime={intake.deadlineAt}>{formatDateTime(intake.deadlineAt, language)}</time>
                {intake.breached && <strong className="badge">{t.queue.breached}</strong>}
              </td>
              <th scope="row">{intake.company.name ?? t.queue.unknownCompany}</th>
              <td>{t.kinds[intake.kind]}</td>
              <td>{t.statuses[intake.status]}</td>
              <td>{intake.assignee?.name ?? t.queue.unassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
