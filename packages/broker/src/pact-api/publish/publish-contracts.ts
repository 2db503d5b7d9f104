import {
  prepareContract,
  storePreparedContract,
  type PreparedContract,
  type PublishContractResult,
} from '../../contracts/publish-contract.js';
import { storeWithComparisons } from '../../contracts/store-with-comparisons.js';
import { defaultPactSettings } from '../../config/pact-settings.js';
import type { BrokerDeps } from '../../deps.js';
import { InvalidDocumentError } from '../../errors/broker-error.js';
import { ValidationError } from '../../http/parse.js';
import { FieldErrorList } from '../errors/pact-validation-error.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import { branchFromFirstTag, deploymentsFromTags } from '../../versions/tag-effects.js';
import { mergePacts } from './merge-pact.js';
import type { PactToPublish, PublishRequest } from './publish-request.js';

/** One published pact and what became of it. */
export interface PublishedPact {
  pact: PactToPublish;
  result: PublishContractResult;
  /** The consumer version's branch after publishing (given, or its first tag). */
  branch: string | null;
}

/**
 * Publishes the request's pacts all or nothing: every pact is checked first (Pact's field errors name each
 * invalid one), then compared, then all are stored with their comparisons in one transaction (a conflict in any
 * stores none). Each goes through the same steps as `/api/v1/contracts`, so it is stored, compared and put on
 * the timeline alike.
 * A `buildUrl` becomes the consumer version's, in the same transaction.
 */
export async function publishContracts(deps: BrokerDeps, request: PublishRequest): Promise<PublishedPact[]> {
  const settings = deps.pact ?? defaultPactSettings;
  const allowModification = settings.allowDangerousContractModification;
  const errors = new FieldErrorList();
  const prepared: Array<{ pact: PactToPublish; contract: PreparedContract }> = [];
  for (const [index, pact] of request.contracts.entries()) {
    const field = `contracts.${index}.content`;
    const content = pact.onConflict === 'merge' ? await merged(deps, request, pact) : pact.text;
    try {
      const contract = prepareContract(
        deps,
        {
          content,
          consumerVersion: request.pacticipantVersionNumber,
          branch: request.branch,
          tags: request.tags,
          consumer: pact.consumer,
          // The Pact CLI always sends onConflict: overwrite, so it is no consent: like the Pact Broker, only the
          // broker's setting lets changed content replace a version's pact (a merge keeps what was there).
          overwrite: pact.onConflict === 'merge' || allowModification,
          replaceAdvice:
            'or ask the broker operator to set SIGNET_ALLOW_DANGEROUS_CONTRACT_MODIFICATION=true',
          announceUnchanged: true,
        },
        field,
      );
      prepared.push({ pact, contract });
    } catch (error) {
      if (error instanceof InvalidDocumentError) errors.add(field, error.message);
      else if (error instanceof ValidationError)
        for (const issue of error.issues) errors.add(issue.path, issue.message);
      else throw error;
    }
  }
  errors.throwIfAny();
  const branches: Array<string | null> = [];
  const results = await storeWithComparisons(
    deps,
    prepared.map(({ contract }) => contract),
    async (store) => {
      const tagged = {
        service: request.pacticipantName,
        number: request.pacticipantVersionNumber,
        tags: request.tags ?? [],
        branch: request.branch,
      };
      const before = await store.versions.find(tagged.service, tagged.number);
      const branch = await branchFromFirstTag(store, settings, tagged);
      const rows = [];
      for (const { contract } of prepared)
        rows.push(await storePreparedContract(store, { ...contract, input: { ...contract.input, branch } }));
      if (request.buildUrl !== undefined) {
        const consumer = await store.services.ensure(tagged.service);
        await ensureVersion(store, consumer, { number: tagged.number, buildUrl: request.buildUrl });
      }
      const newTags = tagged.tags.filter((tag) => !(before?.tags ?? []).includes(tag));
      await deploymentsFromTags(store, settings, { ...tagged, tags: newTags });
      branches.splice(0, branches.length, ...rows.map((row) => row.branch));
      return rows;
    },
  );
  return prepared.map(({ pact }, index) => ({ pact, result: results[index]!, branch: branches[index]! }));
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
