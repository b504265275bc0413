import type { Request, Response } from 'express';
import type { IntakeChangeHub } from './intake-change-hub';

/** A comment line every so often keeps proxies and the browser from taking a quiet stream for a dead one. */
export const HEARTBEAT_MS = 20_000;
/** How long a client waits before reconnecting after the stream ended (the client may back off further). */
const RETRY_MS = 3_000;

/**
 * Serves one jobcentre's intake changes to one client as server-sent events (`event: intake`, data
 * `{"intakeId","change"}`), until the client goes away, the process shuts down, or the access token the stream was
 * opened with expires: the client then reconnects with its current token, so a signed-out user's stream ends at the
 * latest when its last token does, and is refused on reconnect.
 */
export async function serveIntakeEvents(
  hub: IntakeChangeHub,
  jobcentreId: string,
  request: Request,
  response: Response,
): Promise<void> {
  let ended = false;
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = () => {};
  const end = () => {
    if (ended) return;
    ended = true;
    timers.forEach(clearTimeout);
    timers.forEach(clearInterval);
    unsubscribe();
    response.end();
  };
  unsubscribe = await hub.subscribe(jobcentreId, {
    send: ({ intakeId, change }) => {
      if (!ended) response.write(`event: intake\ndata: ${JSON.stringify({ intakeId, change })}\n\n`);
    },
    end,
  });
  if (ended) return;
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache, no-transform');
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  response.write(`retry: ${RETRY_MS}\n: connected\n\n`);
  timers.push(setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS));
  const expiresInMs = tokenExpiryOf(request) - Date.now();
  if (Number.isFinite(expiresInMs)) timers.push(setTimeout(end, Math.min(Math.max(0, expiresInMs), 2 ** 31 - 1)));
  request.on('close', end);
  response.on('close', end);
}

/** When the Bearer token (already verified by the guard) expires, in ms since the epoch; Infinity if unknown. */
function tokenExpiryOf(request: Request): number {
  const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return Infinity;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : Infinity;
  } catch {
    return Infinity;
  }
}
