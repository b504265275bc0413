import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** Nest's own start-up chatter (modules loaded, every route mapped): dozens of lines a person does not need. */
const NEST_BOOTSTRAP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/**
 * Logging for every Jobbro process: JSON by default; on a terminal (LOG_FORMAT=auto) one readable line per entry,
 * written synchronously so the start-up banner comes after the logs, with Nest's start-up chatter left out unless
 * LOG_LEVEL is debug or finer.
 */
export function loggerOptions(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Params {
  const pinoHttp = {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
    // Health probes every few seconds would drown the access log.
    autoLogging: { ignore: (request: { url?: string }) => request.url === '/health' },
  };
  // Nest 12's router wants a named wildcard; the library's default '*' would warn at every start.
  const forRoutes = [{ path: '{*path}', method: RequestMethod.ALL }];
  if (config.logFormat === 'json') return { pinoHttp, forRoutes };
  const quiet = !['debug', 'trace'].includes(config.logLevel);
  // A dev dependency: only a person at a terminal, who installed everything with npm install, gets here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as (options: object) => NodeJS.WritableStream;
  return {
    forRoutes,
    pinoHttp: [
      {
        ...pinoHttp,
        // One line per request: what was asked, how it went, how long it took.
        customSuccessMessage: (request, response, ms) =>
          `${request.method} ${request.url} ${response.statusCode} ${Math.round(ms)} ms`,
        customErrorMessage: (request, response) => `${request.method} ${request.url} ${response.statusCode}`,
        serializers: { req: () => undefined, res: () => undefined },
        hooks: {
          logMethod(args, method) {
            const context = (args[0] as { context?: unknown } | undefined)?.context;
            if (quiet && typeof context === 'string' && NEST_BOOTSTRAP_CONTEXTS.has(context)) return;
            method.apply(this, args);
          },
        },
      },
      pretty({
        sync: true,
        colorize: true,
        singleLine: true,
        translateTime: 'HH:MM:ss',
        ignore: 'pid,hostname,context,responseTime',
      }),
    ],
  };
}
