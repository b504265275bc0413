import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { HttpExceptionFilter } from '../http/http-exception.filter';
import { HttpDrain } from './http-drain';
import { buildOpenApiDocument } from './openapi';
import { findWebAppDir, serveWebApp } from './web-app';
import { requireJsonContentType } from '../http/json-content-type.middleware';
import { createValidationPipe } from '../http/validation';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '../runtime';

export const API_PREFIX = 'api/v1';

/** Everything an HTTP app needs besides its modules: one place, so tests run exactly what production runs. */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  // First: while shutting down, a request on a kept-alive connection is turned away before anything else runs.
  app.use(app.get(HttpDrain).middleware);
  app.use(helmet({ contentSecurityPolicy: false }));
  // Before Nest's body parsers, which would otherwise drop a body of any other type without a word.
  app.use(requireJsonContentType);
  const { corsOrigins } = app.get<JobbroRuntime>(JOBBRO_RUNTIME).config;
  // Browsers may call the API only from the configured origins; without any, cross-origin calls stay blocked.
  app.enableCors({
    origin: corsOrigins.length > 0 ? corsOrigins : false,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Api-Key'],
    maxAge: 600,
  });
  // The web app, when built (npm run build): the same process serves it at /, the API keeps /api/v1.
  const webAppDir = findWebAppDir();
  if (webAppDir) serveWebApp(app, webAppDir);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document);
  return app;
}
