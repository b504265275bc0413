import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

/**
 * The web app's refresh token: in a cookie no script can read (httpOnly), sent only over HTTPS (Secure; browsers
 * treat localhost as secure), never on a request from another site (SameSite=Strict, which also stops cross-site
 * request forgery of /auth/refresh) and only to the sign-in endpoints (Path). The access token stays in memory.
 */
export const REFRESH_COOKIE = 'jobbro_refresh';
const COOKIE_PATH = '/api/v1/auth';

export function setRefreshCookie(response: Response, refreshToken: string, expiresAt: Date): void {
  response.append(
    'Set-Cookie',
    serialize(REFRESH_COOKIE, refreshToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: COOKIE_PATH,
      expires: expiresAt,
    }),
  );
}

export function clearRefreshCookie(response: Response): void {
  response.append(
    'Set-Cookie',
    serialize(REFRESH_COOKIE, '', { httpOnly: true, secure: true, sameSite: 'strict', path: COOKIE_PATH, maxAge: 0 }),
  );
}

export function refreshTokenFromCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const token = parse(header)[REFRESH_COOKIE];
  // Only what a refresh token can look like (base64url): anything else is no session, not a 500.
  return token && /^[\w-]{1,200}$/.test(token) ? token : undefined;
}
