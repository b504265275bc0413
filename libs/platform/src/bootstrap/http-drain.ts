import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

/** What a client is told while the process shuts down: another instance (or this one, restarted) will answer. */
const DRAINING_RETRY_AFTER_SECONDS = 2;

/**
 * Takes an HTTP server out of service without cutting anyone off. Once draining, it accepts no new connections,
 * answers requests that still arrive on kept-alive connections with 503, Retry-After and "Connection: close",
 * closes every connection as soon as it is idle, and resolves when the requests in flight have finished.
 */
@Injectable()
export class HttpDrain {
  private inFlight = 0;
  private draining = false;
  private server?: Server;
  private idle?: () => void;
  private readonly drainListeners = new Set<() => void>();

  /** The first middleware of the app: counts requests, and refuses new ones once draining. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    if (this.draining) {
      response.setHeader('Connection', 'close');
      response.setHeader('Retry-After', String(DRAINING_RETRY_AFTER_SECONDS));
      response.status(503).json({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Jobbro is restarting; send the request again',
      });
      return;
    }
    this.inFlight++;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      this.inFlight--;
      if (this.draining) {
        this.server?.closeIdleConnections();
        if (this.inFlight === 0) this.idle?.();
      }
    };
    response.on('finish', finished);
    response.on('close', finished);
    next();
  };

  /**
   * Called once draining starts, before waiting for the requests in flight: for responses that never finish on their
   * own (server-sent events), which would otherwise hold the shutdown until its timeout. Returns an unsubscribe.
   */
  onDrain(listener: () => void): () => void {
    this.drainListeners.add(listener);
    return () => this.drainListeners.delete(listener);
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /**
   * Stops taking requests and waits for those in flight, at most `timeoutMs`; connections still busy then are cut.
   * Returns how many requests were cut.
   */
  async drain(server: Server, timeoutMs: number): Promise<number> {
    this.server = server;
    this.draining = true;
    for (const listener of this.drainListeners) listener();
    server.close();
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.idle = () => (clearTimeout(timer), resolve());
      });
    }
    const cut = this.inFlight;
    if (cut > 0) server.closeAllConnections();
    return cut;
  }
}
