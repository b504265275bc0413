import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type WhoAmI = components['schemas']['WhoAmIResponse'];
export type Role = WhoAmI['role'];
export type Intake = components['schemas']['IntakeResponse'];
export type Schemas = components['schemas'];

/**
 * The access token lives in this module's memory only: never in web storage or a readable cookie, so a script
 * injected into the page cannot lift it from storage. The refresh token is in an httpOnly cookie the API sets
 * (path /api/v1/auth, SameSite=Strict) that no script can read; it brings the session back after a reload.
 */
let accessToken: { value: string; expiresAt: number } | null = null;
let refreshing: Promise<boolean> | null = null;
const sessionEndedListeners = new Set<() => void>();

/** Refresh this long before the access token expires, so a request never leaves with one about to lapse. */
const EXPIRY_MARGIN_MS = 30_000;

/**
 * Whether this browser may hold a session cookie: no secret, only a hint so a visitor's page load does not ask the
 * API to refresh a session that was never there (the cookie itself is out of a script's reach).
 */
const SESSION_HINT = 'jobbro.session';

export function mayHaveSession(): boolean {
  return localStorage.getItem(SESSION_HINT) === '1';
}

export function setAccessToken(token: string | null, expiresInSeconds = 0): void {
  accessToken = token ? { value: token, expiresAt: Date.now() + expiresInSeconds * 1000 } : null;
  if (token) localStorage.setItem(SESSION_HINT, '1');
  else localStorage.removeItem(SESSION_HINT);
}

/** Called when the session ends without the user asking (refresh refused: expired, revoked, signed out elsewhere). */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function requestNewAccessToken(): Promise<boolean> {
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response) return false; // Offline: keep what we have; the next request tries again.
  // Busy (429) or unavailable (5xx) says nothing about the session: keep it, and the next request tries again.
  if (response.status === 429 || response.status >= 500) return false;
  if (!response.ok) {
    const hadSession = accessToken !== null;
    setAccessToken(null);
    if (hadSession) sessionEndedListeners.forEach((listener) => listener());
    return false;
  }
  const tokens = (await response.json()) as { accessToken: string; expiresIn: number };
  setAccessToken(tokens.accessToken, tokens.expiresIn);
  return true;
}

/**
 * A new access token from the refresh cookie. One at a time, across the tabs of this browser too (Web Locks): the
 * cookie's token works once, and two tabs refreshing with the same one would look like a stolen token and end the
 * session for both.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= (
    navigator.locks ? navigator.locks.request('jobbro-refresh', () => requestNewAccessToken()) : requestNewAccessToken()
  ).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The access token to send now, refreshed first when it is about to expire; null when signed out. */
export async function currentAccessToken(): Promise<string | null> {
  if (accessToken && accessToken.expiresAt - Date.now() < EXPIRY_MARGIN_MS) await refreshAccessToken();
  return accessToken?.value ?? null;
}

const SIGN_IN_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh'];

/** Every API call: with the access token, and once more with a fresh one if the API says it has expired. */
async function authorisedFetch(request: Request): Promise<Response> {
  if (SIGN_IN_PATHS.some((path) => new URL(request.url).pathname === path)) return fetch(request);
  const retry = request.clone();
  const token = await currentAccessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(request);
  if (response.status !== 401 || !token || !(await refreshAccessToken()) || !accessToken) return response;
  retry.headers.set('Authorization', `Bearer ${accessToken.value}`);
  return fetch(retry);
}

/** The typed API client: paths, bodies and responses come from the committed openapi.json (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: authorisedFetch });
