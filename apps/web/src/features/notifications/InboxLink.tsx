import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { getUnreadCount, UNREAD_KEY } from './api';
import { messages } from './messages';
import { INBOX_PATH } from './routes';
import './notifications.css';

/** How often the header asks for the unread count while the page stays open. */
const POLL_MS = 60_000;

/** The header's link to the inbox with the unread count: asked again every minute and on every navigation. */
export function InboxLink() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const location = useLocation();
  const count = useQuery({ queryKey: UNREAD_KEY, queryFn: getUnreadCount, refetchInterval: POLL_MS, staleTime: 0 });
  const { refetch } = count;
  useEffect(() => {
    void refetch();
  }, [location.pathname, refetch]);
  const unread = count.data?.unread ?? 0;
  return (
    <Link className="header-link" to={INBOX_PATH} data-testid="inbox-link">
      {m.inboxLink}
      {unread > 0 && (
        <span className="header-inbox-count" data-testid="unread-count">
          <span aria-hidden="true">{formatNumber(unread, language)}</span>
          <span className="visually-hidden">{fill(m.unreadCount, { count: formatNumber(unread, language) })}</span>
        </span>
      )}
    </Link>
  );
}
