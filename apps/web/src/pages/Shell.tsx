import { useEffect, useRef } from 'react';
import type { WhoAmI } from '../api/client';
import { fill, formatDate, LanguageSwitch, useI18n } from '../i18n';
import { useSession } from '../session';

/** The signed-in frame every page will live in: skip link, header with who is signed in, navigation, main. */
export function Shell({ user }: { user: WhoAmI }) {
  const { t, language } = useI18n();
  const { signOut } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t.appName;
    heading.current?.focus();
  }, [t]);

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
                {t.appName}
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
          {fill(t.shell.welcome, { name: user.name })}
        </h1>
        <p>{fill(t.shell.today, { date: formatDate(new Date(), language) })}</p>
      </main>
    </>
  );
}
