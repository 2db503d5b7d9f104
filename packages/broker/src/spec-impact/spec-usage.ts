import type { SpecUsage } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { findService } from '../services/find-service.js';
import { latestSpec } from '../specs/find-specs.js';
import { engineWork } from './check-spec-impact.js';
import { countingConsumers, type ConsumerSelection } from './counting-consumers.js';

export interface SpecUsageAnswer {
  provider: string;
  spec: { id: number; version: string | null; contentSha: string };
  selection: ConsumerSelection;
  /** The consumer versions whose contracts were read. */
  consumers: Array<{ consumer: string; version?: string; environments?: string[]; branches?: string[] }>;
  usage: SpecUsage;
}

/** Which consumers that count use which parts of `provider`'s latest spec (computed in the engine pool). */
export async function specUsage(
  deps: BrokerDeps,
  provider: string,
  selection: ConsumerSelection,
): Promise<SpecUsageAnswer> {
  const service = await findService(deps.store, provider);
  // What consumers use of the HTTP spec, when the provider has one beside an AsyncAPI spec.
  const { spec, content } = await latestSpec(deps.store, provider, 'openapi');
  if (content === undefined) throw new Error(`spec ${spec.id}: its document ${spec.contentSha} is missing`);
  const consumers = await countingConsumers(deps, service, selection);
  const usage = await engineWork(() => deps.engine.usage({ sha: spec.contentSha, text: content }, consumers));
  return {
    provider: service.name,
    spec: { id: spec.id, version: spec.version ?? null, contentSha: spec.contentSha },
    selection,
    consumers: consumers.map(({ contract: _contract, ...rest }) => rest),
    usage,
  };
}
