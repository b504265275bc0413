import type { NextFunction, Request, Response } from 'express';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** The routes that take a CSV file instead of JSON (the imports and STAR's shortage ratings), and nothing else. */
export const CSV_BODY_ROUTE = /^\/api\/v1\/(imports\/[a-z-]+|shortage-sectors\/import)\/?(\?.*)?$/;

/**
 * Jobbro's API speaks JSON only. A request that sends a body (or names a type) must send JSON, or it is refused with
 * 415 before any parser runs: otherwise a form or text body would be silently dropped and the request treated as
 * empty. Requests without a body (a claim, a logout) need no Content-Type. The imports take CSV (text/csv) instead,
 * and only CSV.
 */
export function requireJsonContentType(request: Request, response: Response, next: NextFunction): void {
  if (!METHODS_WITH_BODY.has(request.method)) return next();
  const contentType = request.headers['content-type'];
  const hasBody =
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if (request.method === 'POST' && CSV_BODY_ROUTE.test(request.originalUrl)) {
    if (contentType !== undefined && mediaType(contentType) === 'text/csv' && isUtf8(contentType)) return next();
    // No body at all: the query is checked (400 naming a bad parameter), then the missing file (400 naming file).
    if (contentType === undefined && !hasBody) return next();
    response.status(415).json({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message:
        'The request body must be a CSV file in UTF-8, sent with "Content-Type: text/csv"' +
        (contentType ? `, not "${contentType.slice(0, 100)}"` : ''),
    });
    return;
  }
  if (contentType === undefined ? !hasBody : isJson(contentType)) return next();
  response.status(415).json({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message:
      'The request body must be JSON, sent with "Content-Type: application/json"' +
      (contentType ? `, not "${contentType.slice(0, 100)}"` : ''),
  });
}

function mediaType(contentType: string): string {
  return contentType.split(';', 1)[0].trim().toLowerCase();
}

/** No charset, or UTF-8: the CSV routes read UTF-8 only. */
function isUtf8(contentType: string): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return charset === undefined || /^utf-?8$/i.test(charset);
}

function isJson(contentType: string): boolean {
  return mediaType(contentType) === 'application/json';
}
