import { comparisonRules, namesFiring } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { requestLog } from '../logging/request-log.js';
import type { Comparison } from '../store/index.js';
import { mainBranchCandidates } from '../versions/ensure-version.js';
import type { OneCallStored } from './contract-store.js';
import {
  compareBefore,
  type ContractToPublish,
  maxAttempts,
  startCompared,
  type Compared,
  type PublishContractResult,
} from './store-with-comparisons.js';

/** A checked contract and how to publish it (publish-contract.ts's `PreparedContract`). */
interface OneCallContract extends ContractToPublish {
  input: ContractToPublish['input'] & {
    content: string;
    branch?: string;
    tags?: string[];
    overwrite?: boolean;
    announceUnchanged?: boolean;
  };
}

/** Every name a publication's events fire as: a subscription to any of them needs the outbox's planning. */
const hookNames = [
  ...new Set(
    ['contract.published', 'contract.content_changed', 'comparison.succeeded', 'comparison.failed'].flatMap(
      namesFiring,
    ),
  ),
];

/** How often the call runs again when PostgreSQL aborted it for a deadlock or serialisation failure. */
const maxConflictTries = 5;

/**
 * Publishes one contract as `storeWithComparisons` does (compare first with no transaction open, then write it
 * all or nothing, comparing again when the specs that matter changed meanwhile), the write being ONE statement:
 * migration 0023's `publish_contract` (`contracts.publishInOneCall`), so a publication is two round trips (the
 * specs that matter, then the call) instead of twelve. Answers `webhooks` when a subscription may fire (nothing
 * written: the caller publishes the usual way) and `conflict` for different content without overwrite.
 */
export async function publishInOneCall(
  deps: BrokerDeps,
  { input, parsed }: OneCallContract,
): Promise<PublishContractResult | 'webhooks' | 'conflict'> {
  const compared = startCompared({ input, parsed });
  for (let attempt = 1, conflicts = 0; ;) {
    await compareBefore(deps, { input, parsed }, compared);
    const call = {
      consumer: parsed.consumer,
      provider: parsed.provider,
      version: input.consumerVersion,
      branch: input.branch,
      tags: input.tags ?? [],
      content: input.content,
      sha: compared.sha,
      overwrite: input.overwrite === true,
      announceUnchanged: input.announceUnchanged === true,
      hookNames,
      mainCandidates: mainBranchCandidates,
      computed: [...compared.computed].map(([specSha, { row, parties }]) => ({
        specSha,
        status: row.status,
        summary: row.summary,
        findings: row.findings,
        error: row.error ?? null,
        payload: {
          contractSha: row.contractSha,
          specSha: row.specSha,
          status: row.status,
          ...parties,
          consumerVersion: input.consumerVersion,
        },
      })),
      storedShas: [...compared.stored.keys()],
      lastAttempt: attempt >= maxAttempts,
      rules: comparisonRules,
    };
    let answer;
    try {
      answer = await deps.store.contracts.publishInOneCall(call);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      // PostgreSQL rolled the statement back, so running it again is safe.
      if ((code === '40P01' || code === '40001') && ++conflicts < maxConflictTries) continue;
      throw error;
    }
    if (answer.status === 'stored') return resultOf(answer, { input, parsed }, compared);
    if (answer.status !== 'specs-changed') return answer.status;
    attempt++;
  }
}

function resultOf(
  answer: OneCallStored,
  { input, parsed }: OneCallContract,
  compared: Compared,
): PublishContractResult {
  for (const specSha of answer.skipped)
    requestLog()?.info(
      { contractSha: compared.sha, specSha },
      'the provider’s specs kept changing during the publication: this comparison is left to be computed when needed',
    );
  const comparisons = answer.comparisons.map((row): Comparison =>
    'stored' in row
      ? compared.stored.get(row.specSha)!
      : {
          contractSha: compared.sha,
          specSha: row.specSha,
          status: row.status,
          summary: row.summary,
          findings: row.findings,
          error: row.error,
          createdAt: new Date(row.createdAt),
        },
  );
  return {
    contract: {
      id: answer.contractId,
      consumer: parsed.consumer,
      consumerVersion: input.consumerVersion,
      consumerVersionId: answer.consumerVersionId,
      provider: parsed.provider,
      providerId: answer.providerId,
      contentSha: compared.sha,
      createdAt: new Date(answer.createdAt),
      updatedAt: new Date(answer.updatedAt),
    },
    outcome: answer.outcome,
    comparisons,
  };
}
