import { publishContract, type PublishContractResult } from '../../contracts/publish-contract.js';
import type { BrokerDeps } from '../../deps.js';
import { InvalidDocumentError } from '../../errors/broker-error.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { mergePacts } from './merge-pact.js';
import type { PactToPublish, PublishRequest } from './publish-request.js';

/** One published pact and what became of it. */
export interface PublishedPact {
  pact: PactToPublish;
  result: PublishContractResult;
}

/**
 * Publishes each pact through the same `publishContract` as `/api/v1/contracts`, so a pact published here is
 * stored, compared and put on the timeline exactly as one published natively.
 */
export async function publishContracts(deps: BrokerDeps, request: PublishRequest): Promise<PublishedPact[]> {
  const published: PublishedPact[] = [];
  for (const [index, pact] of request.contracts.entries()) {
    const content = pact.onConflict === 'merge' ? await merged(deps, request, pact) : pact.text;
    try {
      const result = await publishContract(deps, {
        content,
        consumerVersion: request.pacticipantVersionNumber,
        branch: request.branch,
        tags: request.tags,
        consumer: pact.consumer,
        overwrite: pact.onConflict !== undefined,
      });
      published.push({ pact, result });
    } catch (error) {
      if (error instanceof InvalidDocumentError)
        throw new PactValidationError({ [`contracts.${index}.content`]: [error.message] });
      throw error;
    }
  }
  return published;
}

async function merged(deps: BrokerDeps, request: PublishRequest, pact: PactToPublish): Promise<string> {
  const { store } = deps;
  const version = await store.versions.find(pact.consumer, request.pacticipantVersionNumber);
  const provider = await store.services.find(pact.provider);
  if (version === undefined || provider === undefined) return pact.text;
  const existing = await store.contracts.find(version.id, provider.id);
  const text = existing === undefined ? undefined : await store.documents.get(existing.contentSha);
  return text === undefined ? pact.text : mergePacts(text, pact.text);
}
