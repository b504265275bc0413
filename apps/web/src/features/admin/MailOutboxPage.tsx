import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading, Pagination } from '../../ui/states';
import { useMailRetry } from './mail-retry';
import { messages } from './messages';
import { AdminNav, Notice } from './parts';
import { pathOf } from './pages';

const STATUSES = ['pending', 'sent', 'failed'] as const;
type Status = (typeof STATUSES)[number];
const PAGE_SIZE = 25;

/** Admins: the jobcentre's notification e-mails (the outbox), by status; read one, send a failed one again. */
export default function MailOutboxPage() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((each) => each === params.get('status')) as Status | undefined;
  const page = Math.max(1, Number(params.get('side')) || 1);
  const query = { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) };
  const deliveries = useQuery({
    queryKey: ['notification-deliveries', query],
    queryFn: () => unwrap(api.GET('/api/v1/notification-deliveries', { params: { query } })),
  });
  const { retry, busyId, notice, error } = useMailRetry();

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('status') ?? '');
    setParams(chosen ? new URLSearchParams({ status: chosen }) : new URLSearchParams());
  };

  return (
    <Page title={m.pages.mail} intro={<p>{m.mail.intro}</p>}>
      <AdminNav />
      <Notice text={notice} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <form className="filters" onSubmit={filter} noValidate aria-label={m.common.filter} key={params.toString()}>
        <SelectField
          name="status"
          label={m.mail.status}
          defaultValue={status ?? ''}
          placeholder={m.common.all}
          options={STATUSES.map((each) => ({ value: each, label: m.mail.statuses[each] }))}
        />
        <div className="field button-row">
          <button type="submit" className="primary">
            {m.common.filter}
          </button>
        </div>
      </form>

      {deliveries.isPending ? (
        <Loading />
      ) : deliveries.isError ? (
        <LoadFailed error={deliveries.error} />
      ) : deliveries.data.items.length === 0 ? (
        <p role="status">{m.mail.empty}</p>
      ) : (
        <>
          <p role="status">{fill(m.mail.count, { count: formatNumber(deliveries.data.total, language) })}</p>
          <div className="table-scroll">
            <table className="data">
              <caption>{m.mail.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.mail.created}</th>
                  <th scope="col">{m.mail.to}</th>
                  <th scope="col">{m.mail.subject}</th>
                  <th scope="col">{m.mail.status}</th>
                  <th scope="col">{m.mail.attempts}</th>
                  <th scope="col">{m.mail.lastError}</th>
                  <th scope="col">{m.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.items.map((delivery) => (
                  <tr key={delivery.id}>
                    <th scope="row">
                      <time dateTime={String(delivery.createdAt)}>{formatDateTime(delivery.createdAt, language)}</time>
                    </th>
                    <td>{delivery.to}</td>
                    <td>{delivery.subject ?? m.mail.noSubject}</td>
                    <td>
                      {m.mail.statuses[delivery.status]}
                      <div className="hint">
                        {delivery.sentAt
                          ? formatDateTime(delivery.sentAt, language)
                          : delivery.status === 'pending'
                            ? `${m.mail.nextAttempt}: ${formatDateTime(delivery.nextAttemptAt, language)}`
                            : null}
                      </div>
                    </td>
                    <td>{formatNumber(delivery.attempts, language)}</td>
                    <td>{delivery.lastError ?? ''}</td>
                    <td>
                      <div className="button-row">
                        <Link
                          to={`${pathOf('mail')}/${delivery.id}`}
                          aria-label={fill(m.mail.readLabel, { to: delivery.to })}
                        >
                          {m.mail.read}
                        </Link>
                        {delivery.status === 'failed' && (
                          <button
                            type="button"
                            onClick={() => void retry(delivery)}
                            disabled={busyId === delivery.id}
                            aria-label={fill(m.mail.retryLabel, { to: delivery.to })}
                          >
                            {busyId === delivery.id ? m.mail.retrying : m.mail.retry}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={deliveries.data.page}
            pageSize={deliveries.data.pageSize}
            total={deliveries.data.total}
            hrefFor={(next) => {
              const copy = new URLSearchParams(params);
              copy.set('side', String(next));
              return `?${copy.toString()}`;
            }}
          />
        </>
      )}
    </Page>
  );
}
