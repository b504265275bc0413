import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

// The API lets every staff role read the network and network coordinators and leads change it; the pages show the
// changing buttons and forms to those two only.
export const codeOfCareRoutes: AppRoute[] = [
  {
    path: '/code-of-care',
    access: STAFF_ROLES,
    page: lazy(() => import('./NetworkPage')),
    nav: { da: 'Code of Care', en: 'Code of Care', order: 72 },
  },
  { path: '/code-of-care/medlemmer/:id', access: STAFF_ROLES, page: lazy(() => import('./MemberPage')) },
];

export const memberPath = (id: string) => `/code-of-care/medlemmer/${encodeURIComponent(id)}`;
