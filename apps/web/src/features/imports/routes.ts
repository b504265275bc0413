import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';

/** As the API allows the imports: staff who register candidates and companies, and admins. */
export const importsRoutes: AppRoute[] = [
  {
    path: '/import',
    access: ['consultant', 'lead', 'admin'],
    page: lazy(() => import('./ImportPage')),
    nav: { da: 'Import', en: 'Import', order: 90 },
  },
];
