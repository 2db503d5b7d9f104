import type { BrokerDeps } from '../deps.js';
import { InvalidDocumentError, NotFoundError } from '../errors/broker-error.js';
import type { Spec, SpecKind } from '../store/index.js';
import type { OperationView } from './spec-description.js';
import { latestSpecOfKind, latestSpecOfOneKind } from './find-specs.js';
import { versionSpec } from './version-spec.js';

export type { OperationView };

/** A spec's operations and named schemas, read through core's loader (any supported format, JSON or YAML). */
export interface SpecOperations {
  service: string;
  version: string | null;
  contentSha: string;
  kind: SpecKind;
  format: string;
  title: string | null;
  operations: OperationView[];
  schemas: Record<string, unknown>;
}

/**
 * The operations and schemas of the provider's latest spec (of `kind`); 404 when it has published none, 400
 * `spec.kind-ambiguous` without `kind` when it has OpenAPI and AsyncAPI specs (as `GET …/specs/latest`).
 */
export async function latestSpecOperations(
  deps: BrokerDeps,
  provider: string,
  kind?: SpecKind,
): Promise<SpecOperations> {
  const { spec, content: text } = await (kind === undefined
    ? latestSpecOfOneKind(deps.store, provider)
    : latestSpecOfKind(deps.store, provider, kind));
  if (text === undefined)
    throw new NotFoundError('spec.not-found', `the content of ${provider}'s spec is missing`);
  return describeStored(deps, spec, text, `${provider}'s latest spec`);
}

/**
 * The operations and schemas of the spec `provider@version` published (an older one too), so the UI shows the
 * spec a matrix cell was compared with; 404 as `GET …/versions/{version}/spec`.
 */
export async function versionSpecOperations(
  deps: BrokerDeps,
  provider: string,
  version: string,
  kind?: SpecKind,
): Promise<SpecOperations> {
  const { spec, content } = await versionSpec(deps.store, provider, version, kind);
  return describeStored(deps, spec, content, `the spec of ${provider}@${version}`);
}

async function describeStored(
  deps: BrokerDeps,
  spec: Spec,
  text: string,
  what: string,
): Promise<SpecOperations> {
  // Stored specs loaded when published; one that no longer loads (an older loader, imported data) is a 422.
  const described = await deps.engine
    .describeSpec({ sha: spec.contentSha, text }, { maxBytes: deps.limits.maxDocumentBytes })
    .catch((error: unknown) => {
      throw new InvalidDocumentError(
        'spec.unreadable',
        `${what} does not load: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  return {
    service: spec.service,
    version: spec.version,
    contentSha: spec.contentSha,
    kind: spec.kind,
    ...described,
  };
}
