import type {
  ComparisonSummary,
  DeployedConsumerVersion,
  DeployedProviderVersion,
  DeploymentSnapshot,
  OwnContract,
  ProviderSide,
  SpecVerificationState,
} from '@signet/core';
import { ensureComparison, type ParsedCache } from '../comparisons/ensure-comparison.js';
import type { BrokerDeps } from '../deps.js';
import type { Comparison, Environment, Version } from '../store/index.js';

/**
 * Reads the rows the deploy decision needs for `version` → `environment`. Comparisons a decision needs but
 * nobody computed yet (e.g. a spec verified after the contract was published) are computed here, once.
 */
export async function gatherSnapshot(
  deps: BrokerDeps,
  version: Version,
  environment: Environment,
): Promise<DeploymentSnapshot> {
  const cache: ParsedCache = new Map();
  const base = {
    service: version.service,
    version: version.number,
    environment: environment.name,
    versionExists: true,
  };
  const contracts = await ownContracts(deps, version, environment, cache);
  const provider = await providerSide(deps, version, environment, cache);
  return provider === undefined ? { ...base, contracts } : { ...base, contracts, provider };
}

async function ownContracts(
  deps: BrokerDeps,
  version: Version,
  environment: Environment,
  cache: ParsedCache,
): Promise<OwnContract[]> {
  const result: OwnContract[] = [];
  for (const contract of await deps.store.contracts.forConsumerVersion(version.id)) {
    const running = await deps.store.deployedVersions.current({
      environmentId: environment.id,
      serviceId: contract.providerId,
    });
    const providerVersions: DeployedProviderVersion[] = [];
    for (const versionId of new Set(running.map((row) => row.versionId))) {
      const number = running.find((row) => row.versionId === versionId)!.version;
      const verified = verifiedSpecSha(await deps.store.verifications.latestSpecVerification(versionId));
      const comparison =
        verified === undefined
          ? undefined
          : await ensureComparison(deps, contract.contentSha, verified, {
              providerId: contract.providerId,
              cache,
            });
      const pact = await deps.store.verifications.latestPactVerification(versionId, contract.contentSha);
      providerVersions.push({
        version: number,
        ...(verified === undefined ? {} : { verifiedSpecSha: verified, comparison: summaryOf(comparison!) }),
        ...(pact === undefined ? {} : { pactVerification: { success: pact.success } }),
      });
    }
    result.push({ provider: contract.provider, contractSha: contract.contentSha, providerVersions });
  }
  return result;
}

async function providerSide(
  deps: BrokerDeps,
  version: Version,
  environment: Environment,
  cache: ParsedCache,
): Promise<ProviderSide | undefined> {
  const { store } = deps;
  const specDriven = await store.specs.exists(version.serviceId);
  if (!specDriven && !(await store.contracts.namesProvider(version.serviceId))) return undefined;
  const verification = verificationState(await store.verifications.latestSpecVerification(version.id));
  const specSha = verification.status === 'succeeded' ? verification.specSha : undefined;
  const running = await store.deployedVersions.current({ environmentId: environment.id });
  const consumerVersionIds = [
    ...new Set(running.filter((row) => row.service !== version.service).map((row) => row.versionId)),
  ];
  const consumers: DeployedConsumerVersion[] = [];
  for (const contract of await store.contracts.forProviderFromVersions(
    version.serviceId,
    consumerVersionIds,
  )) {
    const comparison =
      specSha === undefined
        ? undefined
        : await ensureComparison(deps, contract.contentSha, specSha, {
            providerId: version.serviceId,
            cache,
          });
    const pact = await store.verifications.latestPactVerification(version.id, contract.contentSha);
    consumers.push({
      consumer: contract.consumer,
      version: contract.consumerVersion,
      contractSha: contract.contentSha,
      ...(comparison === undefined ? {} : { comparison: summaryOf(comparison) }),
      ...(pact === undefined ? {} : { pactVerification: { success: pact.success } }),
    });
  }
  return { specDriven, verification, consumers };
}

function verificationState(
  latest: { success: boolean; specSha: string | null } | undefined,
): SpecVerificationState {
  if (latest === undefined || latest.specSha === null) return { status: 'none' };
  return latest.success
    ? { status: 'succeeded', specSha: latest.specSha }
    : { status: 'failed', specSha: latest.specSha };
}

function verifiedSpecSha(
  latest: { success: boolean; specSha: string | null } | undefined,
): string | undefined {
  const state = verificationState(latest);
  return state.status === 'succeeded' ? state.specSha : undefined;
}

/** Stored comparisons keep core's summary as their `summary` (see `ensure-comparison.ts`). */
function summaryOf(comparison: Comparison): ComparisonSummary {
  return comparison.summary as ComparisonSummary;
}
