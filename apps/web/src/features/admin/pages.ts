import type { Role } from '../../api/client';

export type AdminPageKey = 'users' | 'apiKeys' | 'roster' | 'policy' | 'audit' | 'mail';

/** The admin pages: their URLs and who may open them (as the API allows: leads also keep the roster and policy). */
export const ADMIN_PAGES: readonly { key: AdminPageKey; path: string; access: readonly Role[] }[] = [
  { key: 'users', path: '/administration/brugere', access: ['admin'] },
  { key: 'apiKeys', path: '/administration/api-noegler', access: ['admin'] },
  { key: 'roster', path: '/administration/vagtplan', access: ['lead', 'admin'] },
  { key: 'policy', path: '/administration/foerste-kontakt', access: ['lead', 'admin'] },
  { key: 'audit', path: '/administration/revisionslog', access: ['admin'] },
  { key: 'mail', path: '/administration/e-mails', access: ['admin'] },
];

export const pathOf = (key: AdminPageKey): string => ADMIN_PAGES.find((page) => page.key === key)!.path;
export const accessOf = (key: AdminPageKey): readonly Role[] => ADMIN_PAGES.find((page) => page.key === key)!.access;
