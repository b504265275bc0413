import { adminRoutes } from '../features/admin/routes';
import { candidatesRoutes } from '../features/candidates/routes';
import { codeOfCareRoutes } from '../features/code-of-care/routes';
import { companiesRoutes } from '../features/companies/routes';
import { dutyDeskRoutes } from '../features/duty-desk/routes';
import { employerRoutes } from '../features/employer/routes';
import { importsRoutes } from '../features/imports/routes';
import { matchingRoutes } from '../features/matching/routes';
import { notificationsRoutes } from '../features/notifications/routes';
import { openJobsRoutes } from '../features/open-jobs/routes';
import { postingsRoutes } from '../features/postings/routes';
import { reportsRoutes } from '../features/reports/routes';
import { shortlistsRoutes } from '../features/shortlists/routes';
import { shortageSectorsRoutes } from '../features/shortage-sectors/routes';
import type { AppRoute } from './app-route';

/** Every page of the web app: each feature's routes, gathered here. */
export const ROUTES: readonly AppRoute[] = [
  ...dutyDeskRoutes,
  ...companiesRoutes,
  ...candidatesRoutes,
  ...postingsRoutes,
  ...shortlistsRoutes,
  ...matchingRoutes,
  ...employerRoutes,
  ...openJobsRoutes,
  ...shortageSectorsRoutes,
  ...codeOfCareRoutes,
  ...reportsRoutes,
  ...importsRoutes,
  ...adminRoutes,
  ...notificationsRoutes,
];
