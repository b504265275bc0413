import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../ui/Page';
import { Pagination, QueryState } from '../../ui/states';
import { getInbox, INBOX_KEY, markAllRead, markRead, type InboxItem } from './api';
import { messages } from './messages';
import { notificationText, subjectPath } from './notification-text';
import { INBOX_PATH, SETTINGS_PATH } from './routes';
import './notifications.css';

const PAGE_SIZE = 20;

/** The signed-in user's inbox: newest first, unread marked, each linking to what it is about. */
export default function InboxPage() {
  const m = useMessages(messages);
  const { user } = useSession();
  const employer = user?.role === 'employer';
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('side') ?? 1) || 1);
  const onlyUnread = params.get('vis') === 'ulaeste';
  const client = useQueryClient();
  const [notice, setNotice] = useState('');
  const inbox = useQuery({
    queryKey: [...INBOX_KEY, 'list', page, onlyUnread],
    queryFn: () => getInbox({ page, pageSize: PAGE_SIZE, ...(onlyUnread ? { unread: true } : {}) }),
  });
  const refresh = () => client.invalidateQueries({ queryKey: INBOX_KEY });
  const readOne = useMutation({
    mutationFn: markRead,
    onSuccess: async () => {
      setNotice(m.markedOne);
      await refresh();
    },
  });
  const readAll = useMutation({
    mutationFn: markAllRead,
    onSuccess: async () => {
      setNotice(m.markedAll);
      await refresh();
    },
  });
  const href = (next: { page?: number; unread?: boolean }) => {
    const query = new URLSearchParams();
    if (next.unread ?? onlyUnread) query.set('vis', 'ulaeste');
    if ((next.page ?? 1) > 1) query.set('side', String(next.page));
    const search = query.toString();
    return search ? `${INBOX_PATH}?${search}` : INBOX_PATH;
  };

  return (
    <Page
      title={m.title}
      intro={<p>{m.intro}</p>}
      actions={
        <>
          <button type="button" onClick={() => readAll.mutate()} disabled={readAll.isPending}>
            {m.markAllRead}
          </button>
          <Link to={SETTINGS_PATH}>{m.settingsLink}</Link>
        </>
      }
    >
      <nav aria-label={m.filterLabel} className="inbox-filter">
        <ul>
          <li>
            <Link to={href({ unread: false, page: 1 })} aria-current={!onlyUnread ? 'page' : undefined}>
              {m.showAll}
            </Link>
          </li>
          <li>
            <Link to={href({ unread: true, page: 1 })} aria-current={onlyUnread ? 'page' : undefined}>
              {m.showUnread}
            </Link>
          </li>
        </ul>
      </nav>
      <p role="status" aria-live="polite" className={notice ? 'inbox-notice' : undefined}>
        {notice}
      </p>
      <QueryState query={inbox}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{onlyUnread ? m.noneUnread : m.none}</p>
          ) : (
            <>
              <ul className="inbox" data-testid="inbox">
                {data.items.map((item) => (
                  <InboxEntry
                    key={item.id}
                    item={item}
                    employer={employer}
                    onRead={() => readOne.mutate(item.id)}
                    busy={readOne.isPending}
                  />
                ))}
              </ul>
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                hrefFor={(next) => href({ page: next })}
              />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

function InboxEntry({
  item,
  employer: asEmployer,
  onRead,
  busy,
}: {
  item: InboxItem;
  employer: boolean;
  onRead: () => void;
  busy: boolean;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { title, line } = notificationText(item, m, language);
  const to = subjectPath(item, asEmployer);
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'inbox-item unread' : 'inbox-item'}>
      <h2 className="inbox-title">
        {unread && <span className="inbox-unread-tag">{m.unread}: </span>}
        {to ? (
          <Link to={to} onClick={() => unread && onRead()}>
            {title}
          </Link>
        ) : (
          title
        )}
      </h2>
      <p>{line}</p>
      <p className="inbox-meta">{fill(m.received, { at: formatDateTime(item.createdAt, language) })}</p>
      {unread && (
        <button
          type="button"
          className="link-button"
          onClick={onRead}
          disabled={busy}
          aria-label={fill(m.markReadOf, { title })}
        >
          {m.markRead}
        </button>
      )}
    </li>
  );
}
