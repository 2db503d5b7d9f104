import type { DeploymentDecision } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import { gatherSnapshot } from './gather-snapshot.js';
import { withSpecChanges, type GuardReason } from './spec-changes.js';
import { withUnverifiedHalves } from './unverified-halves.js';

export interface DeployGuardQuery {
  service: string;
  version: string;
  environment: string;
}

export interface DeployGuardAnswer extends DeploymentDecision {
  service: string;
  version: string;
  environment: string;
  /** Core's reasons; an `incompatible` one may carry the spec changes that caused it. */
  reasons: GuardReason[];
}

/**
 * Is it safe to deploy `service@version` to `environment`? A version never published is `unsafe` (with a
 * reason saying so); an unknown environment is a 404, since no answer about it can mean anything.
 */
export async function deployGuard(deps: BrokerDeps, query: DeployGuardQuery): Promise<DeployGuardAnswer> {
  const { environment, version } = await deps.store.guard.read(
    query.service,
    query.version,
    query.environment,
  );
  if (environment === undefined)
    throw new NotFoundError('environment.not-found', `no environment named "${query.environment}"`);
  const snapshot =
    version === undefined
      ? { ...query, versionExists: false, contracts: [] }
      : await gatherSnapshot(deps, query, version);
  const decision = deps.engine.decideDeployment(snapshot);
  const reasons = await withSpecChanges(deps, decision.reasons);
  return { ...query, ...decision, reasons: await withUnverifiedHalves(deps.store, reasons) };
}
