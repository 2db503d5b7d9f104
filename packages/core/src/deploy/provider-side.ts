import { judgePair } from './judge-pair.js';
import type { DeploymentSnapshot, ProviderSide, VersionRef } from './model.js';
import type { Reason } from './reason.js';

/**
 * As a provider: the version must be verified against its spec, and every consumer version running in the
 * environment must be compatible with that spec (or have its contract verified by this version).
 */
export function providerSideReasons(snapshot: DeploymentSnapshot): Reason[] {
  const side = snapshot.provider;
  if (side === undefined) return [];
  const provider = { service: snapshot.service, version: snapshot.version };
  const reasons: Reason[] = verificationReasons(provider, side);
  const specSha = side.verification.status === 'succeeded' ? side.verification.specSha : undefined;
  for (const consumer of side.consumers) {
    const integration = { consumer: { service: consumer.consumer, version: consumer.version }, provider };
    const evidence = {
      verifiedSpecSha: specSha,
      comparison: specSha === undefined ? undefined : consumer.comparison,
      pactVerification: consumer.pactVerification,
    };
    reasons.push(...judgePair(integration, consumer.contractSha, evidence));
  }
  return reasons;
}

function verificationReasons(provider: VersionRef, side: ProviderSide): Reason[] {
  const { verification } = side;
  if (verification.status === 'succeeded') {
    return [{ kind: 'provider-verified', provider, specSha: verification.specSha }];
  }
  if (verification.status === 'failed') {
    return [{ kind: 'verification-failed', provider, specSha: verification.specSha }];
  }
  // A Pact-only provider (no spec) is vouched for by the Pact verifications of each contract instead.
  return side.specDriven ? [{ kind: 'not-verified', provider }] : [];
}
