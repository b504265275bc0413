import { I18nProvider } from './i18n';
import { SignIn } from './pages/SignIn';
import { Shell } from './pages/Shell';
import { SessionProvider, useSession } from './session';

function Pages() {
  const { user } = useSession();
  return user ? <Shell user={user} /> : <SignIn />;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Pages />
      </SessionProvider>
    </I18nProvider>
  );
}
