import { comparisonRules, type Reason, type SpecChange } from '@signet/core';
import type { BrokerDeps } from '../deps.js';

/** The spec changes behind an incompatibility: from the provider's earlier spec this contract passed. */
export interface SpecChangesRef {
  /** The provider's newest spec published before the incompatible one that this contract passed. */
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
    const baseSpecSha = bases[incompatible.indexOf(reason)];
    const specChanges =
      baseSpecSha === undefined
        ? undefined
        : await specChangesFor(deps, reason, baseSpecSha).catch(() => undefined);
    result.push(specChanges === undefined ? reason : { ...reason, specChanges });
  }
  return result;
}

async function specChangesFor(
  deps: BrokerDeps,
  reason: Extract<Reason, { kind: 'incompatible' }>,
  baseSpecSha: string,
): Promise<SpecChangesRef | undefined> {
  const key = [comparisonRules, reason.contractSha, baseSpecSha, reason.specSha].join(':');
  let found = cache.get(key);
  if (found === undefined) {
    found = computeChanges(deps, reason, baseSpecSha);
    // A failure is not kept: the next question tries again.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return found;
}

/**
 * For each reason, the newest spec of the provider published before the incompatible one whose comparison with
 * the contract passed (undefined when there is none among the newest searched), all read in one statement.
 */
async function compatibleEarlierSpecs(
  deps: BrokerDeps,
  reasons: Array<Extract<Reason, { kind: 'incompatible' }>>,
): Promise<Array<string | undefined>> {
  const found = await deps.store.guard.earlierSpecs(
    reasons.map((reason) => ({
      provider: reason.integration.provider.service,
      contractSha: reason.contractSha,
    })),
    SPECS_SEARCHED,
  );
  return reasons.map((reason, i) => {
    const { specShas, compatible } = found[i]!;
    const head = specShas.indexOf(reason.specSha);
    if (head === -1) return undefined;
    const earlier = [...new Set(specShas.slice(head + 1))].filter((sha) => sha !== reason.specSha);
    return earlier.find((sha) => compatible.includes(sha));
  });
}

async function computeChanges(
  deps: BrokerDeps,
  reason: Extract<Reason, { kind: 'incompatible' }>,
  baseSpecSha: string,
): Promise<SpecChangesRef | undefined> {
  const [base, head, contractText] = await Promise.all([
    deps.store.documents.get(baseSpecSha),
    deps.store.documents.get(reason.specSha),
    deps.store.documents.get(reason.contractSha),
  ]);
  if (base === undefined || head === undefined || contractText === undefined) return undefined;
  const consumer = reason.integration.consumer;
  const impact = await deps.engine.specImpact({
    base: { sha: baseSpecSha, text: base },
    head: { sha: reason.specSha, text: head },
    consumers: [
      {
        consumer: consumer.service,
        version: consumer.version,
        contract: deps.engine.parseContract(contractText, { maxBytes: deps.limits.maxDocumentBytes }),
      },
    ],
    maxBytes: deps.limits.maxDocumentBytes,
  });
  const verdict = impact.consumers[0];
  if (verdict?.verdict !== 'broken') return undefined;
  const changes = verdict.changes
    .slice(0, MAX_CHANGES)
    .flatMap((index) => (impact.changes[index] ? [impact.changes[index].change] : []));
  return { baseSpecSha, changes };
}
