import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/errors';
import { I18nProvider } from './i18n';
import { Home, NotFound } from './pages/Home';
import { Shell } from './pages/Shell';
import { SignIn } from './pages/SignIn';
import { Guard } from './routing/Guard';
import { ROUTES } from './routing/routes';
import { SessionProvider } from './session';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a lost connection or a 503 may.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      staleTime: 10_000,
    },
  },
});

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<Shell />}>
                <Route index element={<Home />} />
                <Route path="/log-ind" element={<SignIn />} />
                {ROUTES.map((route) => (
                  <Route key={route.path} path={route.path} element={<Guard route={route} />} />
                ))}
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
