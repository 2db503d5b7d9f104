import path from 'node:path';
import type { SignetClient, SpecImpactAnswer } from '@signet/client';
import { readTextFile } from '../read-text-file.js';

export interface BrokerDiffResult extends SpecImpactAnswer {
  /** Whether a change breaks a consumer that counts (or a consumer broke and no change explains it). */
  failed: boolean;
}

/**
 * `signet diff --head FILE --provider P`: sends the candidate to the broker, which diffs it against P's latest
 * spec and compares it with the consumer contracts that count (deployed in `environment`, the latest on
 * `branch`, else each consumer's main branch). Nothing is stored. Fails when any of them would break.
 */
export async function diffAgainstBroker(
  client: SignetClient,
  input: { head: string; provider: string; environment?: string; branch?: string; cwd: string },
): Promise<BrokerDiffResult> {
  const content = await readTextFile(path.resolve(input.cwd, input.head), 'head spec');
  const answer = await client.specImpact.check(input.provider, {
    content,
    ...(input.environment === undefined ? {} : { environment: input.environment }),
    ...(input.branch === undefined ? {} : { branch: input.branch }),
  });
  return { ...answer, failed: answer.impact.broken };
}
