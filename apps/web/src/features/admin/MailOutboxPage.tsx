import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { useMailRetry } from './mail-retry';
import { messages } from './messages';
import { AdminNav, Notice, PagedTable } from './parts';
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

      <PagedTable
        query={deliveries}
        empty={m.mail.empty}
        count={m.mail.count}
        caption={m.mail.caption}
        columns={[
          m.mail.created,
          m.mail.to,
          m.mail.subject,
          m.mail.status,
          m.mail.attempts,
          m.mail.lastError,
          m.common.actions,
        ]}
        cells={(delivery) => (
          <>
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
                <Link to={`${pathOf('mail')}/${delivery.id}`} aria-label={fill(m.mail.readLabel, { to: delivery.to })}>
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
          </>
        )}
      />
    </Page>
  );
}
