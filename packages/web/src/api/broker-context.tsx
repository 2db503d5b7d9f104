import { createClient, type SignetClient } from '@signet/client';
import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import { storedToken, storeToken } from './session.js';

export interface BrokerValue {
  client: SignetClient;
  token: string | undefined;
  /** Signs in (a token) or out (undefined); the token is kept in sessionStorage. */
  setToken: (token: string | undefined) => void;
  /** Signs in with `token` once the broker accepts it (one read); rejects with the broker's problem if not. */
  signIn: (token: string) => Promise<void>;
}

export const BrokerContext = createContext<BrokerValue | undefined>(undefined);

/** The one place the UI builds a client: for the page's own origin, with a token or none. */
const clientFor = (token: string | undefined) => createClient({ baseUrl: window.location.origin, token });

/** The broker client for the page's own origin, rebuilt when the token changes. */
export function BrokerProvider({ children }: { children: ReactNode }) {
  const [token, setTokenState] = useState(storedToken);
  const setToken = useCallback((next: string | undefined) => {
    storeToken(next);
    setTokenState(next);
  }, []);
  const signIn = useCallback(
    (next: string) =>
      clientFor(next)
        .services.list({ limit: 1 })
        .then(() => setToken(next)),
    [setToken],
  );
  const value = useMemo(
    () => ({ client: clientFor(token), token, setToken, signIn }),
    [token, setToken, signIn],
  );
  return <BrokerContext.Provider value={value}>{children}</BrokerContext.Provider>;
}
