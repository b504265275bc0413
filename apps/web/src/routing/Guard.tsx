import { Suspense } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../api/client';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { Page } from '../ui/Page';
import { Loading } from '../ui/states';
import type { AppRoute } from './app-route';
import { ROUTES } from './routes';

export const mayOpen = (route: AppRoute, role: Role | undefined): boolean =>
  route.access === 'public' || (role !== undefined && route.access.includes(role));

/** The pages in the main menu for this role (or for visitors), in menu order. */
export function menuFor(role: Role | undefined): AppRoute[] {
  return ROUTES.filter((route) => route.nav && mayOpen(route, role)).sort((a, b) => a.nav!.order - b.nav!.order);
}

/** Opens a page for those it is for: visitors are asked to sign in (and come back), other roles are told so. */
export function Guard({ route }: { route: AppRoute }) {
  const { status, user } = useSession();
  const location = useLocation();
  const page = (
    <Suspense fallback={<Loading />}>
      <route.page />
    </Suspense>
  );
  if (route.access === 'public') return page;
  if (status === 'restoring') return <Loading />;
  if (!user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/log-ind?next=${next}`} replace />;
  }
  return mayOpen(route, user.role) ? page : <NotYours />;
}

function NotYours() {
  const { t } = useI18n();
  return (
    <Page title={t.notYours.title}>
      <p>{t.notYours.body}</p>
      <p>
        <Link to="/">{t.notYours.home}</Link>
      </p>
    </Page>
  );
}
