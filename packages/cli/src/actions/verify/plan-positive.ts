import fc from 'fast-check';
import type { Operation, ProviderSpec } from '@signet/core';
import { boundaryValues } from './generate/boundary-values.js';
import { flattenSchema } from './generate/merge-schemas.js';
import { specExamples } from './generate/spec-examples.js';
import { bodyShape, requestArbitrary } from './request-arbitrary.js';
import { paramKey, type PlannedRequest, type RequestValues } from './request-model.js';

/**
 * Requests from the spec's examples: the i-th request takes the i-th example of every parameter and of the body
 * that has one (the last when fewer), and fills the rest from `fallback` (a generated valid request).
 */
export function exampleRequests(
  spec: ProviderSpec,
  operation: Operation,
  fallback: RequestValues | undefined,
): PlannedRequest[] {
  const root = spec.schemaRoot;
  const perParam = operation.parameters.map((param) => ({
    key: paramKey(param),
    examples: specExamples(root, param.schema),
  }));
  const shape = bodyShape(operation);
  const bodyExamples = shape
    ? specExamples(root, operation.requestBody?.content[shape.mediaType]?.schema)
    : [];
  const count = Math.max(bodyExamples.length, ...perParam.map((p) => p.examples.length));
  const requests: PlannedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const params: Record<string, unknown> = { ...fallback?.params };
    for (const { key, examples } of perParam)
      if (examples.length > 0) params[key] = examples[Math.min(i, examples.length - 1)];
    const values: RequestValues = { params, body: fallback?.body };
    if (shape && bodyExamples.length > 0)
      values.body = { mediaType: shape.mediaType, value: bodyExamples[Math.min(i, bodyExamples.length - 1)] };
    requests.push({ operation, kind: 'example', note: `spec example ${i + 1}`, values });
  }
  return requests;
}

/** `count` valid requests from the schemas, reproducible from `seed`. */
export function generatedValues(
  spec: ProviderSpec,
  operation: Operation,
  seed: number,
  count: number,
): RequestValues[] {
  return fc.sample(requestArbitrary(spec, operation), { seed, numRuns: count });
}

/** The base request with one parameter or top-level body property at a time set to each of its boundary values. */
export function boundaryRequests(
  spec: ProviderSpec,
  operation: Operation,
  base: RequestValues,
): PlannedRequest[] {
  const root = spec.schemaRoot;
  const requests: PlannedRequest[] = [];
  for (const param of operation.parameters) {
    if (!param.schema) continue;
    for (const edge of boundaryValues(root, param.schema.schema)) {
      const values = { ...base, params: { ...base.params, [paramKey(param)]: edge.value } };
      requests.push({ operation, kind: 'boundary', note: `${param.in} ${param.name}: ${edge.note}`, values });
    }
  }
  const body = base.body;
  const schema = body && operation.requestBody?.content[body.mediaType]?.schema;
  const object = schema && flattenSchema(root, schema.schema);
  if (!body || !object || typeof body.value !== 'object' || body.value === null) return requests;
  for (const [name, property] of Object.entries(
    (object.properties ?? {}) as Record<string, boolean | Record<string, unknown>>,
  )) {
    for (const edge of boundaryValues(root, property)) {
      const value = { ...(body.value as Record<string, unknown>), [name]: edge.value };
      requests.push({
        operation,
        kind: 'boundary',
        note: `body.${name}: ${edge.note}`,
        values: { ...base, body: { ...body, value } },
      });
    }
  }
  return requests;
}
