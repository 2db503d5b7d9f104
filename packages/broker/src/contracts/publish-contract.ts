import type { BrokerDeps } from '../deps.js';
import { readContract } from '../documents/read-documents.js';
import { assertContractNames, assertStorableDocument } from '../documents/storable-document.js';
import { BadRequestError, ConflictError } from '../errors/broker-error.js';
import type { PublishOutcome } from '../specs/publish-spec.js';
import type { Contract as ParsedContract } from '@signet/core';
import type { Store } from '../store/index.js';
import { ensureVersionKey } from '../versions/ensure-version.js';
import { publishInOneCall } from './publish-in-one-call.js';
import {
  storeWithComparisons,
  type PublishContractResult,
  type StoredContract,
} from './store-with-comparisons.js';

export type { PublishContractResult, StoredContract };

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
  /** How the client could replace it after all, ending the 409's message; default: publish with overwrite. */
  replaceAdvice?: string;
  /**
   * Record the same content published again as a `contract.published` event marked `republished`, for the
   * Pact API: the Pact Broker fires `contract_published` on every publication (its create_pact_revision).
   */
  announceUnchanged?: boolean;
}

/** A contract that passed every check, ready to store: nothing about it can be refused any more. */
export interface PreparedContract {
  input: PublishContractInput;
  parsed: ParsedContract;
}

/**
 * Checks a contract before anything is written: it parses (413/422), its text and names can be stored (400),
 * and it names the consumer the request says. `where` names the field that carried it, for messages.
 */
export function prepareContract(
  deps: BrokerDeps,
  input: PublishContractInput,
  where = 'content',
): PreparedContract {
  assertStorableDocument(input.content, where);
  const parsed = readContract(deps, input.content);
  assertContractNames(parsed, where);
  if (input.consumer !== undefined && input.consumer !== parsed.consumer) {
    throw new BadRequestError(
      'contract.consumer-mismatch',
      `the request names consumer "${input.consumer}" but the contract's consumer is "${parsed.consumer}"`,
    );
  }
  return { input, parsed };
}

/** Stores a prepared contract; call inside a transaction (several contracts may share one). */
export function storePreparedContract(store: Store, prepared: PreparedContract): Promise<StoredContract> {
  return storeContract(store, prepared.parsed, prepared.input);
}

/**
 * Publishes a consumer contract for a consumer version: stores the text once by hash, links it to the
 * provider the contract names, and compares it with that provider's specs, all in one transaction (see
 * `storeWithComparisons`). Publishing the same content again changes nothing; different content for the same
 * version and provider is a conflict unless `overwrite`.
 */
export async function publishContract(
  deps: BrokerDeps,
  input: PublishContractInput,
): Promise<PublishContractResult> {
  const prepared = prepareContract(deps, input);
  const inOneCall = await publishInOneCall(deps, prepared);
  if (inOneCall === 'conflict') throw contentChanged(prepared.parsed, input);
  if (inOneCall !== 'webhooks') return inOneCall;
  // A webhook may fire: the outbox plans its deliveries in the transaction (no statement was written).
  const [result] = await storeWithComparisons(deps, [prepared], async (store) => [
    await storePreparedContract(store, prepared),
  ]);
  return result!;
}

function contentChanged(parsed: ParsedContract, input: PublishContractInput): ConflictError {
  return new ConflictError(
    'contract.content-changed',
    `${parsed.consumer} version ${input.consumerVersion} already has a different contract with ${parsed.provider}; ` +
      'publish the changed contract with a new consumer version (such as the new commit), ' +
      (input.replaceAdvice ?? 'or publish with overwrite to replace it'),
  );
}

async function storeContract(
  store: Store,
  parsed: ParsedContract,
  input: PublishContractInput,
): Promise<StoredContract> {
  // Upserting the consumer row locks it until commit, so concurrent publications of one consumer serialise here.
  const consumer = await store.services.ensure(parsed.consumer);
  // The provider's row is only read: locking it would serialise every publication to that provider.
  const provider = await store.services.ensureUnlocked(parsed.provider);
  const version = await ensureVersionKey(store, consumer, {
    number: input.consumerVersion,
    branch: input.branch,
    tags: input.tags,
  });
  const sha = await store.documents.put(input.content);
  // The version's contract with the provider, stored now unless it had one (maybe from a concurrent publish):
  // then the content check below applies.
  const { inserted, ...stored } = await store.contracts.insert(version.id, provider.id, sha);
  let outcome: PublishOutcome = inserted ? 'created' : 'unchanged';
  if (stored.contentSha !== sha) {
    if (!input.overwrite) {
      throw contentChanged(parsed, input);
    }
    await store.contracts.replaceContent(stored.id, sha);
    outcome = 'replaced';
  }
  if (outcome !== 'unchanged' || input.announceUnchanged === true) {
    const type = outcome === 'replaced' ? 'contract.content_changed' : 'contract.published';
    const payload = {
      consumer: parsed.consumer,
      consumerVersion: input.consumerVersion,
      provider: parsed.provider,
      contractSha: sha,
      contractId: stored.id,
      // The branch published with (the version may be on others too), else the version's first.
      branch: input.branch ?? version.branch,
      ...(outcome === 'unchanged' && { republished: true }),
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
