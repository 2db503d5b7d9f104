import {
  computeComparison,
  storeComparison,
  type ComputedComparison,
  type ParsedCache,
} from '../comparisons/ensure-comparison.js';
import type { BrokerDeps } from '../deps.js';
import { contentSha } from '../documents/document-store.js';
import { requestLog } from '../logging/request-log.js';
import type { PublishOutcome } from '../specs/publish-spec.js';
import type { Comparison, Contract, Store } from '../store/index.js';
import type { Contract as ParsedContract } from '@signet/core';

/** A contract checked and parsed, to publish. */
export interface ContractToPublish {
  input: { content: string; consumerVersion: string };
  parsed: ParsedContract;
}

/** A contract as its transaction stored it, before its comparisons. */
export interface StoredContract {
  contract: Contract;
  outcome: PublishOutcome;
  providerId: number;
  /** The consumer version's branch, told in the comparisons' events. */
  branch: string | null;
}

export interface PublishContractResult {
  contract: Contract;
  outcome: PublishOutcome;
  /** Comparisons with the provider's specs that matter. */
  comparisons: Comparison[];
}

/** How often a publication compares again because the provider's specs that matter changed while it compared. */
export const maxAttempts = 3;

/** Raised inside the transaction to roll it back: a spec that matters now was not compared. */
class SpecsChangedMeanwhile extends Error {}

/** One contract's comparisons gathered before the transaction, by spec sha: found stored, or computed now. */
export interface Compared {
  sha: string;
  cache: ParsedCache;
  stored: Map<string, Comparison>;
  computed: Map<string, ComputedComparison>;
}

/**
 * Stores contracts (`write`, returning them in the order of `prepared`) and their comparisons with the specs
 * that matter in ONE transaction, all or nothing. Comparing is CPU work, so it runs before the transaction,
 * against the specs that mattered then; inside it, the specs that matter are read again and every one must have
 * been compared. When one was not (a spec published or deployed meanwhile), the transaction rolls back and the
 * new specs are compared (at most `maxAttempts` times; a provider whose specs keep changing has the newest
 * comparisons left to whoever needs them next: the deploy guard and the UI compute a missing pair).
 */
export async function storeWithComparisons(
  deps: BrokerDeps,
  prepared: ContractToPublish[],
  write: (store: Store) => Promise<StoredContract[]>,
): Promise<PublishContractResult[]> {
  const compared = prepared.map(startCompared);
  for (let attempt = 1; ; attempt++) {
    for (const [index, contract] of prepared.entries()) await compareBefore(deps, contract, compared[index]!);
    try {
      return await deps.store.transaction(async (store) => {
        const stored = await write(store);
        const results: PublishContractResult[] = [];
        for (const [index, contract] of prepared.entries()) {
          const row = stored[index]!;
          const comparisons = await storeCompared(
            store,
            contract,
            row,
            compared[index]!,
            attempt >= maxAttempts,
          );
          results.push({ contract: row.contract, outcome: row.outcome, comparisons });
        }
        return results;
      });
    } catch (error) {
      if (!(error instanceof SpecsChangedMeanwhile) || attempt >= maxAttempts) throw error;
    }
  }
}

/** A contract's comparisons, none gathered yet. */
export function startCompared(contract: ContractToPublish): Compared {
  const sha = contentSha(contract.input.content);
  // The publisher parsed it already: the comparisons reuse it.
  const cache: ParsedCache = new Map([[`contract:${sha}`, contract.parsed]]);
  return { sha, cache, stored: new Map(), computed: new Map() };
}

/** Finds or computes (outside any transaction) the contract's comparison with each spec that matters now. */
export async function compareBefore(
  deps: BrokerDeps,
  contract: ContractToPublish,
  compared: Compared,
): Promise<void> {
  const { specs } = await deps.store.comparisons.specsThatMatterFor(contract.parsed.provider, compared.sha);
  for (const { specSha, stored } of specs) {
    if (stored !== undefined) compared.stored.set(specSha, stored);
    else if (!compared.stored.has(specSha) && !compared.computed.has(specSha))
      compared.computed.set(specSha, await computeComparison(deps, compared.sha, specSha, compared.cache));
  }
}

/** Inside the transaction: stores the comparisons with the specs that matter at this point, or rolls back. */
async function storeCompared(
  store: Store,
  contract: ContractToPublish,
  row: StoredContract,
  compared: Compared,
  lastAttempt: boolean,
): Promise<Comparison[]> {
  const context = {
    providerId: row.providerId,
    subject: { consumerVersion: contract.input.consumerVersion, consumerBranch: row.branch },
  };
  const comparisons: Comparison[] = [];
  for (const specSha of await store.comparisons.specShasThatMatter(row.providerId)) {
    const computed = compared.computed.get(specSha);
    const stored = compared.stored.get(specSha);
    if (computed !== undefined) comparisons.push(await storeComparison(store, computed, context));
    else if (stored !== undefined) comparisons.push(stored);
    else if (!lastAttempt) throw new SpecsChangedMeanwhile();
    else
      requestLog()?.info(
        { contractSha: compared.sha, specSha },
        'the provider’s specs kept changing during the publication: this comparison is left to be computed when needed',
      );
  }
  return comparisons;
}
