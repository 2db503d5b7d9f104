import { compareNewContract } from '../comparisons/compare-counterparts.js';
import type { BrokerDeps } from '../deps.js';
import { readContract } from '../documents/read-documents.js';
import { BadRequestError, ConflictError } from '../errors/broker-error.js';
import type { PublishOutcome } from '../specs/publish-spec.js';
import type { Contract as ParsedContract } from '@signet/core';
import type { Comparison, Contract, Store } from '../store/index.js';
import { ensureVersion } from '../versions/ensure-version.js';

export interface PublishContractInput {
  /** Pact file text; consumer and provider names are taken from it. */
  content: string;
  consumerVersion: string;
  branch?: string;
  tags?: string[];
  /** When given, must equal the contract's consumer name (guards against publishing the wrong file). */
  consumer?: string;
  /** Replace this version's contract with the provider when its content differs (otherwise that is a 409). */
  overwrite?: boolean;
}

export interface PublishContractResult {
  contract: Contract;
  outcome: PublishOutcome;
  /** Comparisons with the provider's specs that matter. */
  comparisons: Comparison[];
}

/**
 * Publishes a consumer contract for a consumer version: stores the text once by hash, links it to the
 * provider the contract names, and compares it with that provider's specs. Publishing the same content again
 * changes nothing; different content for the same version and provider is a conflict unless `overwrite`.
 */
export async function publishContract(
  deps: BrokerDeps,
  input: PublishContractInput,
): Promise<PublishContractResult> {
  const parsed = readContract(deps, input.content);
  if (input.consumer !== undefined && input.consumer !== parsed.consumer) {
    throw new BadRequestError(
      'contract.consumer-mismatch',
      `the request names consumer "${input.consumer}" but the contract's consumer is "${parsed.consumer}"`,
    );
  }
  const result = await deps.store.transaction((store) => storeContract(store, parsed, input));
  return {
    contract: result.contract,
    outcome: result.outcome,
    comparisons: await compareNewContract(deps, result.providerId, result.contract.contentSha, parsed, {
      consumerVersion: input.consumerVersion,
      consumerBranch: result.branch,
    }),
  };
}

async function storeContract(store: Store, parsed: ParsedContract, input: PublishContractInput) {
  // Upserting the consumer row locks it until commit, so concurrent publications of one consumer serialise here.
  const consumer = await store.services.ensure(parsed.consumer);
  // The provider's row is only read: locking it would serialise every publication to that provider.
  const provider = await store.services.ensureUnlocked(parsed.provider);
  const version = await ensureVersion(store, consumer, {
    number: input.consumerVersion,
    branch: input.branch,
    tags: input.tags,
  });
  const sha = await store.documents.put(input.content);
  const existing = await store.contracts.find(version.id, provider.id);
  // A concurrent publish may insert first; then `insert` returns its row and the content check below applies.
  const stored = existing ?? (await store.contracts.insert(version.id, provider.id, sha));
  let outcome: PublishOutcome = existing === undefined ? 'created' : 'unchanged';
  if (stored.contentSha !== sha) {
    if (!input.overwrite) {
      throw new ConflictError(
        'contract.content-changed',
        `${parsed.consumer} version ${input.consumerVersion} already has a different contract with ${parsed.provider}; ` +
          'publish with overwrite to replace it',
      );
    }
    await store.contracts.replaceContent(stored.id, sha);
    outcome = 'replaced';
  }
  if (outcome !== 'unchanged') {
    const type = outcome === 'created' ? 'contract.published' : 'contract.content_changed';
    const payload = {
      consumer: parsed.consumer,
      consumerVersion: input.consumerVersion,
      provider: parsed.provider,
      contractSha: sha,
      contractId: stored.id,
      branch: version.branch,
    };
    await store.events.append(type, consumer.id, payload);
  }
  return {
    contract: { ...stored, contentSha: sha },
    outcome,
    providerId: provider.id,
    branch: version.branch,
  };
}
