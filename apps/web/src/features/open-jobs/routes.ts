import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';

/** The public open-jobs pages: no sign-in, and lazy, so a jobseeker's browser never loads the staff pages' code. */
export const openJobsRoutes: AppRoute[] = [
  {
    path: '/job',
    access: 'public',
    page: lazy(() => import('./JobcentresPage')),
    nav: { da: 'Ledige job', en: 'Open jobs', order: 90 },
  },
  { path: '/job/:code', access: 'public', page: lazy(() => import('./OpenJobsPage')) },
  { path: '/job/:code/:id', access: 'public', page: lazy(() => import('./JobPage')) },
];
