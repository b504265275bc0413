import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { useMailRetry } from './mail-retry';
import { messages } from './messages';
import { AdminNav, Notice } from './parts';
import { pathOf } from './pages';

/** Admins: one notification e-mail as it was (or will be) sent, its text and HTML source; a failed one sent again. */
export default function MailPage() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { id = '' } = useParams();
  const delivery = useQuery({
    queryKey: ['notification-deliveries', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/notification-deliveries/{id}', { params: { path: { id } } })),
  });
  const { retry, busyId, notice, error } = useMailRetry();
  const title = delivery.data ? fill(m.mail.title, { to: delivery.data.to }) : m.pages.mail;

  return (
    <Page title={title}>
      <AdminNav />
      <p>
        <Link to={pathOf('mail')}>{m.mail.back}</Link>
      </p>
      <Notice text={notice} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <QueryState query={delivery}>
        {(mail) => (
          <>
            <dl className="facts">
              <dt>{m.mail.subject}</dt>
              <dd>{mail.subject ?? m.mail.noSubject}</dd>
              <dt>{m.mail.to}</dt>
              <dd>{mail.to}</dd>
              <dt>{m.mail.status}</dt>
              <dd>{m.mail.statuses[mail.status]}</dd>
              <dt>{m.mail.attempts}</dt>
              <dd>{formatNumber(mail.attempts, language)}</dd>
              <dt>{m.mail.created}</dt>
              <dd>{formatDateTime(mail.createdAt, language)}</dd>
              {mail.sentAt && (
                <>
                  <dt>{m.mail.sentAt}</dt>
                  <dd>{formatDateTime(mail.sentAt, language)}</dd>
                </>
              )}
              {mail.status === 'pending' && (
                <>
                  <dt>{m.mail.nextAttempt}</dt>
                  <dd>{formatDateTime(mail.nextAttemptAt, language)}</dd>
                </>
              )}
              {mail.transport && (
                <>
                  <dt>{m.mail.transport}</dt>
                  <dd>{m.mail.transports[mail.transport]}</dd>
                </>
              )}
              {mail.lastError && (
                <>
                  <dt>{m.mail.lastError}</dt>
                  <dd>{mail.lastError}</dd>
                </>
              )}
              <dt>{m.mail.messageId}</dt>
              <dd>
                <code>{mail.messageId}</code>
              </dd>
            </dl>
            {mail.status === 'failed' && (
              <p>
                <button
                  type="button"
                  className="primary"
                  onClick={() => void retry(mail)}
                  disabled={busyId === mail.id}
                >
                  {busyId === mail.id ? m.mail.retrying : m.mail.retry}
                </button>
              </p>
            )}
            {mail.text && (
              <section aria-labelledby="mail-text">
                <h2 id="mail-text">{m.mail.text}</h2>
                <pre className="mail-body">{mail.text}</pre>
              </section>
            )}
            {mail.html && (
              <details>
                <summary>{m.mail.html}</summary>
                <pre className="mail-body">{mail.html}</pre>
              </details>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
