import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

// GET /api/v1/shortage-sectors is open to every staff role; changes to network coordinators and leads (the page
// shows the forms to them only).
export const shortageSectorsRoutes: AppRoute[] = [
  {
    path: '/mangelomraader',
    access: STAFF_ROLES,
    page: lazy(() => import('./ShortageSectorsPage')),
    nav: { da: 'Mangelområder', en: 'Shortage sectors', order: 70 },
  },
];
