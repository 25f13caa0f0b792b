import { useCallback, useEffect, useState } from 'react';
import { ApiError, get } from '../api/client.ts';
import { useSession } from './session.tsx';

export type Loadable<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly data: T };

/** GET a resource; `reload()` fetches it again. A 401 ends the session. */
export function useApi<T>(path: string | null): [Loadable<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<Loadable<T>>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  const { expire } = useSession();

  useEffect(() => {
    if (path === null) return;
    const ctrl = new AbortController();
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    get<T>(path, ctrl.signal)
      .then((data) => setState({ kind: 'ready', data }))
      .catch((error: unknown) => {
        if (ctrl.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) expire();
        setState({ kind: 'error', error });
      });
    return () => ctrl.abort();
  }, [path, tick, expire]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const replace = useCallback((data: T) => setState({ kind: 'ready', data }), []);
  return [state, reload, replace];
}
