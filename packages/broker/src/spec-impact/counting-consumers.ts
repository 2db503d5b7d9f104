import type { ConsumerContract } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { findEnvironment } from '../environments/environments.js';
import { allPages } from '../store/all-pages.js';
import type { Contract, Service } from '../store/index.js';

/** Which consumer versions count: those running in an environment, and/or the latest on a branch. */
export interface ConsumerSelection {
  environment?: string;
  /** Each consumer's latest version on this branch; without it (and without an environment), its main branch. */
  branch?: string;
}

/**
 * The contracts naming `provider` that count for a spec change, with where each consumer version runs:
 * - `environment`: the consumer versions deployed or released there now;
 * - `branch`: each consumer's newest version on that branch (if that version has a contract with the provider);
 * - neither: each consumer's newest version on its main branch, or, for a consumer with no main branch
 *   recorded, its newest contract with the provider (never silently left out).
 * Both flags together count the union. Contract texts are parsed here (linear, in-process).
 */
export async function countingConsumers(
  deps: BrokerDeps,
  provider: Service,
  selection: ConsumerSelection,
): Promise<ConsumerContract[]> {
  const { store } = deps;
  const chosen = new Map<number, { contract: Contract; environments: string[] }>();
  const choose = (contract: Contract, environment?: string) => {
    const entry = chosen.get(contract.id) ?? { contract, environments: [] };
    if (environment !== undefined && !entry.environments.includes(environment))
      entry.environments.push(environment);
    chosen.set(contract.id, entry);
  };
  if (selection.environment !== undefined) {
    const environment = await findEnvironment(store, selection.environment);
    const running = await store.deployedVersions.current({ environmentId: environment.id });
    const ids = [...new Set(running.filter((r) => r.service !== provider.name).map((r) => r.versionId))];
    for (const contract of await store.contracts.forProviderFromVersions(provider.id, ids))
      choose(contract, environment.name);
  }
  if (selection.branch !== undefined || selection.environment === undefined) {
    const all = await allPages((page) => store.contracts.list({ providerId: provider.id }, page));
    const byConsumer = new Map<string, Contract[]>();
    for (const contract of all)
      byConsumer.set(contract.consumer, [...(byConsumer.get(contract.consumer) ?? []), contract]);
    for (const [name, contracts] of byConsumer) {
      const consumer = await store.services.find(name);
      const branch = selection.branch ?? consumer?.mainBranch ?? undefined;
      if (!consumer || branch === undefined) {
        choose(contracts.reduce((a, b) => (b.id > a.id ? b : a)));
        continue;
      }
      const latest = await store.versions.latest(consumer.id, branch);
      const contract = latest && contracts.find((c) => c.consumerVersionId === latest.id);
      if (contract) choose(contract);
    }
  }
  const out: ConsumerContract[] = [];
  for (const { contract, environments } of [...chosen.values()].sort(
    (a, b) => a.contract.id - b.contract.id,
  )) {
    const text = await store.documents.get(contract.contentSha);
    if (text === undefined)
      throw new Error(`contract ${contract.id}: its document ${contract.contentSha} is missing`);
    const version = await store.versions.findById(contract.consumerVersionId);
    const consumer = await store.services.find(contract.consumer);
    const branches = version?.branches ?? [];
    out.push({
      consumer: contract.consumer,
      version: contract.consumerVersion,
      contract: deps.engine.parseContract(text, { maxBytes: Number.MAX_SAFE_INTEGER }),
      ...(environments.length > 0 ? { environments } : {}),
      ...(branches.length === 0
        ? {}
        : { branches, mainBranch: consumer?.mainBranch != null && branches.includes(consumer.mainBranch) }),
    });
  }
  return out;
}
