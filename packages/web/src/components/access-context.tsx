import { BrokerProblemError, createClient, type CreateEnvironmentInput } from '@signet/client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useBroker } from '../api/use-broker.js';

/** What the signed-in visitor may do here. */
export type Access =
  | { kind: 'checking' }
  /** The broker runs without authentication: everyone may do everything. */
  | { kind: 'open' }
  | { kind: 'signed-out' }
  | { kind: 'token'; role: 'read' | 'write' | 'admin' }
  /** The broker could not be asked (unreachable, failing): nothing is disabled on a guess. */
  | { kind: 'unknown' };

const AccessContext = createContext<Access>({ kind: 'checking' });

const refused = (error: unknown, status: number) =>
  error instanceof BrokerProblemError && error.status === status;

/**
 * Finds the token's role without changing anything (the broker has no "who am I" route yet): a read without a
 * token tells whether authentication is on; listing tokens needs admin; an empty environment is a write the
 * role check lets through (then refused as invalid, 400) or refuses (403), and nothing is created either way.
 */
async function probe(token: string | undefined): Promise<Access> {
  const anonymous = createClient({ baseUrl: window.location.origin });
  try {
    await anonymous.services.list({ limit: 1 });
    return { kind: 'open' };
  } catch (error) {
    if (!refused(error, 401)) return { kind: 'unknown' };
  }
  if (token === undefined) return { kind: 'signed-out' };
  const client = createClient({ baseUrl: window.location.origin, token });
  try {
    await client.tokens.list({ limit: 1 });
    return { kind: 'token', role: 'admin' };
  } catch (error) {
    if (refused(error, 401)) return { kind: 'signed-out' };
    if (!refused(error, 403)) return { kind: 'unknown' };
  }
  try {
    await client.environments.create({} as CreateEnvironmentInput);
    return { kind: 'unknown' };
  } catch (error) {
    if (refused(error, 403)) return { kind: 'token', role: 'read' };
    return refused(error, 400) ? { kind: 'token', role: 'write' } : { kind: 'unknown' };
  }
}

/** Works out the visitor's access once per token, for the top bar and the admin pages. */
export function AccessProvider({ children }: { children: ReactNode }) {
  const { token } = useBroker();
  const [access, setAccess] = useState<Access>({ kind: 'checking' });
  useEffect(() => {
    let cancelled = false;
    setAccess({ kind: 'checking' });
    void probe(token).then((found) => !cancelled && setAccess(found));
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
