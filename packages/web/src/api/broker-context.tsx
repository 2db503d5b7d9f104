import { createClient, type SignetClient } from '@signet/client';
import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import { storedToken, storeToken } from './session.js';

export interface BrokerValue {
  client: SignetClient;
  token: string | undefined;
  /** Signs in (a token) or out (undefined); the token is kept in sessionStorage. */
  setToken: (token: string | undefined) => void;
}

export const BrokerContext = createContext<BrokerValue | undefined>(undefined);

/** The broker client for the page's own origin, rebuilt when the token changes. */
export function BrokerProvider({ children }: { children: ReactNode }) {
  const [token, setTokenState] = useState(storedToken);
  const setToken = useCallback((next: string | undefined) => {
    storeToken(next);
    setTokenState(next);
  }, []);
  const value = useMemo(
    () => ({ client: createClient({ baseUrl: window.location.origin, token }), token, setToken }),
    [token, setToken],
  );
  return <BrokerContext.Provider value={value}>{children}</BrokerContext.Provider>;
}
