import type { ProviderSpec } from '@signet/core';

/** One operation of a spec, as the UI lists it. */
export interface OperationView {
  method: string;
  path: string;
  operationId: string | null;
  summary: string | null;
  /** `schema`: the value's JSON Schema as translated (`$ref`s point into the spec), null when none. */
  parameters: Array<{ name: string; in: string; required: boolean; schema: unknown }>;
  requestBody: { required: boolean; contentTypes: string[]; content: MediaTypeView[] } | null;
  responses: Array<{ status: string; contentTypes: string[]; schema: unknown; content: MediaTypeView[] }>;
}

/** One media type of a body and its JSON Schema as translated (null when the spec gives none). */
export interface MediaTypeView {
  contentType: string;
  schema: unknown;
}

/** What the UI shows of a loaded spec: plain data, so it can come back from the engine's worker. */
export interface SpecDescription {
  format: string;
  title: string | null;
  operations: OperationView[];
  schemas: Record<string, unknown>;
}

/**
 * A loaded spec's operations (with their summaries from the source document) and named schemas.
 *
 * @example describeLoadedSpec(await loadSpec(text)).operations[0] // { method: 'get', path: '/pets', … }
 */
export function describeLoadedSpec(loaded: ProviderSpec): SpecDescription {
  return {
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
    parameters: operation.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      schema: p.schema?.schema ?? null,
    })),
    requestBody:
      operation.requestBody === undefined
        ? null
        : {
            required: operation.requestBody.required,
            contentTypes: Object.keys(operation.requestBody.content),
            content: mediaTypes(operation.requestBody.content),
          },
    responses: operation.responses.map((response) => ({
      status: response.status,
      contentTypes: Object.keys(response.content),
      schema: Object.values(response.content)[0]?.schema?.schema ?? null,
      content: mediaTypes(response.content),
    })),
  };
}

function mediaTypes(content: Record<string, { schema?: { schema: unknown } }>): MediaTypeView[] {
  return Object.entries(content).map(([contentType, media]) => ({
    contentType,
    schema: media.schema?.schema ?? null,
  }));
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
