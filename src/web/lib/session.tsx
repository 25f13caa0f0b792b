import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, get, post, setCsrfToken } from '../api/client.ts';
import type { Session, User } from '../api/types.ts';

type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly user: User };

interface SessionApi {
  readonly state: SessionState;
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
  /** Called when any request answers 401: the session ended elsewhere. */
  readonly expire: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    get<Session>('/api/v1/auth/me')
      .then((s) => {
        if (!live) return;
        setCsrfToken(s.csrfToken);
        setState({ kind: 'signed-in', user: s.user });
      })
      .catch(() => {
        if (live) setState({ kind: 'signed-out' });
      });
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    setCsrfToken(null);
    const s = await post<Session>('/api/v1/auth/login', { email, password });
    setCsrfToken(s.csrfToken);
    setState({ kind: 'signed-in', user: s.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await post('/api/v1/auth/logout');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
    }
    setCsrfToken(null);
    setState({ kind: 'signed-out' });
  }, []);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setState({ kind: 'signed-out' });
  }, []);

  const api = useMemo(() => ({ state, signIn, signOut, expire }), [state, signIn, signOut, expire]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (api === null) throw new Error('useSession outside SessionProvider');
  return api;
}
