import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';
import { CANDIDATE_EDITORS, CANDIDATE_READERS } from './roles';

export const candidatesRoutes: AppRoute[] = [
  {
    path: '/kandidater',
    access: CANDIDATE_READERS,
    page: lazy(() => import('./CandidateListPage')),
    nav: { da: 'Kandidater', en: 'Candidates', order: 40 },
  },
  { path: '/kandidater/ny', access: CANDIDATE_EDITORS, page: lazy(() => import('./CandidateFormPage')) },
  { path: '/kandidater/:id', access: CANDIDATE_READERS, page: lazy(() => import('./CandidatePage')) },
  { path: '/kandidater/:id/rediger', access: CANDIDATE_EDITORS, page: lazy(() => import('./CandidateFormPage')) },
];
