import { createParser } from 'eventsource-parser';

/** One intake change as the API streams it: ids and the kind of change, nothing personal. */
export interface IntakeChange {
  intakeId: string;
  change: string;
}

/** live: the stream is open; retrying: it failed and will be opened again (the page refetches every 60 s meanwhile). */
export type LiveState = 'connecting' | 'live' | 'retrying';

export interface LiveOptions {
  /** Opens the stream with the current credentials (fetch, so the Bearer header can be sent, unlike EventSource). */
  open: (signal: AbortSignal) => Promise<Response>;
  onChange: (change: IntakeChange) => void;
  /** Called on every (re)connection: whatever happened while the stream was down must be fetched again. */
  onOpen: () => void;
  onState: (state: LiveState) => void;
}

/** Waits after a failure: 1 s, 2 s, 5 s, 10 s, then 30 s; reset once a stream opened. */
export const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Follows `GET /api/v1/intakes/events` until stopped: parses the server-sent events, and when the stream ends or
 * fails (server restart, token expired, network) opens it again after a growing pause. Returns the stop function.
 */
export function followIntakeChanges(options: LiveOptions): () => void {
  const controller = new AbortController();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    options.onState(failures === 0 ? 'connecting' : 'retrying');
    try {
      const response = await options.open(controller.signal);
      if (!response.ok || !response.body) throw new Error(`The stream answered ${response.status}`);
      failures = 0;
      options.onState('live');
      options.onOpen();
      const parser = createParser({
        onEvent: (event) => {
          if (event.event !== 'intake') return;
          try {
            const data = JSON.parse(event.data) as IntakeChange;
            if (typeof data.intakeId === 'string') options.onChange(data);
          } catch {
            // A malformed event is skipped; the next refetch shows the truth anyway.
          }
        },
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      if (controller.signal.aborted) return;
      failures++;
    }
    if (controller.signal.aborted) return;
    // A stream that ended cleanly (token expiry, server shutdown) reconnects soon; failures back off.
    const delay = failures === 0 ? BACKOFF_MS[0] : BACKOFF_MS[Math.min(failures - 1, BACKOFF_MS.length - 1)];
    options.onState('retrying');
    timer = setTimeout(() => void connect(), delay);
  };

  void connect();
  return () => {
    controller.abort();
    if (timer) clearTimeout(timer);
  };
}
