import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths the web app never answers: the API, its documentation and the health check keep them. */
const NOT_THE_WEB_APP = /^\/(api|docs|health)(\/|$|\?|-)/;

/**
 * Where `npm run build` puts the web app (apps/web, built by Vite): dist/web. Compiled, this file sits in
 * dist/libs/platform/src/bootstrap; run from source (ts-jest), in libs/platform/src/bootstrap.
 */
export function findWebAppDir(): string | null {
  const candidates = [resolve(__dirname, '../../../../web'), resolve(__dirname, '../../../../dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** The page's Content-Security-Policy: its own scripts, styles and API only; no inline code, no frames. */
const webAppCsp = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

/**
 * Serves the single-page web app from the API process: hashed assets under /assets with a year's immutable caching,
 * and index.html (never cached, so a new build is picked up at once) for any other GET a browser makes for a page
 * (Accept: text/html), so that deep links reach the app's own router. JSON clients keep getting the API's 404s.
 */
export function serveWebApp(app: INestApplication, dir: string): void {
  const index = join(dir, 'index.html');
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (NOT_THE_WEB_APP.test(request.path)) return next();
    if (!(request.headers.accept ?? '').includes('text/html')) return next();
    webAppCsp(request, response, () => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index, (error) => error && next(error));
    });
  });
}
