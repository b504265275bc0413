import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { InboxLink } from '../features/notifications/InboxLink';
import { LanguageSwitch, useI18n } from '../i18n';
import { menuFor } from '../routing/Guard';
import { useSession } from '../session';

/** The frame every page lives in: skip link, header with who is signed in, the role's menu, and the page. */
export function Shell() {
  const { t, language } = useI18n();
  const { user, signOut, signOutEverywhere } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const menu = menuFor(user?.role);

  const end = async (how: () => Promise<void>) => {
    await how();
    await navigate('/log-ind');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link className="brand" to="/">
          {t.appName}
        </Link>
        {menu.length > 0 && (
          <nav aria-label={t.shell.mainNav}>
            <ul>
              {menu.map((route) => (
                <li key={route.path}>
                  <NavLink to={route.path}>{route.nav![language]}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="session">
          {user && (
            <div className="who">
              <span className="visually-hidden">{t.shell.signedInAs} </span>
              <span data-testid="user-name">{user.name}</span>
              {' · '}
              <span data-testid="user-role">{t.roles[user.role]}</span>
            </div>
          )}
          {user && user.role !== 'integration' && <InboxLink />}
          <LanguageSwitch />
          {user ? (
            <>
              <button type="button" onClick={() => void end(signOut)}>
                {t.shell.signOut}
              </button>
              <button type="button" className="link-button" onClick={() => void end(signOutEverywhere)}>
                {t.shell.signOutEverywhere}
              </button>
            </>
          ) : (
            location.pathname !== '/log-ind' && (
              <Link className="header-link" to="/log-ind">
                {t.signIn.title}
              </Link>
            )
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
