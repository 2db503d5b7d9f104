import type { BrokerDeps } from '../deps.js';
import { readSpec } from '../documents/read-documents.js';
import { assertStorableDocument } from '../documents/storable-document.js';
import { ConflictError } from '../errors/broker-error.js';
import type { Comparison, Spec, Store } from '../store/index.js';
import { ensureVersion } from '../versions/ensure-version.js';
import type { SpecKind } from './spec-kind.js';
import { storeSpecWithComparisons, type StoredSpec } from './store-spec-with-comparisons.js';
import { rekeyVersionSpecs } from './version-spec-set.js';

export interface PublishSpecInput {
  provider: string;
  /** Spec text, JSON or YAML. */
  content: string;
  version?: string;
  branch?: string;
  /** Replace a version's spec of the same kind when its content differs (otherwise that is a 409). */
  overwrite?: boolean;
}

/** `created`: new; `unchanged`: the same publication again; `replaced`: a version's spec content changed. */
export type PublishOutcome = 'created' | 'unchanged' | 'replaced';

export interface PublishSpecResult {
  spec: Spec;
  outcome: PublishOutcome;
  /** Comparisons of the spec with the consumer contracts that matter. */
  comparisons: Comparison[];
}

/**
 * Publishes a provider spec: validates it with the loader (and that its text can be stored), stores the text
 * once by hash, attaches it to the version when one is given (one OpenAPI and one AsyncAPI spec per version),
 * and compares the version's specs with the provider's consumers' contracts that matter, all in one
 * transaction (see `storeSpecWithComparisons`). Idempotent.
 */
export async function publishSpec(deps: BrokerDeps, input: PublishSpecInput): Promise<PublishSpecResult> {
  assertStorableDocument(input.content, 'content');
  const kind = await readSpec(deps, input.content);
  const { spec, outcome, comparisons } = await storeSpecWithComparisons(deps, { ...input, kind }, (store) =>
    writeSpec(store, input, kind),
  );
  return { spec, outcome, comparisons };
}

/** Stores the spec and rekeys its version's specs, with its `spec.published` event; call inside a transaction. */
async function writeSpec(
  store: Store,
  input: PublishSpecInput,
  kind: SpecKind,
): Promise<StoredSpec & { outcome: PublishOutcome }> {
  const provider = await store.services.ensure(input.provider);
  const sha = await store.documents.put(input.content);
  const version =
    input.version === undefined
      ? undefined
      : await ensureVersion(store, provider, { number: input.version, branch: input.branch });
  const existing =
    version === undefined
      ? await store.specs.findUnversioned(provider.id, sha)
      : await store.specs.findForVersion(version.id, kind);
  let outcome: PublishOutcome = 'unchanged';
  if (existing === undefined) outcome = 'created';
  else if (existing.contentSha !== sha) {
    if (!input.overwrite) {
      throw new ConflictError(
        'spec.content-changed',
        `${input.provider} version ${input.version} already has a different ${kind} spec; publish with overwrite to replace it`,
      );
    }
    await store.specs.replaceContent(existing.id, sha);
    outcome = 'replaced';
  }
  const stored =
    existing === undefined
      ? await store.specs.insert(provider.id, version?.id ?? null, sha, kind)
      : { ...existing, contentSha: sha };
  if (stored.contentSha !== sha) {
    throw new ConflictError(
      'spec.content-changed',
      `${input.provider} version ${input.version} was given a different spec concurrently`,
    );
  }
  const spec =
    version === undefined || outcome === 'unchanged'
      ? stored
      : { ...stored, setSha: await rekeyVersionSpecs(store, version.id) };
  if (outcome !== 'unchanged') {
    await store.events.append('spec.published', provider.id, {
      provider: input.provider,
      version: input.version ?? null,
      specSha: sha,
      kind,
      outcome,
      branch: version?.branch ?? null,
    });
  }
  return { spec, outcome, providerId: provider.id, branch: version?.branch ?? null };
}
