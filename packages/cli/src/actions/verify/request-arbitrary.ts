import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Operation, ProviderSpec } from '@signet/core';
import { generationContext } from './generate/generation-context.js';
import { schemaArbitrary } from './generate/schema-arbitrary.js';
import { chooseMediaType } from './serialise-body.js';
import { paramKey, type RequestValues } from './request-model.js';

/** The body an operation's requests carry: the chosen media type and its schema, if any. */
export interface BodyShape {
  mediaType: string;
  pointer?: string;
  required: boolean;
}

/** The body media type the verifier sends for an operation (JSON first), or undefined when it has no body. */
export function bodyShape(operation: Operation): BodyShape | undefined {
  const body = operation.requestBody;
  const mediaType = body ? chooseMediaType(Object.keys(body.content)) : undefined;
  if (!body || mediaType === undefined) return undefined;
  return { mediaType, pointer: body.content[mediaType]?.schema?.pointer, required: body.required };
}

/**
 * An arbitrary of valid request values for an operation: every required parameter, optional ones sometimes,
 * and a body of the chosen media type. Header, cookie and path strings are letters and digits; path strings are
 * never empty.
 *
 * @throws {UnsatisfiableSchema} when a required part cannot be generated.
 */
export function requestArbitrary(spec: ProviderSpec, operation: Operation): Arbitrary<RequestValues> {
  const params: Record<string, Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const param of operation.parameters) {
    if (!param.schema) continue;
    const ctx = generationContext(spec.schemaRoot, {
      safeStrings: param.in !== 'query',
      nonEmptyStrings: param.in === 'path',
    });
    try {
      params[paramKey(param)] = schemaArbitrary(param.schema.schema, ctx);
      if (param.required) required.push(paramKey(param));
    } catch (error) {
      if (param.required) throw error;
    }
  }
  const paramsArbitrary = fc.record(params, { requiredKeys: required });
  const shape = bodyShape(operation);
  const schema = shape && operation.requestBody?.content[shape.mediaType]?.schema;
  if (!shape || !schema) return paramsArbitrary.map((p) => ({ params: p }));
  const body = schemaArbitrary(schema.schema, generationContext(spec.schemaRoot));
  return fc.record({ params: paramsArbitrary, body }).map(({ params: p, body: value }) => ({
    params: p,
    body: { mediaType: shape.mediaType, value },
  }));
}
