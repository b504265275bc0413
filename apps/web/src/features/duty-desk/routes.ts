import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

/** The duty desk: the queue, a new intake taken by phone, one intake, and the lead's overview. */
export const dutyDeskRoutes: AppRoute[] = [
  {
    path: '/vagtskema',
    access: STAFF_ROLES,
    page: lazy(() => import('./QueuePage')),
    nav: { da: 'Vagtskema', en: 'Duty desk', order: 10 },
  },
  { path: '/vagtskema/ny', access: STAFF_ROLES, page: lazy(() => import('./NewIntakePage')) },
  {
    path: '/overblik',
    access: ['lead', 'admin'],
    page: lazy(() => import('./OverviewPage')),
    nav: { da: 'Overblik', en: 'Overview', order: 11 },
  },
  { path: '/vagtskema/:id', access: STAFF_ROLES, page: lazy(() => import('./IntakePage')) },
];
