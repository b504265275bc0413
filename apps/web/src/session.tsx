import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, mayHaveSession, onSessionEnded, refreshAccessToken, setAccessToken, type WhoAmI } from './api/client';

export type SignInResult = { ok: true } | { ok: false; reason: 'wrong' | 'throttled' | 'failed'; retryAfter?: number };

/** 'restoring' while a reload asks the refresh cookie whether a session is still there. */
export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

interface Session {
  status: SessionStatus;
  user: WhoAmI | null;
  signIn: (email: string, password: string) => Promise<SignInResult>;
  /** Ends this browser's session. */
  signOut: () => Promise<void>;
  /** Ends every session of this user: other browsers, phones and tabs too. */
  signOutEverywhere: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function whoAmI(): Promise<WhoAmI | null> {
  const me = await api.GET('/api/v1/auth/me').catch(() => null);
  return me?.data ?? null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<WhoAmI | null>(null);
  const [status, setStatus] = useState<SessionStatus>(() => (mayHaveSession() ? 'restoring' : 'signed-out'));

  useEffect(() => {
    let current = true;
    const unsubscribe = onSessionEnded(() => {
      setUser(null);
      setStatus('signed-out');
    });
    if (!mayHaveSession()) return unsubscribe;
    // A reload forgets the access token; the refresh cookie (if the session lives) silently brings a new one.
    void (async () => {
      const restored = (await refreshAccessToken()) ? await whoAmI() : null;
      if (!current) return;
      setUser(restored);
      setStatus(restored ? 'signed-in' : 'signed-out');
    })();
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string): Promise<SignInResult> => {
    try {
      const { data, error, response } = await api.POST('/api/v1/auth/login', {
        body: { email, password, refreshTokenIn: 'cookie' },
      });
      if (!data) {
        if (response.status === 401) return { ok: false, reason: 'wrong' };
        if (response.status === 429) {
          const retryAfter = Number(response.headers.get('Retry-After') ?? '') || undefined;
          return { ok: false, reason: 'throttled', retryAfter };
        }
        return { ok: false, reason: error && response.status === 400 ? 'wrong' : 'failed' };
      }
      setAccessToken(data.accessToken, data.expiresIn);
      setUser(data.user);
      setStatus('signed-in');
      return { ok: true };
    } catch {
      return { ok: false, reason: 'failed' };
    }
  }, []);

  const end = useCallback(async (path: '/api/v1/auth/logout' | '/api/v1/auth/logout-everywhere') => {
    // The session ends on the server (which also drops the cookie); here the token is forgotten whatever the answer.
    await api.POST(path).catch(() => undefined);
    setAccessToken(null);
    setUser(null);
    setStatus('signed-out');
  }, []);
  const signOut = useCallback(() => end('/api/v1/auth/logout'), [end]);
  const signOutEverywhere = useCallback(() => end('/api/v1/auth/logout-everywhere'), [end]);

  const value = useMemo(
    () => ({ status, user, signIn, signOut, signOutEverywhere }),
    [status, user, signIn, signOut, signOutEverywhere],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
