import { lazy } from 'react';
import { STAFF_ROLES, type AppRoute } from '../../routing/app-route';

const SIGNED_IN = [...STAFF_ROLES, 'employer'] as const;

export const INBOX_PATH = '/beskeder';
export const SETTINGS_PATH = '/beskeder/indstillinger';

// The inbox is reached from the header's "Beskeder" link (with the unread count), not from the main menu.
export const notificationsRoutes: AppRoute[] = [
  { path: INBOX_PATH, access: SIGNED_IN, page: lazy(() => import('./InboxPage')) },
  { path: SETTINGS_PATH, access: SIGNED_IN, page: lazy(() => import('./SettingsPage')) },
];
