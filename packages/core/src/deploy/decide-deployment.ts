import { consumerSideReasons } from './consumer-side.js';
import type { DeploymentSnapshot } from './model.js';
import { providerSideReasons } from './provider-side.js';
import { reasonEffect, type Reason } from './reason.js';
import { verdictOf, type Verdict } from './verdict.js';

/** The deploy guard's answer: the verdict and every reason behind it, positive ones included. */
export interface DeploymentDecision {
  verdict: Verdict;
  reasons: Reason[];
}

/**
 * Decides whether `snapshot.service@snapshot.version` may be deployed to `snapshot.environment`, in both
 * directions (as consumer of its providers, as provider of its consumers). Pure: no I/O.
 *
 * `unsafe` when any reason blocks, else `unknown` when a needed result does not exist yet, else `safe`.
 *
 * @example
 * ```ts
 * const { verdict, reasons } = decideDeployment({
 *   service: 'shopping_cart', version: 'abc123', environment: 'production', versionExists: true,
 *   contracts: [{ provider: 'inventory', contractSha: 'c1', providerVersions: [] }],
 * });
 * // verdict === 'unsafe'; reasons[0].kind === 'no-provider-deployed'
 * ```
 */
export function decideDeployment(snapshot: DeploymentSnapshot): DeploymentDecision {
  const subject = { service: snapshot.service, version: snapshot.version };
  if (!snapshot.versionExists) {
    return {
      verdict: 'unsafe',
      reasons: [{ kind: 'version-not-found', subject, environment: snapshot.environment }],
    };
  }
  const reasons = [...consumerSideReasons(snapshot), ...providerSideReasons(snapshot)];
  if (reasons.length === 0) {
    return {
      verdict: 'safe',
      reasons: [{ kind: 'no-integrations', subject, environment: snapshot.environment }],
    };
  }
  return { verdict: verdictOf(reasons.map(reasonEffect)), reasons };
}
