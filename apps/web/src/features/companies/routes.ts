import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

// GET, POST and PATCH /api/v1/companies and GET /api/v1/intakes are open to every staff role.
export const companiesRoutes: AppRoute[] = [
  {
    path: '/virksomheder',
    access: STAFF_ROLES,
    page: lazy(() => import('./CompanyListPage')),
    nav: { da: 'Virksomheder', en: 'Companies', order: 30 },
  },
  { path: '/virksomheder/ny', access: STAFF_ROLES, page: lazy(() => import('./CompanyFormPage')) },
  { path: '/virksomheder/:id', access: STAFF_ROLES, page: lazy(() => import('./CompanyPage')) },
  { path: '/virksomheder/:id/rediger', access: STAFF_ROLES, page: lazy(() => import('./CompanyFormPage')) },
];
