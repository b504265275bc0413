import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { formMessage } from '../../ui/forms';
import { messages } from './messages';

export type Delivery = Schemas['DeliverySummaryResponse'];

/** Sending a failed e-mail again: the notice to announce, the error to show, and which one is under way. */
export function useMailRetry() {
  const m = useMessages(messages);
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const retry = async (delivery: Pick<Delivery, 'id' | 'to'>) => {
    setBusyId(delivery.id);
    setNotice(null);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/notification-deliveries/{id}/retry', { params: { path: { id: delivery.id } } }));
      setNotice(fill(m.mail.retried, { to: delivery.to }));
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 409 ? m.mail.notFailed : formMessage(failure, t));
    } finally {
      setBusyId(null);
      await queryClient.invalidateQueries({ queryKey: ['notification-deliveries'] });
    }
  };
  return { retry, busyId, notice, error };
}
