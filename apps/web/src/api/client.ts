import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type WhoAmI = components['schemas']['WhoAmIResponse'];
export type Role = WhoAmI['role'];
export type Intake = components['schemas']['IntakeResponse'];

/**
 * The session's tokens live in this module's memory only: never in localStorage, sessionStorage or a readable cookie,
 * so a script injected into the page cannot lift them from storage, and closing the tab ends the session here.
 */
let tokens: { accessToken: string; refreshToken: string } | null = null;

export function setTokens(next: typeof tokens): void {
  tokens = next;
}

const bearer: Middleware = {
  onRequest({ request }) {
    if (tokens) request.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
    return request;
  },
};

/** The typed API client: paths, bodies and responses come from the committed openapi.json (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);
