import { useEffect, useRef } from 'react';
import type { WhoAmI } from '../api/client';
import { fill, formatDate, LanguageSwitch, useI18n } from '../i18n';
import { useSession } from '../session';
import { DutyDeskQueue } from './DutyDeskQueue';

const STAFF = new Set(['consultant', 'network-coordinator', 'lead', 'admin']);

/** The signed-in frame every page will live in: skip link, header with who is signed in, navigation, main. */
export function Shell({ user }: { user: WhoAmI }) {
  const { t, language } = useI18n();
  const { signOut } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const staff = STAFF.has(user.role);

  useEffect(() => {
    document.title = staff ? `${t.queue.title} · ${t.appName}` : t.appName;
    heading.current?.focus();
  }, [t, staff]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <span className="brand">{t.appName}</span>
        <nav aria-label={t.shell.mainNav}>
          <ul>
            <li>
              <a href="/" aria-current="page">
                {staff ? t.queue.title : t.appName}
              </a>
            </li>
          </ul>
        </nav>
        <div className="who">
          <span className="visually-hidden">{t.shell.signedInAs} </span>
          <span data-testid="user-name">{user.name}</span>
          {' · '}
          <span data-testid="user-role">{t.roles[user.role]}</span>
        </div>
        <LanguageSwitch />
        <button type="button" onClick={() => void signOut()}>
          {t.shell.signOut}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>
          {staff ? t.queue.title : fill(t.shell.welcome, { name: user.name })}
        </h1>
        <p>{fill(t.shell.today, { date: formatDate(new Date(), language) })}</p>
        {staff && <DutyDeskQueue />}
      </main>
    </>
  );
}
