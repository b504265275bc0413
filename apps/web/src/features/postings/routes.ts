import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

const POSTING_USERS = [...STAFF_ROLES, 'employer'] as const;

export const postingsRoutes: AppRoute[] = [
  {
    path: '/opslag',
    access: POSTING_USERS,
    page: lazy(() => import('./PostingsListPage')),
    nav: { da: 'Opslag', en: 'Postings', order: 40 },
  },
  { path: '/opslag/ny', access: POSTING_USERS, page: lazy(() => import('./NewPostingPage')) },
  { path: '/opslag/:id', access: POSTING_USERS, page: lazy(() => import('./PostingPage')) },
  { path: '/opslag/:id/ret', access: POSTING_USERS, page: lazy(() => import('./EditPostingPage')) },
  { path: '/henvendelser/:id/opslag', access: ['consultant', 'lead'], page: lazy(() => import('./IntakePostingPage')) },
  {
    path: '/formidlinger',
    access: ['consultant', 'lead', 'network-coordinator'],
    page: lazy(() => import('./PlacementsPage')),
    nav: { da: 'Formidlinger', en: 'Placements', order: 45 },
  },
];
