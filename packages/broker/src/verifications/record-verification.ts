import { compareNewSpec } from '../comparisons/compare-counterparts.js';
import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import { requestLog } from '../logging/request-log.js';
import { findVersion } from '../services/find-service.js';
import type { Store, Verification, Version } from '../store/index.js';

export interface VerificationInput {
  provider: string;
  version: string;
  success: boolean;
  /** Per-check results as the verifier reports them (shown, not interpreted). */
  results?: unknown[];
  buildUrl?: string;
  /**
   * `spec`: the build was tested against a spec (`specSha`, else the version's own spec, else the latest).
   * `pact`: the Pact verifier replayed the contract with content `contractSha`.
   */
  target: { kind: 'spec'; specSha?: string } | { kind: 'pact'; contractSha: string };
  /** The consumer version whose pact was verified, when known: verification webhooks filter and render by it. */
  consumer?: { name: string; version: string; branch: string | null };
}

/**
 * Records a provider verification. A successful spec verification makes that spec the one the version
 * implements, so it is compared with the consumer contracts that matter straight away.
 */
export async function recordVerification(deps: BrokerDeps, input: VerificationInput): Promise<Verification> {
  const version = await findVersion(deps.store, input.provider, input.version);
  const verification = await deps.store.transaction(async (store) => {
    // The insert re-keys the version's spec verifications (migration 0016's trigger), under the version's row
    // lock: taken first, as a spec publish takes it, so the two never wait on each other's foreign-key lock.
    if (input.target.kind === 'spec') await store.specs.lockVersion(version.id);
    const common = {
      providerVersionId: version.id,
      success: input.success,
      results: input.results,
      buildUrl: input.buildUrl,
    };
    const recorded =
      input.target.kind === 'spec'
        ? await store.verifications.record({
            ...common,
            kind: 'spec',
            specSha: await specToVerify(store, version, input.target.specSha),
          })
        : await store.verifications.record({
            ...common,
            kind: 'pact',
            contractSha: await known(store, 'contract', input.target.contractSha),
          });
    const type = input.success ? 'verification.succeeded' : 'verification.failed';
    await store.events.append(type, version.serviceId, {
      provider: input.provider,
      version: input.version,
      kind: recorded.kind,
      specSha: recorded.specSha,
      contractSha: recorded.contractSha,
      branch: version.branches.at(-1) ?? null,
      verificationId: recorded.id,
      buildUrl: recorded.buildUrl,
      ...(input.consumer && {
        consumer: input.consumer.name,
        consumerVersion: input.consumer.version,
        consumerBranch: input.consumer.branch,
      }),
    });
    return recorded;
  });
  if (verification.success && verification.specSha !== null)
    await compareVerifiedSpec(deps, version, verification.id, verification.specSha);
  return verification;
}

/**
 * Compares the spec a build was just verified against with the contracts that matter, once the verification has
 * committed. The comparisons are derived data (the deploy guard and the UI compute a missing pair when they need
 * it), so a failure here is logged and leaves those pairs uncompared, hence unknown until then: the recorded
 * verification stands, and the client is not answered 500 for a request whose write has committed.
 */
async function compareVerifiedSpec(
  deps: BrokerDeps,
  version: Version,
  verificationId: number,
  specSha: string,
): Promise<void> {
  try {
    await compareNewSpec(
      deps,
      version.serviceId,
      (await deps.store.verifications.comparisonKey(verificationId)) ?? specSha,
      { providerVersion: version.number, providerBranch: version.branches.at(-1) ?? null },
    );
  } catch (error) {
    requestLog()?.error(
      { err: error, verificationId },
      'the verified spec was not compared with its consumers’ contracts: those pairs are computed when needed',
    );
  }
}

/**
 * A spec verification is of one spec: the one named, else the version's own (its OpenAPI one when it has both:
 * what `signet test` runs against a build), else the provider's latest.
 */
async function specToVerify(store: Store, version: Version, specSha: string | undefined): Promise<string> {
  if (specSha !== undefined) return known(store, 'spec', specSha);
  const spec =
    (await store.specs.findForVersion(version.id, 'openapi')) ??
    (await store.specs.findForVersion(version.id, 'asyncapi')) ??
    (await store.specs.latest(version.serviceId));
  if (spec === undefined)
    throw new NotFoundError('spec.not-found', `${version.service} has no spec to verify against`);
  return spec.contentSha;
}

async function known(store: Store, kind: 'spec' | 'contract', sha: string): Promise<string> {
  if ((await store.documents.get(sha)) === undefined)
    throw new NotFoundError(`${kind}.not-found`, `no ${kind} with content ${sha}`);
  return sha;
}
