import type { NextFunction, Request, Response } from 'express';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Jobbro's API speaks JSON only. A request that sends a body (or names a type) must send JSON, or it is refused with
 * 415 before any parser runs: otherwise a form or text body would be silently dropped and the request treated as
 * empty. Requests without a body (a claim, a logout) need no Content-Type.
 */
export function requireJsonContentType(request: Request, response: Response, next: NextFunction): void {
  if (!METHODS_WITH_BODY.has(request.method)) return next();
  const contentType = request.headers['content-type'];
  const hasBody =
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if (contentType === undefined ? !hasBody : isJson(contentType)) return next();
  response.status(415).json({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message:
      'The request body must be JSON, sent with "Content-Type: application/json"' +
      (contentType ? `, not "${contentType.slice(0, 100)}"` : ''),
  });
}

function isJson(contentType: string): boolean {
  return contentType.split(';', 1)[0].trim().toLowerCase() === 'application/json';
}
