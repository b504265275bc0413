import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, currentAccessToken, refreshAccessToken } from '../../api/client';
import { unwrap } from '../../api/errors';
import { followIntakeChanges, type IntakeChange, type LiveState } from './live';

/** While the stream is down, lists refetch this often instead. */
export const FALLBACK_REFETCH_MS = 60_000;

/** Opens the stream with the current access token (refreshed once if the API says it has expired). */
async function openStream(signal: AbortSignal): Promise<Response> {
  const attempt = async () => {
    const token = await currentAccessToken();
    if (!token) throw new Error('Signed out');
    return fetch('/api/v1/intakes/events', {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      signal,
    });
  };
  const response = await attempt();
  if (response.status === 401 && (await refreshAccessToken())) return attempt();
  return response;
}

/**
 * Follows the jobcentre's intake changes while the component is shown: every change refetches the duty desk's
 * queries (a burst of changes once), and `onChange` hears each. Returns the stream's state, for the fallback polling.
 */
export function useIntakeChanges(onChange?: (change: IntakeChange) => void): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const listener = useRef(onChange);
  listener.current = onChange;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refetch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: ['intakes'] });
        void queryClient.invalidateQueries({ queryKey: ['duty-desk-overview'] });
      }, 200);
    };
    const stop = followIntakeChanges({
      open: openStream,
      onChange: (change) => {
        listener.current?.(change);
        refetch();
      },
      // Whatever happened while the stream was down is fetched again.
      onOpen: refetch,
      onState: setState,
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [queryClient]);
  return state;
}

/** The time now, updated on every whole minute (a countdown in minutes needs no more). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        60_000 - (Date.now() % 60_000) + 50,
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/** The jobcentre's active consultants by name (for the assignee filter and handing over). */
export function useConsultants() {
  return useQuery({
    queryKey: ['staff', 'consultants'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/staff', { params: { query: { role: 'consultant', active: true, pageSize: 100 } } })),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}
