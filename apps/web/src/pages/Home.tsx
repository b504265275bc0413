import { Link, Navigate } from 'react-router';
import { fill, formatDate, useI18n } from '../i18n';
import { menuFor } from '../routing/Guard';
import { useSession } from '../session';
import { Page } from '../ui/Page';
import { Loading } from '../ui/states';

/** "/": each role's first page; visitors go to sign-in. */
export function Home() {
  const { status, user } = useSession();
  const { t, language } = useI18n();
  if (status === 'restoring') return <Loading />;
  if (!user) return <Navigate to="/log-ind" replace />;
  const first = menuFor(user.role).find((route) => route.access !== 'public');
  if (first) return <Navigate to={first.path} replace />;
  return (
    <Page title={fill(t.shell.welcome, { name: user.name })}>
      <p>{fill(t.shell.today, { date: formatDate(new Date(), language) })}</p>
    </Page>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t.notFound.title}>
      <p>{t.notFound.body}</p>
      <p>
        <Link to="/">{t.notFound.home}</Link>
      </p>
    </Page>
  );
}
