import type { Operation, ProviderSpec } from '@signet/core';
import { flattenSchema } from './generate/merge-schemas.js';
import { invalidValues } from './generate/invalid-values.js';
import type { SchemaValidators } from './schema-validators.js';
import { paramKey, type PlannedRequest, type RequestValues } from './request-model.js';

/**
 * Invalid variants of a valid request, one mistake each: a required parameter, body or body field left out, or a
 * parameter or top-level body field set to a value its schema rejects (checked as the provider would see it:
 * parameters as text, JSON bodies as JSON). Each must be answered with a 4xx.
 */
export function negativeRequests(
  spec: ProviderSpec,
  operation: Operation,
  base: RequestValues,
  validators: SchemaValidators,
): PlannedRequest[] {
  const root = spec.schemaRoot;
  const out: PlannedRequest[] = [];
  const add = (note: string, values: RequestValues): void =>
    void out.push({ operation, kind: 'negative', note, values });
  for (const param of operation.parameters) {
    const key = paramKey(param);
    if (param.required && param.in !== 'path') {
      const { [key]: _dropped, ...params } = base.params;
      add(`required ${param.in} parameter ${param.name} missing`, { ...base, params });
    }
    if (!param.schema || param.contentType) continue;
    for (const bad of invalidValues(root, param.schema.schema)) {
      if (typeof bad.value !== 'string' && typeof bad.value !== 'number') continue;
      if (validators.validate(param.schema.pointer, String(bad.value), true).valid !== false) continue;
      add(`${param.in} parameter ${param.name}: ${bad.note}`, {
        ...base,
        params: { ...base.params, [key]: bad.value },
      });
    }
  }
  const body = base.body;
  const schemaRef = body && operation.requestBody?.content[body.mediaType]?.schema;
  const pointer = schemaRef?.pointer;
  if (operation.requestBody?.required && body) add('required body missing', { params: base.params });
  if (!body || !schemaRef || pointer === undefined) return out;
  const json = /json/i.test(body.mediaType);
  const invalid = (value: unknown): boolean =>
    validators.validate(pointer, structuredClone(value), !json).valid === false;
  const object = flattenSchema(root, schemaRef.schema);
  const fields =
    typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
      ? (body.value as Record<string, unknown>)
      : undefined;
  if (!object || !fields) return out;
  for (const name of Array.isArray(object.required) ? (object.required as string[]) : []) {
    const { [name]: _dropped, ...rest } = fields;
    if (invalid(rest))
      add(`required body field ${name} missing`, { ...base, body: { ...body, value: rest } });
  }
  for (const [name, property] of Object.entries(
    (object.properties ?? {}) as Record<string, boolean | Record<string, unknown>>,
  )) {
    for (const bad of invalidValues(root, property)) {
      const value = { ...fields, [name]: bad.value };
      if (invalid(value)) add(`body.${name}: ${bad.note}`, { ...base, body: { ...body, value } });
    }
  }
  return out;
}
