import { BrokerProblemError, createClient, type Whoami } from '@signet/client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useBroker } from '../api/use-broker.js';

/** What the signed-in visitor may do here. */
export type Access =
  | { kind: 'checking' }
  /** The broker runs without authentication: everyone may do everything. */
  | { kind: 'open' }
  | { kind: 'signed-out' }
  /** `name` is the token's name as stored (what an admin called it when creating it). */
  | { kind: 'token'; role: 'read' | 'write' | 'admin'; name: string }
  /** The broker could not be asked (unreachable, failing): nothing is disabled on a guess. */
  | { kind: 'unknown' };

const AccessContext = createContext<Access>({ kind: 'checking' });

const fromWhoami = (me: Whoami): Access =>
  me.mode === 'open' ? { kind: 'open' } : { kind: 'token', role: me.role, name: me.name };

/** Asks the broker once who this visitor is: open mode, the token's role and name, or 401 (signed out). */
async function whoami(token: string | undefined): Promise<Access> {
  try {
    return fromWhoami(await createClient({ baseUrl: window.location.origin, token }).tokens.whoami());
  } catch (error) {
    return error instanceof BrokerProblemError && error.status === 401
      ? { kind: 'signed-out' }
      : { kind: 'unknown' };
  }
}

/** Works out the visitor's access once per token, for the top bar and the admin pages. */
export function AccessProvider({ children }: { children: ReactNode }) {
  const { token } = useBroker();
  const [access, setAccess] = useState<Access>({ kind: 'checking' });
  useEffect(() => {
    let cancelled = false;
    setAccess({ kind: 'checking' });
    void whoami(token).then((found) => !cancelled && setAccess(found));
    return () => {
      cancelled = true;
    };
  }, [token]);
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

export const useAccess = () => useContext(AccessContext);

/** False only when the broker is known to refuse admin requests from this visitor. */
export function mayAdminister(access: Access): boolean {
  return !(access.kind === 'token' && access.role !== 'admin') && access.kind !== 'signed-out';
}
