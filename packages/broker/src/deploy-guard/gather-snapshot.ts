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
import type { GuardComparison, GuardReads, GuardVerification } from './guard-reads.js';

type ReadVersion = NonNullable<GuardReads['version']>;

/**
 * The deploy decision's input for `version` → `environment`, from one read (`guard-reads.ts`). Comparisons a
 * decision needs but nobody computed yet (e.g. a spec verified after the contract was published) are computed
 * here, once.
 */
export async function gatherSnapshot(
  deps: BrokerDeps,
  query: { service: string; version: string; environment: string },
  version: ReadVersion,
): Promise<DeploymentSnapshot> {
  const base = { ...query, versionExists: true };
  const cache: ParsedCache = new Map();
  const compared = (
    stored: GuardComparison | null,
    contractSha: string,
    specSha: string,
    providerId: number,
  ) =>
    stored !== null
      ? Promise.resolve(stored)
      : ensureComparison(deps, contractSha, specSha, { providerId, cache });
  const contracts: OwnContract[] = [];
  for (const contract of version.own) {
    const providerVersions: DeployedProviderVersion[] = [];
    for (const running of contract.providerVersions) {
      const verified = verifiedSpecSha(running.spec);
      const comparison =
        verified === undefined
          ? undefined
          : await compared(running.comparison, contract.contentSha, verified, contract.providerId);
      providerVersions.push({
        version: running.number,
        ...(verified === undefined ? {} : { verifiedSpecSha: verified, comparison: summaryOf(comparison!) }),
        ...(running.pact === null ? {} : { pactVerification: { success: running.pact.success } }),
      });
    }
    contracts.push({ provider: contract.provider, contractSha: contract.contentSha, providerVersions });
  }
  // Not a provider at all: no spec, and no contract names it.
  if (!version.specDriven && !version.namesProvider) return { ...base, contracts };
  const verification = verificationState(version.spec);
  const specSha = verification.status === 'succeeded' ? verification.specSha : undefined;
  const consumers: DeployedConsumerVersion[] = [];
  for (const contract of version.consumers) {
    const comparison =
      specSha === undefined
        ? undefined
        : await compared(contract.comparison, contract.contentSha, specSha, version.serviceId);
    consumers.push({
      consumer: contract.consumer,
      version: contract.consumerVersion,
      contractSha: contract.contentSha,
      ...(comparison === undefined ? {} : { comparison: summaryOf(comparison) }),
      ...(contract.pact === null ? {} : { pactVerification: { success: contract.pact.success } }),
    });
  }
  const provider: ProviderSide = { specDriven: version.specDriven, verification, consumers };
  return { ...base, contracts, provider };
}

function verificationState(latest: GuardVerification | null): SpecVerificationState {
  if (latest === null || latest.specSha === null) return { status: 'none' };
  return latest.success
    ? { status: 'succeeded', specSha: latest.specSha }
    : { status: 'failed', specSha: latest.specSha };
}

function verifiedSpecSha(latest: GuardVerification | null): string | undefined {
  const state = verificationState(latest);
  return state.status === 'succeeded' ? state.specSha : undefined;
}

/** Stored comparisons keep core's summary as their `summary` (see `ensure-comparison.ts`). */
function summaryOf(comparison: { summary: unknown }): ComparisonSummary {
  return comparison.summary as ComparisonSummary;
}
