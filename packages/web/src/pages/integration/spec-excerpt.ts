import type { Finding, SpecOperations } from '@signet/client';

/** The schema to show beside a finding, and where it came from (`value`: the finding's own spec value). */
export interface SpecExcerpt {
  schema: unknown;
  /** `value` (the finding's own spec value), or which part of the operation, e.g. `response 200 (application/json)`. */
  from: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const schemaKeys = ['type', '$ref', 'properties', 'items', 'allOf', 'oneOf', 'anyOf', 'enum'];

/**
 * The schema excerpt at a finding's spec location: the finding's own value when it is a schema (or a media type or
 * parameter holding one), else the schema of the response status or request body the location names, read from the
 * compared spec's operation. Undefined when neither applies (the value is then shown as JSON).
 */
export function specExcerpt(finding: Finding, spec: SpecOperations | undefined): SpecExcerpt | undefined {
  const details = finding.specDetails;
  if (details === undefined) return undefined;
  const value = details.value;
  if (isObject(value)) {
    if (schemaKeys.some((key) => key in value)) return { schema: value, from: 'value' };
    if (isObject(value['schema'])) return { schema: value['schema'], from: 'value' };
    // An AsyncAPI message: its payload schema (the spec's refs resolve in the AsyncAPI spec's named schemas).
    if (isObject(value['payload'])) return { schema: value['payload'], from: 'message payload' };
  }
  if (value !== undefined || spec === undefined || details.pathMethod === undefined) return undefined;
  const operation = spec.operations.find(
    (o) => o.method.toLowerCase() === details.pathMethod?.toLowerCase() && o.path === details.pathName,
  );
  if (operation === undefined) return undefined;
  const status = /\.responses\.([0-9]{3}|[1-5]XX|default)(?:\.|$)/i.exec(details.location)?.[1];
  if (status !== undefined) {
    const response = operation.responses.find((r) => r.status.toLowerCase() === status.toLowerCase());
    const media = response?.content.find((m) => m.schema !== null);
    return media === undefined
      ? undefined
      : { schema: media.schema, from: `response ${response!.status} (${media.contentType})` };
  }
  if (/\.requestBody(?:\.|$)/.test(details.location)) {
    const media = operation.requestBody?.content.find((m) => m.schema !== null);
    return media === undefined
      ? undefined
      : { schema: media.schema, from: `request body (${media.contentType})` };
  }
  return undefined;
}
