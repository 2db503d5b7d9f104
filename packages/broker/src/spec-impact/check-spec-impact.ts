import type { SpecImpact } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { readSpec } from '../documents/read-documents.js';
import { contentSha } from '../documents/document-store.js';
import { EngineCrashError, EngineTimeoutError } from '../engine-pool/index.js';
import { TooCostlyError } from '../errors/too-costly-error.js';
import { findService } from '../services/find-service.js';
import { latestSpecOfKind } from '../specs/find-specs.js';
import { countingConsumers, type ConsumerSelection } from './counting-consumers.js';

export interface SpecImpactQuery extends ConsumerSelection {
  provider: string;
  /** The candidate spec's text. */
  content: string;
}

export interface SpecImpactAnswer {
  provider: string;
  /** The stored spec the candidate is compared with: the provider's latest (of the candidate's kind). */
  base: { id: number; version: string | null; contentSha: string };
  selection: ConsumerSelection;
  impact: SpecImpact;
}

/**
 * What publishing `content` as `provider`'s spec would do to the consumers that count: the classified changes
 * from its latest stored spec, each with the consumers it breaks. Nothing is stored. The candidate is checked
 * like a publication (size, loader), and the work runs in the engine pool, under its time limit.
 */
export async function checkSpecImpact(deps: BrokerDeps, query: SpecImpactQuery): Promise<SpecImpactAnswer> {
  const provider = await findService(deps.store, query.provider);
  const kind = await readSpec(deps, query.content);
  // The base is the provider's latest spec of the candidate's kind (it may hold an OpenAPI and an AsyncAPI one);
  // a spec of the other kind is no base to diff against, so a provider without one of this kind is a 404.
  const { spec, content } = await latestSpecOfKind(deps.store, query.provider, kind);
  if (content === undefined) throw new Error(`spec ${spec.id}: its document ${spec.contentSha} is missing`);
  const selection = {
    ...(query.environment === undefined ? {} : { environment: query.environment }),
    ...(query.branch === undefined ? {} : { branch: query.branch }),
  };
  const consumers = await countingConsumers(deps, provider, selection);
  const impact = await engineWork(() =>
    deps.engine.specImpact({
      base: { sha: spec.contentSha, text: content },
      head: { sha: contentSha(query.content), text: query.content },
      consumers,
      maxBytes: deps.limits.maxDocumentBytes,
    }),
  );
  return {
    provider: provider.name,
    base: { id: spec.id, version: spec.version ?? null, contentSha: spec.contentSha },
    selection,
    impact,
  };
}

/** Engine work a request waits for: past the time limit, or with its worker lost, a 422 saying so. */
export async function engineWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EngineTimeoutError)
      throw new TooCostlyError(
        'spec-impact.timeout',
        `the impact could not be computed in time: ${error.message}`,
      );
    if (error instanceof EngineCrashError)
      throw new TooCostlyError('spec-impact.failed', `the impact could not be computed: ${error.message}`);
    throw error;
  }
}
