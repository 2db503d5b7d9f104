import type { FindingDigest, Reason } from '@signet/core';
import type { Store } from '../store/index.js';
import { specsOfVersion } from '../specs/version-spec.js';
import type { GuardReason } from './spec-changes.js';

/** Signet's own: the version has an AsyncAPI spec, but it is not verified, so no message was checked against it. */
export const UNVERIFIED_ASYNCAPI = 'message.spec.unverified';

type Incompatible = Extract<Reason, { kind: 'incompatible' }>;

/**
 * A provider version with an OpenAPI and an AsyncAPI spec is judged by its OpenAPI spec alone until the AsyncAPI
 * one is verified too (`verified-spec-key.ts`): its message interactions then read `message.spec.missing`, as if
 * the provider had no AsyncAPI spec. Where it has one, such an error says instead that the spec is not verified,
 * and what to do (`message.spec.unverified`). The verdict is unchanged. Reads the specs only of provider versions
 * with such an error, whose reason's spec is one of their own specs and not their spec set.
 */
export async function withUnverifiedHalves(store: Store, reasons: GuardReason[]): Promise<GuardReason[]> {
  const specsOf = new Map<string, ReturnType<typeof specsOfVersion>>();
  const result: GuardReason[] = [];
  for (const reason of reasons) {
    if (reason.kind !== 'incompatible' || !reason.findings.errors.some(isSpecMissing)) {
      result.push(reason);
      continue;
    }
    const { service, version } = reason.integration.provider;
    const key = JSON.stringify([service, version]);
    if (!specsOf.has(key)) specsOf.set(key, specsOfVersion(store, service, version));
    const specs = (await specsOf.get(key)!).items;
    const judgedBy = specs.find((spec) => spec.contentSha === reason.specSha);
    const unverified = specs.find((spec) => spec.kind === 'asyncapi');
    // Judged by one half of a set while the version holds an AsyncAPI spec: that spec was left out, unverified.
    if (judgedBy === undefined || judgedBy.setSha === judgedBy.contentSha || unverified === undefined) {
      result.push(reason);
      continue;
    }
    result.push(reworded(reason, `${service}@${version}`, unverified.contentSha));
  }
  return result;
}

function isSpecMissing(digest: FindingDigest): boolean {
  return digest.code === 'message.spec.missing';
}

function reworded<R extends Incompatible>(reason: R, provider: string, asyncApiSha: string): R {
  const message =
    `${provider} has an AsyncAPI spec (${asyncApiSha.slice(0, 12)}), but no successful verification of it: ` +
    'its messages were not checked, only its verified OpenAPI spec. Verify the build against its AsyncAPI ' +
    'spec (record a spec verification naming that specSha), then ask again.';
  const errors = reason.findings.errors.map((digest) =>
    isSpecMissing(digest) ? { ...digest, code: UNVERIFIED_ASYNCAPI, message } : digest,
  );
  return { ...reason, findings: { ...reason.findings, errors } };
}
