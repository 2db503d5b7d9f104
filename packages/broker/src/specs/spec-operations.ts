import type { ProviderSpec } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { InvalidDocumentError, NotFoundError } from '../errors/broker-error.js';
import { findService } from '../services/find-service.js';

/** One operation of a spec, as the UI lists it. */
export interface OperationView {
  method: string;
  path: string;
  operationId: string | null;
  summary: string | null;
  parameters: Array<{ name: string; in: string; required: boolean }>;
  requestBody: { required: boolean; contentTypes: string[] } | null;
  responses: Array<{ status: string; contentTypes: string[]; schema: unknown }>;
}

/** A spec's operations and named schemas, read through core's loader (any supported format, JSON or YAML). */
export interface SpecOperations {
  service: string;
  version: string | null;
  contentSha: string;
  format: string;
  title: string | null;
  operations: OperationView[];
  schemas: Record<string, unknown>;
}

/** The operations and schemas of the provider's latest spec; 404 when it has published none. */
export async function latestSpecOperations(deps: BrokerDeps, provider: string): Promise<SpecOperations> {
  const service = await findService(deps.store, provider);
  const spec = await deps.store.specs.latest(service.id);
  if (spec === undefined) throw new NotFoundError('spec.not-found', `${provider} has not published a spec`);
  const text = await deps.store.documents.get(spec.contentSha);
  if (text === undefined)
    throw new NotFoundError('spec.not-found', `the content of ${provider}'s spec is missing`);
  // Stored specs loaded when published; one that no longer loads (an older loader, imported data) is a 422.
  const loaded = await deps.engine
    .loadSpec(text, { maxBytes: deps.limits.maxDocumentBytes })
    .catch((error: unknown) => {
      throw new InvalidDocumentError(
        'spec.unreadable',
        `${provider}'s latest spec does not load: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  return {
    service: spec.service,
    version: spec.version,
    contentSha: spec.contentSha,
    format: loaded.format,
    title: loaded.info.title ?? null,
    operations: loaded.operations.map((operation) => viewOf(operation, loaded.document)),
    schemas: namedSchemas(loaded.document),
  };
}

function viewOf(
  operation: ProviderSpec['operations'][number],
  document: Record<string, unknown>,
): OperationView {
  const source = objectAt(objectAt(document['paths'])[operation.path])[operation.method];
  const summary = objectAt(source)['summary'];
  return {
    method: operation.method,
    path: operation.path,
    operationId: operation.operationId ?? null,
    summary: typeof summary === 'string' ? summary : null,
    parameters: operation.parameters.map((p) => ({ name: p.name, in: p.in, required: p.required })),
    requestBody:
      operation.requestBody === undefined
        ? null
        : {
            required: operation.requestBody.required,
            contentTypes: Object.keys(operation.requestBody.content),
          },
    responses: operation.responses.map((response) => ({
      status: response.status,
      contentTypes: Object.keys(response.content),
      schema: Object.values(response.content)[0]?.schema?.schema ?? null,
    })),
  };
}

/** OpenAPI 3 `components.schemas` or Swagger 2 `definitions`, as written. */
function namedSchemas(document: Record<string, unknown>): Record<string, unknown> {
  const components = objectAt(objectAt(document['components'])['schemas']);
  return Object.keys(components).length > 0 ? components : objectAt(document['definitions']);
}

function objectAt(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
