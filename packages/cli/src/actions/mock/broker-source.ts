import type { SignetClient } from '@signet/client';
import { CliError } from '../../exit-codes.js';
import { specFromBroker, type BrokerSpec } from '../verification/broker-spec.js';
import { latestSpecOnBranch } from '../verification/branch-spec.js';

/** Which provider version's spec to serve: the one deployed in an environment, a version, or a branch's latest. */
export interface BrokerMockQuery {
  provider: string;
  environment?: string;
  version?: string;
  branch?: string;
}

/**
 * The spec a consumer should test against, from the broker. `environment`: the version deployed (or released)
 * there now; `version`: that version; each as `signet test` picks a version's spec (its own, else its branch's
 * latest, else the main branch's), never the provider's unrelated latest. `branch` alone: the newest spec on it.
 * Several different versions deployed side by side in the environment is a usage error naming them: the mock
 * cannot be both.
 */
export async function mockSpecFromBroker(client: SignetClient, query: BrokerMockQuery): Promise<BrokerSpec> {
  const { provider, environment, branch } = query;
  let version = query.version;
  let deployedIn = '';
  if (environment !== undefined) {
    version = await deployedVersion(client, provider, environment);
    deployedIn = `deployed in ${environment}: `;
  }
  if (version !== undefined) {
    const spec = await specFromBroker(client, provider, { version, ...(branch && { branch }), insist: true });
    const why = spec.source === undefined ? `${provider}@${version}'s own spec` : spec.source;
    return { ...spec, source: `${deployedIn}${why}` };
  }
  if (branch === undefined) throw new CliError('give --environment, --version or --branch with --provider');
  const onBranch = await latestSpecOnBranch(client, provider, branch);
  if (!onBranch) throw new CliError(`${provider} has no spec published by a version on branch ${branch}`);
  return {
    text: onBranch.content,
    contentSha: onBranch.contentSha,
    label: `${provider}@${onBranch.version ?? '?'} (from the broker)`,
    source: `the latest on branch ${branch}`,
  };
}

async function deployedVersion(client: SignetClient, provider: string, environment: string): Promise<string> {
  const running = (await client.deployments.ofService(provider)).items.filter(
    (d) => d.environment === environment && d.current,
  );
  const versions = [...new Set(running.map((d) => d.version))];
  if (versions.length === 0)
    throw new CliError(`no version of ${provider} is deployed or released in ${environment}`);
  if (versions.length > 1)
    throw new CliError(
      `${environment} runs several versions of ${provider} (${versions.join(', ')}): choose one with --version`,
    );
  return versions[0] as string;
}
