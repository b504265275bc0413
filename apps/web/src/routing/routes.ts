import { adminRoutes } from '../features/admin/routes';
import { dutyDeskRoutes } from '../features/duty-desk/routes';
import type { AppRoute } from './app-route';

/** Every page of the web app: each feature's routes, gathered here. */
export const ROUTES: readonly AppRoute[] = [...dutyDeskRoutes, ...adminRoutes];
