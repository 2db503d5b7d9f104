import { judgePair } from './judge-pair.js';
import type { DeploymentSnapshot } from './model.js';
import type { Reason } from './reason.js';

/** As a consumer: every provider its contracts name must be compatible in every version running in the environment. */
export function consumerSideReasons(snapshot: DeploymentSnapshot): Reason[] {
  const consumer = { service: snapshot.service, version: snapshot.version };
  const reasons: Reason[] = [];
  for (const contract of snapshot.contracts) {
    if (contract.providerVersions.length === 0) {
      reasons.push({
        kind: 'no-provider-deployed',
        consumer,
        provider: contract.provider,
        environment: snapshot.environment,
      });
      continue;
    }
    for (const providerVersion of contract.providerVersions) {
      const integration = {
        consumer,
        provider: { service: contract.provider, version: providerVersion.version },
      };
      reasons.push(...judgePair(integration, contract.contractSha, providerVersion));
    }
  }
  return reasons;
}
