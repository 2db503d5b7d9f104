import {
  computeComparison,
  storeComparison,
  type ComputedComparison,
  type ParsedCache,
} from '../comparisons/ensure-comparison.js';
import type { BrokerDeps } from '../deps.js';
import { requestLog } from '../logging/request-log.js';
import type { Comparison, Spec, Store } from '../store/index.js';
import type { SpecKind } from './spec-kind.js';
import { specSetText } from './spec-set.js';
import { contentSha } from '../documents/document-store.js';

/** A checked spec about to be published. */
export interface SpecToPublish {
  provider: string;
  version?: string;
  content: string;
  kind: SpecKind;
  overwrite?: boolean;
}

/** A spec as its transaction stored it, before its comparisons. */
export interface StoredSpec {
  spec: Spec;
  providerId: number;
  /** The provider version's branch, told in the comparisons' events. */
  branch: string | null;
}

/** How often a publication compares again because what it must be compared with changed while it compared. */
const maxAttempts = 3;

/** Raised inside the transaction to roll it back: a pair that matters now was not compared. */
class CounterpartsChangedMeanwhile extends Error {}

/** Comparisons gathered before the transaction, keyed `contractSha:specSha` (the comparison store's key). */
interface Compared {
  cache: ParsedCache;
  stored: Map<string, Comparison>;
  computed: Map<string, ComputedComparison>;
}

const pairKey = (contractSha: string, specSha: string) => `${contractSha}:${specSha}`;

/**
 * Stores a spec (`write`) and its comparisons with the consumer contracts that matter in ONE transaction, all or
 * nothing. Comparing is CPU work, so it runs before the transaction, against the key the version's specs will
 * have (the spec's sha, or the spec set's when the version holds the other kind too) and the contracts that
 * mattered then. Inside it, the key and the contracts are read again and every pair must have been compared
 * (or be stored): when one was not (a contract published, or the version's other spec changed, meanwhile), the
 * transaction rolls back and the new pairs are compared, at most `maxAttempts` times; after that a missing pair
 * is left to whoever needs it next (the deploy guard and the UI compute a missing pair). A comparison is only
 * ever stored under the exact spec key and contract it was computed for.
 */
export async function storeSpecWithComparisons<Written extends StoredSpec>(
  deps: BrokerDeps,
  publishing: SpecToPublish,
  write: (store: Store) => Promise<Written>,
): Promise<Written & { comparisons: Comparison[] }> {
  const compared: Compared = { cache: new Map(), stored: new Map(), computed: new Map() };
  for (let attempt = 1; ; attempt++) {
    await compareBefore(deps, publishing, compared);
    try {
      return await deps.store.transaction(async (store) => {
        const stored = await write(store);
        const comparisons = await storeCompared(store, publishing, stored, compared, attempt >= maxAttempts);
        return { ...stored, comparisons };
      });
    } catch (error) {
      if (!(error instanceof CounterpartsChangedMeanwhile) || attempt >= maxAttempts) throw error;
    }
  }
}

/**
 * The key the version's specs will have once this one is stored: its own sha, or the spec set's over it and the
 * version's spec of the other kind (with the set's text, not stored yet). Undefined when the publication is
 * going to be refused (a different spec of this kind without overwrite: the transaction answers 409).
 */
async function expectedKey(
  deps: BrokerDeps,
  publishing: SpecToPublish,
  sha: string,
): Promise<{ key: string; setText?: string } | undefined> {
  if (publishing.version === undefined) return { key: sha };
  const version = await deps.store.versions.find(publishing.provider, publishing.version);
  if (version === undefined) return { key: sha };
  const specs = await deps.store.specs.allForVersion(version.id);
  const same = specs.find((spec) => spec.kind === publishing.kind);
  if (same !== undefined && same.contentSha !== sha && publishing.overwrite !== true) return undefined;
  const others = specs.filter((spec) => spec.kind !== publishing.kind);
  if (others.length === 0) return { key: sha };
  const setText = specSetText([
    { kind: publishing.kind, sha },
    ...others.map((spec) => ({ kind: spec.kind, sha: spec.contentSha })),
  ]);
  return { key: contentSha(setText), setText };
}

/** Finds or computes (outside any transaction) the spec's comparison with each contract that matters now. */
async function compareBefore(deps: BrokerDeps, publishing: SpecToPublish, compared: Compared): Promise<void> {
  const provider = await deps.store.services.find(publishing.provider);
  if (provider === undefined) return; // No contract names it yet: nothing to compare.
  const sha = contentSha(publishing.content);
  const expected = await expectedKey(deps, publishing, sha);
  if (expected === undefined) return;
  // Neither the spec nor its set is stored yet: the comparisons read them from here.
  compared.cache.set(`spec:${sha}`, Promise.resolve(publishing.content));
  if (expected.setText !== undefined)
    compared.cache.set(`spec:${expected.key}`, Promise.resolve(expected.setText));
  const contractShas = await deps.store.comparisons.contractShasThatMatter(provider.id);
  const missing = contractShas.filter((contractSha) => !known(compared, pairKey(contractSha, expected.key)));
  const found = await deps.store.comparisons.findMany(
    missing.map((contractSha) => ({ contractSha, specSha: expected.key })),
  );
  for (const [key, comparison] of found) compared.stored.set(key, comparison);
  for (const contractSha of missing) {
    const key = pairKey(contractSha, expected.key);
    if (!known(compared, key))
      compared.computed.set(key, await computeComparison(deps, contractSha, expected.key, compared.cache));
  }
}

const known = (compared: Compared, key: string) => compared.stored.has(key) || compared.computed.has(key);

/** Inside the transaction: stores the comparisons with the contracts that matter at this point, or rolls back. */
async function storeCompared(
  store: Store,
  publishing: SpecToPublish,
  { spec, providerId, branch }: StoredSpec,
  compared: Compared,
  lastAttempt: boolean,
): Promise<Comparison[]> {
  const context = { providerId, subject: { providerVersion: publishing.version, providerBranch: branch } };
  const contractShas = await store.comparisons.contractShasThatMatter(providerId);
  const uncompared = contractShas.filter(
    (contractSha) => !compared.computed.has(pairKey(contractSha, spec.setSha)),
  );
  // A pair compared by another request meanwhile (or before, when nothing changed) is read, not recomputed.
  const found = await store.comparisons.findMany(
    uncompared.map((contractSha) => ({ contractSha, specSha: spec.setSha })),
  );
  const comparisons: Comparison[] = [];
  for (const contractSha of contractShas) {
    const key = pairKey(contractSha, spec.setSha);
    const computed = compared.computed.get(key);
    const stored = found.get(key);
    if (computed !== undefined) comparisons.push(await storeComparison(store, computed, context));
    else if (stored !== undefined) comparisons.push(stored);
    else if (!lastAttempt) throw new CounterpartsChangedMeanwhile();
    else
      requestLog()?.info(
        { contractSha, specSha: spec.setSha },
        'the provider’s contracts or specs kept changing during the publication: this comparison is left to be computed when needed',
      );
  }
  return comparisons;
}
