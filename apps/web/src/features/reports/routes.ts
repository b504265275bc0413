import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';

/** The monthly figures are the lead's (admins see them too, to help); the API guards them the same way. */
export const reportsRoutes: AppRoute[] = [
  {
    path: '/maaltal',
    access: ['lead', 'admin'],
    page: lazy(() => import('./MonthlyFiguresPage')),
    nav: { da: 'Måltal', en: 'Management figures', order: 76 },
  },
];
