import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';

/** The lead's page of one month's figures (`maaned`: YYYY-MM; the previous month when absent). */
export const monthlyFiguresPath = (month: string) => `/maaltal?maaned=${encodeURIComponent(month)}`;

/** The monthly figures are the lead's (admins see them too, to help); the API guards them the same way. */
export const reportsRoutes: AppRoute[] = [
  {
    path: '/maaltal',
    access: ['lead', 'admin'],
    page: lazy(() => import('./MonthlyFiguresPage')),
    nav: { da: 'Måltal', en: 'Management figures', order: 76 },
  },
];
