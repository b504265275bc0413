import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

export const dutyDeskRoutes: AppRoute[] = [
  {
    path: '/vagtskema',
    access: STAFF_ROLES,
    page: lazy(() => import('./QueuePage')),
    nav: { da: 'Vagtskema', en: 'Duty desk', order: 10 },
  },
];
