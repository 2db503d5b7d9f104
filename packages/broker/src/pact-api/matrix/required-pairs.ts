import type { Store, Version } from '../../store/index.js';

/** A (consumer version, provider version) pair whose pact must be verified; `provider.version` null: none picked. */
export interface RequiredPair {
  consumer: { name: string; version: string };
  provider: { name: string; version: string | null };
  contractSha: string;
}

/** The versions that count for a pacticipant nobody specified; undefined: the query does not bring it in. */
export type PickOthers = (pacticipant: string) => Promise<Version[] | undefined>;

/**
 * The pairs a can-i-deploy query needs verified, as the Pact Broker finds its integrations: each specified
 * version's pacts, with every picked version of their provider (a provider with none picked is still a pair,
 * with no version: a consumer needs its providers); and, where it is a provider, the pacts of every picked
 * version of its consumers (a consumer with none picked is no pair: a provider may go first). A pacticipant
 * that is itself specified counts at its specified versions, never at the ones `pickOthers` would choose.
 */
export async function requiredPairs(
  store: Store,
  specified: Map<string, Version[]>,
  pickOthers: PickOthers,
): Promise<RequiredPair[]> {
  const picked = new Map<string, Version[] | undefined>(specified);
  const versionsOf = async (name: string) => {
    if (!picked.has(name)) picked.set(name, await pickOthers(name));
    return picked.get(name);
  };
  const pairs: RequiredPair[] = [];
  const add = (pair: RequiredPair) => {
    const same = (seen: RequiredPair) =>
      seen.contractSha === pair.contractSha &&
      seen.consumer.name === pair.consumer.name &&
      seen.consumer.version === pair.consumer.version &&
      seen.provider.name === pair.provider.name &&
      seen.provider.version === pair.provider.version;
    if (!pairs.some(same)) pairs.push(pair);
  };
  const integrations = await store.integrations.latest();
  for (const [name, versions] of specified) {
    for (const version of versions) {
      for (const contract of await store.contracts.forConsumerVersion(version.id)) {
        const providers = await versionsOf(contract.provider);
        if (providers === undefined) continue;
        const consumer = { name, version: version.number };
        const contractSha = contract.contentSha;
        if (providers.length === 0)
          add({ consumer, provider: { name: contract.provider, version: null }, contractSha });
        for (const provider of providers)
          add({ consumer, provider: { name: contract.provider, version: provider.number }, contractSha });
      }
    }
    const consumers = integrations.filter((row) => row.provider === name).map((row) => row.consumer);
    for (const consumer of consumers) {
      const consumerVersions = (await versionsOf(consumer)) ?? [];
      for (const version of versions) {
        const contracts = await store.contracts.forProviderFromVersions(
          version.serviceId,
          consumerVersions.map((seen) => seen.id),
        );
        for (const contract of contracts)
          add({
            consumer: { name: consumer, version: contract.consumerVersion },
            provider: { name, version: version.number },
            contractSha: contract.contentSha,
          });
      }
    }
  }
  return pairs;
}
