import { comparisonRules, type Contract, type Reason, type SpecChange } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import type { SpecKind } from '../store/index.js';
import type { SpecChangeBase } from './guard-reads.js';

/** The spec changes behind an incompatibility: from the provider's earlier spec this contract passed. */
export interface SpecChangesRef {
  /**
   * The provider's newest spec published before the incompatible one that this contract passed, of the same
   * kind (for a version's spec set, the earlier spec of its OpenAPI half).
   */
  baseSpecSha: string;
  /** The changes from it to the incompatible spec that break this consumer (`specImpact`), at most 20. */
  changes: SpecChange[];
}

export type GuardReason =
  Reason | (Extract<Reason, { kind: 'incompatible' }> & { specChanges?: SpecChangesRef });

const MAX_CHANGES = 20;
// How many of the provider's specs, newest first, are searched for the one the contract passed.
const SPECS_SEARCHED = 50;
// Results are pure functions of the three contents and the rules: kept per broker process, a few at a time.
const cache = new Map<string, Promise<SpecChangesRef | undefined>>();
const CACHE_SIZE = 64;

/**
 * Adds to each `incompatible` reason the spec changes that caused it when the provider's new spec broke a
 * consumer: `diffSpecs` from the provider's earlier spec that this contract passed to the incompatible one,
 * restricted to what the failing interactions use (core `specImpact`). Informative only: the verdict is
 * unchanged, and a reason whose changes cannot be found or computed is left as it is.
 */
export async function withSpecChanges(deps: BrokerDeps, reasons: Reason[]): Promise<GuardReason[]> {
  const incompatible = reasons.filter((reason) => reason.kind === 'incompatible');
  if (incompatible.length === 0) return reasons;
  const bases = await compatibleEarlierSpecs(deps, incompatible).catch(() => []);
  const result: GuardReason[] = [];
  for (const reason of reasons) {
    if (reason.kind !== 'incompatible') {
      result.push(reason);
      continue;
    }
    const pair = bases[incompatible.indexOf(reason)];
    const specChanges =
      pair === undefined ? undefined : await specChangesFor(deps, reason, pair).catch(() => undefined);
    result.push(specChanges === undefined ? reason : { ...reason, specChanges });
  }
  return result;
}

async function specChangesFor(
  deps: BrokerDeps,
  reason: Extract<Reason, { kind: 'incompatible' }>,
  pair: SpecChangeBase,
): Promise<SpecChangesRef | undefined> {
  const key = [comparisonRules, reason.contractSha, pair.base, pair.head].join(':');
  let found = cache.get(key);
  if (found === undefined) {
    found = computeChanges(deps, reason, pair);
    // A failure is not kept: the next question tries again.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return found;
}

/**
 * For each reason, the newest spec of the provider published before the incompatible one, of the same kind,
 * whose comparison with the contract passed (by its own sha or its version's spec set; undefined when there is
 * none among the newest searched), all found in one statement (`store.guard.earlierSpecs`). A reason judged by a
 * spec set is diffed by its OpenAPI half: spec changes are changes of HTTP operations.
 */
function compatibleEarlierSpecs(
  deps: BrokerDeps,
  reasons: Array<Extract<Reason, { kind: 'incompatible' }>>,
): Promise<Array<SpecChangeBase | undefined>> {
  return deps.store.guard.earlierSpecs(
    reasons.map((reason) => ({
      provider: reason.integration.provider.service,
      contractSha: reason.contractSha,
      specSha: reason.specSha,
    })),
    SPECS_SEARCHED,
  );
}

async function computeChanges(
  deps: BrokerDeps,
  reason: Extract<Reason, { kind: 'incompatible' }>,
  pair: SpecChangeBase,
): Promise<SpecChangesRef | undefined> {
  const [base, head, contractText] = await Promise.all([
    deps.store.documents.get(pair.base),
    deps.store.documents.get(pair.head),
    deps.store.documents.get(reason.contractSha),
  ]);
  if (base === undefined || head === undefined || contractText === undefined) return undefined;
  const consumer = reason.integration.consumer;
  const impact = await deps.engine.specImpact({
    base: { sha: pair.base, text: base },
    head: { sha: pair.head, text: head },
    consumers: [
      {
        consumer: consumer.service,
        version: consumer.version,
        contract: interactionsOfKind(
          deps.engine.parseContract(contractText, { maxBytes: deps.limits.maxDocumentBytes }),
          pair.kind,
        ),
      },
    ],
    maxBytes: deps.limits.maxDocumentBytes,
  });
  const verdict = impact.consumers[0];
  if (verdict?.verdict !== 'broken') return undefined;
  const changes = verdict.changes
    .slice(0, MAX_CHANGES)
    .flatMap((index) => (impact.changes[index] ? [impact.changes[index].change] : []));
  return { baseSpecSha: pair.base, changes };
}

/** The contract's interactions a spec of `kind` checks (HTTP ones for OpenAPI): a mixed pact's others never pass it. */
function interactionsOfKind(contract: Contract, kind: SpecKind): Contract {
  const http = kind === 'openapi';
  return { ...contract, interactions: contract.interactions.filter((i) => (i.kind === 'http') === http) };
}
