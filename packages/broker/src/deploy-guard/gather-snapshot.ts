import type {
  ComparisonSummary,
  DeployedConsumerVersion,
  DeployedProviderVersion,
  DeploymentSnapshot,
  OwnContract,
  ProviderSide,
  SpecVerificationState,
} from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import type { Comparison, Contract, DeployedVersion, Environment, Version } from '../store/index.js';
import { loadEvidence, type Evidence } from './evidence.js';

/**
 * Reads the rows the deploy decision needs for `version` → `environment`. Comparisons a decision needs but
 * nobody computed yet (e.g. a spec verified after the contract was published) are computed here, once.
 */
export async function gatherSnapshot(
  deps: BrokerDeps,
  version: Version,
  environment: Environment,
): Promise<DeploymentSnapshot> {
  const { store } = deps;
  const base = {
    service: version.service,
    version: version.number,
    environment: environment.name,
    versionExists: true,
  };
  const running = await store.deployedVersions.current({ environmentId: environment.id });
  const own = await store.contracts.forConsumerVersion(version.id);
  const asProvider = await contractsAsProvider(deps, version, running);
  const providerVersionIds = own.flatMap((contract) => runningVersionIds(running, contract.provider));
  const evidence = await loadEvidence(
    deps,
    [...new Set([...providerVersionIds, version.id])],
    [...new Set([...own, ...(asProvider?.contracts ?? [])].map((contract) => contract.contentSha))],
  );
  const ownSpecSha = verifiedSpecSha(evidence.latestSpecVerification(version.id));
  await evidence.prefetchComparisons([
    ...own.flatMap((contract) =>
      runningVersionIds(running, contract.provider).flatMap((versionId) => {
        const specSha = verifiedSpecSha(evidence.latestSpecVerification(versionId));
        return specSha === undefined ? [] : [{ contractSha: contract.contentSha, specSha }];
      }),
    ),
    ...(ownSpecSha === undefined
      ? []
      : (asProvider?.contracts ?? []).map((contract) => ({
          contractSha: contract.contentSha,
          specSha: ownSpecSha,
        }))),
  ]);
  const contracts = await ownContracts(own, running, evidence);
  const provider = asProvider && (await providerSide(version, asProvider, evidence));
  return provider === undefined ? { ...base, contracts } : { ...base, contracts, provider };
}

/** Distinct ids of the service's versions running in the environment, in the order they were deployed. */
function runningVersionIds(running: DeployedVersion[], service: string): number[] {
  return [...new Set(running.filter((row) => row.service === service).map((row) => row.versionId))];
}

async function ownContracts(
  own: Contract[],
  running: DeployedVersion[],
  evidence: Evidence,
): Promise<OwnContract[]> {
  const result: OwnContract[] = [];
  for (const contract of own) {
    const providerVersions: DeployedProviderVersion[] = [];
    for (const versionId of runningVersionIds(running, contract.provider)) {
      const number = running.find((row) => row.versionId === versionId)!.version;
      const verified = verifiedSpecSha(evidence.latestSpecVerification(versionId));
      const comparison =
        verified === undefined
          ? undefined
          : await evidence.comparison(
              { contractSha: contract.contentSha, specSha: verified },
              contract.providerId,
            );
      const pact = evidence.latestPactVerification(versionId, contract.contentSha);
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

interface AsProvider {
  specDriven: boolean;
  /** Contracts naming this service, from the consumer versions running in the environment. */
  contracts: Contract[];
}

/** Undefined when the service is no provider at all (no spec, and no contract names it). */
async function contractsAsProvider(
  deps: BrokerDeps,
  version: Version,
  running: DeployedVersion[],
): Promise<AsProvider | undefined> {
  const { store } = deps;
  const specDriven = await store.specs.exists(version.serviceId);
  if (!specDriven && !(await store.contracts.namesProvider(version.serviceId))) return undefined;
  const consumerVersionIds = [
    ...new Set(running.filter((row) => row.service !== version.service).map((row) => row.versionId)),
  ];
  return {
    specDriven,
    contracts: await store.contracts.forProviderFromVersions(version.serviceId, consumerVersionIds),
  };
}

async function providerSide(
  version: Version,
  asProvider: AsProvider,
  evidence: Evidence,
): Promise<ProviderSide> {
  const verification = verificationState(evidence.latestSpecVerification(version.id));
  const specSha = verification.status === 'succeeded' ? verification.specSha : undefined;
  const consumers: DeployedConsumerVersion[] = [];
  for (const contract of asProvider.contracts) {
    const comparison =
      specSha === undefined
        ? undefined
        : await evidence.comparison({ contractSha: contract.contentSha, specSha }, version.serviceId);
    const pact = evidence.latestPactVerification(version.id, contract.contentSha);
    consumers.push({
      consumer: contract.consumer,
      version: contract.consumerVersion,
      contractSha: contract.contentSha,
      ...(comparison === undefined ? {} : { comparison: summaryOf(comparison) }),
      ...(pact === undefined ? {} : { pactVerification: { success: pact.success } }),
    });
  }
  return { specDriven: asProvider.specDriven, verification, consumers };
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
