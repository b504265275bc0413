import { useMessages } from '../../i18n';
import type { PostingStatus } from './api';
import { messages } from './messages';

/** A posting's status in words (never colour alone). */
export function StatusBadge({ status }: { status: PostingStatus }) {
  const m = useMessages(messages);
  return (
    <span className={`badge ${status === 'open' ? 'status-ok' : status === 'draft' ? 'status-warning' : ''}`}>
      {m.statuses[status]}
    </span>
  );
}
