import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';

/** The employer portal: its companies, a new request to the duty desk, and where its requests stand. */
export const employerRoutes: AppRoute[] = [
  {
    path: '/mine-virksomheder',
    access: ['employer'],
    page: lazy(() => import('./EmployerHomePage')),
    nav: { da: 'Forside', en: 'Home', order: 10 },
  },
  {
    path: '/ny-henvendelse',
    access: ['employer'],
    page: lazy(() => import('./NewRequestPage')),
    nav: { da: 'Ny henvendelse', en: 'New request', order: 20 },
  },
  {
    path: '/mine-henvendelser',
    access: ['employer'],
    page: lazy(() => import('./MyRequestsPage')),
    nav: { da: 'Mine henvendelser', en: 'My requests', order: 30 },
  },
  { path: '/mine-henvendelser/:id', access: ['employer'], page: lazy(() => import('./RequestPage')) },
];
