import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './test-app';

/** A server-sent events stream as a client reads it: its status, and the events as they arrive. */
export interface EventStream {
  status: number;
  contentType: string;
  /** The parsed JSON body of a refusal (any status but 200); undefined for a stream. */
  body: unknown;
  /** Every `event:`/`data:` message so far, data parsed as JSON. */
  events: { event: string; data: unknown }[];
  /** Comment lines so far (heartbeats). */
  comments: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** Resolves once `predicate` holds for the events received, or rejects after `timeoutMs`. */
  waitFor(predicate: (events: EventStream['events']) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** The test app's HTTP server listening on a loopback port (supertest then reuses it). */
export async function listeningPort(testApp: TestApp): Promise<number> {
  const server = testApp.app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * Opens a GET that may stream (supertest waits for the end of a response, which a stream never reaches): resolves
 * as soon as the headers arrive, or with the whole body when it is a refusal.
 */
export async function openEventStream(
  target: TestApp | number,
  path: string,
  headers: Record<string, string> = {},
): Promise<EventStream> {
  const port = typeof target === 'number' ? target : await listeningPort(target);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { Accept: 'text/event-stream', ...headers } });
    req.on('error', reject);
    req.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const contentType = String(response.headers['content-type'] ?? '');
      if (status !== 200) {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(refusal(status, contentType, text)));
        return;
      }
      const stream: EventStream = {
        status,
        contentType,
        body: undefined,
        events: [],
        comments: [],
        ended: new Promise((done) => {
          response.on('end', done);
          response.on('close', done);
        }),
        waitFor: (predicate, timeoutMs = 10_000) =>
          new Promise((done, fail) => {
            const started = Date.now();
            const check = () => {
              if (predicate(stream.events)) return done();
              if (Date.now() - started > timeoutMs)
                return fail(new Error(`Timed out waiting; events so far: ${JSON.stringify(stream.events)}`));
              setTimeout(check, 25);
            };
            check();
          }),
        close: () => req.destroy(),
      };
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) stream.comments.push(line.slice(1).trim());
            else if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trim());
          }
          if (data.length > 0) stream.events.push({ event, data: JSON.parse(data.join('\n')) });
        }
      });
      resolve(stream);
    });
    req.end();
  });
}

function refusal(status: number, contentType: string, text: string): EventStream {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return {
    status,
    contentType,
    body,
    events: [],
    comments: [],
    ended: Promise.resolve(),
    waitFor: () => Promise.reject(new Error(`No stream: answered ${status}`)),
    close: () => undefined,
  };
}
