import { lazy } from 'react';
import type { Role } from '../../api/client';
import { type AppRoute } from '../../routing/app-route';

/** As the API: consultants and leads see match lists (admins manage users, not people's cases). */
export const MATCHERS = ['consultant', 'lead'] as const satisfies readonly Role[];
/** The matching page: weights, partners, representation and the recorded lists; one list's detail is the lead's. */
export const MATCHING_OVERSEERS = ['lead', 'admin'] as const satisfies readonly Role[];

export const postingMatchesPath = (id: string) => `/opslag/${id}/kandidater`;
export const candidateMatchesPath = (id: string) => `/kandidater/${id}/job`;
export const matchRunPath = (id: string) => `/matchning/lister/${id}`;

export const mayMatch = (role: Role | undefined) => role !== undefined && (MATCHERS as readonly Role[]).includes(role);

export const matchingRoutes: AppRoute[] = [
  { path: '/opslag/:id/kandidater', access: MATCHERS, page: lazy(() => import('./PostingMatchesPage')) },
  { path: '/kandidater/:id/job', access: MATCHERS, page: lazy(() => import('./CandidateMatchesPage')) },
  {
    path: '/matchning',
    access: MATCHING_OVERSEERS,
    page: lazy(() => import('./MatchingPage')),
    nav: { da: 'Matchning', en: 'Matching', order: 48 },
  },
  { path: '/matchning/lister/:id', access: ['lead'], page: lazy(() => import('./MatchRunPage')) },
];
