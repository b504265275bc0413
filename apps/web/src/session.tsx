import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, setTokens, type WhoAmI } from './api/client';

export type SignInResult = { ok: true } | { ok: false; reason: 'wrong' | 'throttled' | 'failed'; retryAfter?: number };

interface Session {
  user: WhoAmI | null;
  signIn: (email: string, password: string) => Promise<SignInResult>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<WhoAmI | null>(null);

  const signIn = useCallback(async (email: string, password: string): Promise<SignInResult> => {
    try {
      const { data, error, response } = await api.POST('/api/v1/auth/login', { body: { email, password } });
      if (!data) {
        if (response.status === 401) return { ok: false, reason: 'wrong' };
        if (response.status === 429) {
          const retryAfter = Number(response.headers.get('Retry-After') ?? '') || undefined;
          return { ok: false, reason: 'throttled', retryAfter };
        }
        return { ok: false, reason: error && response.status === 400 ? 'wrong' : 'failed' };
      }
      setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
      // Who the token says we are, as every later page will ask.
      const me = await api.GET('/api/v1/auth/me');
      if (!me.data) {
        setTokens(null);
        return { ok: false, reason: 'failed' };
      }
      setUser(me.data);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'failed' };
    }
  }, []);

  const signOut = useCallback(async () => {
    // The session ends on the server too; the tokens are forgotten here whatever the answer.
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    setTokens(null);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
