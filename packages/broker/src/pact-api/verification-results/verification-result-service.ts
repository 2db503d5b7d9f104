import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import type { Store } from '../../store/index.js';
import { recordVerification } from '../../verifications/record-verification.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import type { SelectionMetadata } from '../for-verification/selection-metadata.js';
import { findPact } from '../pacts/find-pact.js';
import type { VerificationResultView } from './verification-result-resource.js';

/** Which pact a result is of: the integration and the pact's content. */
export interface PactContent {
  provider: string;
  consumer: string;
  sha: string;
}

export interface VerificationResultInput extends PactContent {
  success: boolean;
  providerVersion: string;
  buildUrl?: string;
  testResults?: unknown[];
  verifiedBy?: unknown;
  /** Why the pact was handed to the verifier, when it came from pacts for verification. */
  selection?: SelectionMetadata;
}

/**
 * Publishes a verification result of the pact: 404 when the integration has no pact with that content. The
 * provider version is created when the broker has not seen it (verifiers may publish first). The version, the
 * verification (with the same `recordVerification` as `/api/v1`, so it counts in the matrix, the deploy guard
 * and the timeline) and its Pact details are stored in one transaction. Takes `deps` because
 * `recordVerification` does (a Pact verification compares nothing, so the transaction holds database work only).
 *
 * @example
 * ```ts
 * await publishVerificationResult(deps, { provider: 'api', consumer: 'web', sha, success: true, providerVersion: 'a1' });
 * ```
 */
export async function publishVerificationResult(
  deps: BrokerDeps,
  input: VerificationResultInput,
): Promise<VerificationResultView> {
  const { provider, consumer, sha, providerVersion: number } = input;
  const pact = await findPact(deps.store, provider, consumer, { kind: 'content', sha });
  // The consumer version the verifier was handed (else the latest with this content), for webhooks.
  const consumerVersion = input.selection?.consumerVersions.at(-1) ?? pact.consumerVersion;
  return deps.store.transaction(async (store) => {
    const verified = await store.versions.find(consumer, consumerVersion);
    await ensureVersion(store, await store.services.ensure(provider), { number });
    const verification = await recordVerification(
      { ...deps, store },
      {
        provider,
        version: number,
        success: input.success,
        results: input.testResults,
        buildUrl: input.buildUrl,
        target: { kind: 'pact', contractSha: sha },
        consumer: {
          name: consumer,
          version: consumerVersion,
          // The branch the pact was selected from, else the one the version was put on last (Pact Broker's).
          branch: input.selection?.consumerBranch ?? verified?.branches.at(-1) ?? null,
        },
      },
    );
    await store.pact.verifications.recordDetails(verification.id, {
      pending: input.selection?.pending ?? false,
      wip: input.selection?.wip ?? false,
      consumerVersions: input.selection?.consumerVersions ?? [],
      verifiedBy: input.verifiedBy,
    });
    return {
      ...verification,
      provider,
      consumer,
      contentSha: sha,
      providerVersion: number,
      verifiedBy: input.verifiedBy,
    };
  });
}

/** One verification result of the pact, or a 404 (also for a result of another pact, or an id not a number). */
export async function getVerificationResult(
  store: Store,
  pact: PactContent,
  id: string,
): Promise<VerificationResultView> {
  const found = /^\d{1,9}$/.test(id) ? await store.pact.verifications.find(Number(id)) : undefined;
  if (found === undefined || found.contentSha !== pact.sha)
    throw new NotFoundError('verification.not-found', `no verification result ${id} of this pact`);
  const details = await store.pact.verifications.details(found.id);
  return {
    ...found,
    provider: pact.provider,
    consumer: pact.consumer,
    contentSha: pact.sha,
    verifiedBy: details?.verifiedBy,
  };
}
