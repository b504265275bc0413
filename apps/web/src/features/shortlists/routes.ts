import { lazy } from 'react';
import { type AppRoute } from '../../routing/app-route';

/** Who reads shortlists (as the API: the network coordinator reads, the others also build and send). */
export const SHORTLIST_READERS = ['consultant', 'lead', 'admin', 'network-coordinator'] as const;
export const SHORTLIST_EDITORS = ['consultant', 'lead', 'admin'] as const;

/** The staff page of one shortlist: the match pages link here after adding candidates through the API. */
export const shortlistPath = (id: string) => `/kandidatlister/${id}`;
export const employerShortlistPath = (id: string) => `/mine-kandidatlister/${id}`;

export const shortlistsRoutes: AppRoute[] = [
  {
    path: '/kandidatlister',
    access: SHORTLIST_READERS,
    page: lazy(() => import('./ShortlistsListPage')),
    nav: { da: 'Kandidatlister', en: 'Shortlists', order: 47 },
  },
  { path: '/kandidatlister/:id', access: SHORTLIST_READERS, page: lazy(() => import('./ShortlistPage')) },
  {
    path: '/mine-kandidatlister',
    access: ['employer'],
    page: lazy(() => import('./EmployerShortlistsPage')),
    nav: { da: 'Mine kandidatlister', en: 'My shortlists', order: 40 },
  },
  { path: '/mine-kandidatlister/:id', access: ['employer'], page: lazy(() => import('./EmployerShortlistPage')) },
];
