import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../api/client';

export const STAFF_ROLES = ['consultant', 'network-coordinator', 'lead', 'admin'] as const satisfies readonly Role[];

/**
 * One page of the web app. Each feature lists its pages in its own `routes.ts`, and `routing/routes.ts` gathers
 * them. The page is lazy, so its code loads only when someone opens it and the first page stays small.
 */
export interface AppRoute {
  /** The URL, in Danish as the users read it (react-router syntax: "/virksomheder/:id"). */
  path: string;
  /** Who may open it: 'public' needs no sign-in. The API guards the data either way; this keeps people out of pages
   * that would only show them refusals. */
  access: 'public' | readonly Role[];
  page: LazyExoticComponent<ComponentType>;
  /** In the main menu, for those who may open it, in this order. */
  nav?: { da: string; en: string; order: number };
}
