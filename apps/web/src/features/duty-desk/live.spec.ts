import { BACKOFF_MS, followIntakeChanges, type IntakeChange, type LiveState } from './live';

const streamOf = (text: string) =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
  );

describe('following the intake stream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes on intake events, and reconnects after an end, a failure and a refusal, backing off', async () => {
    const changes: IntakeChange[] = [];
    const states: LiveState[] = [];
    let opened = 0;
    const calls: number[] = [];
    const answers: (() => Promise<Response>)[] = [
      async () =>
        streamOf(
          'retry: 3000\n: connected\n\n' +
            'event: intake\ndata: {"intakeId":"a","change":"received"}\n\n' +
            ': heartbeat\n\n' +
            'event: other\ndata: {"intakeId":"x","change":"ignored"}\n\n' +
            'event: intake\ndata: {"intakeId":"a","change":"claimed"}\n\n',
        ),
      async () => Promise.reject(new Error('network down')),
      async () => new Response('{}', { status: 503 }),
      async () => streamOf(''),
    ];
    const stop = followIntakeChanges({
      open: () => {
        calls.push(Date.now());
        return answers[calls.length - 1]();
      },
      onChange: (change) => changes.push(change),
      onOpen: () => opened++,
      onState: (state) => states.push(state),
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(changes).toEqual([
      { intakeId: 'a', change: 'received' },
      { intakeId: 'a', change: 'claimed' },
    ]);
    // Ended cleanly: back soon; then a failure and a refusal, each waiting longer.
    await jest.advanceTimersByTimeAsync(BACKOFF_MS[0]);
    expect(calls).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(BACKOFF_MS[0]);
    expect(calls).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(BACKOFF_MS[1] - 1);
    expect(calls).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(4);
    expect(opened).toBe(2);
    expect(states.slice(0, 3)).toEqual(['connecting', 'live', 'retrying']);
    stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(4);
  });
});
