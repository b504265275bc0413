import { lazy } from 'react';
import type { AppRoute } from '../../routing/app-route';
import { accessOf, pathOf } from './pages';

export const adminRoutes: AppRoute[] = [
  {
    path: '/administration',
    access: ['lead', 'admin'],
    page: lazy(() => import('./AdminHomePage')),
    nav: { da: 'Administration', en: 'Administration', order: 90 },
  },
  { path: pathOf('users'), access: accessOf('users'), page: lazy(() => import('./UsersPage')) },
  { path: pathOf('apiKeys'), access: accessOf('apiKeys'), page: lazy(() => import('./ApiKeysPage')) },
  { path: pathOf('roster'), access: accessOf('roster'), page: lazy(() => import('./RosterPage')) },
  { path: pathOf('policy'), access: accessOf('policy'), page: lazy(() => import('./PolicyPage')) },
  { path: pathOf('audit'), access: accessOf('audit'), page: lazy(() => import('./AuditLogPage')) },
  { path: pathOf('mail'), access: accessOf('mail'), page: lazy(() => import('./MailOutboxPage')) },
  { path: `${pathOf('mail')}/:id`, access: accessOf('mail'), page: lazy(() => import('./MailPage')) },
];
