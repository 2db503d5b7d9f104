/**
 * The realistic ways a consumer contract drifts from GitHub's spec. Each takes a compatible interaction and
 * returns a broken copy, or undefined when the operation offers nothing to break that way.
 */
import type { GithubSpec, Schema, SpecOperation } from './github-spec.js';
import type { PactInteraction } from './github-interaction.js';
import { responseMedia, successStatus } from './github-interaction.js';
import type { Prng } from './prng.js';
import { flattenAllOf, schemaType } from './sample-value.js';

export type Intent =
  | 'compatible'
  | 'undeclared-response-field'
  | 'wrong-response-type'
  | 'unknown-path'
  | 'undocumented-status'
  | 'missing-required-request-field';

export const BREAKAGES: Exclude<Intent, 'compatible'>[] = [
  'undeclared-response-field',
  'wrong-response-type',
  'unknown-path',
  'undocumented-status',
  'missing-required-request-field',
];

type Break = (
  spec: GithubSpec,
  op: SpecOperation,
  i: PactInteraction,
  rng: Prng,
) => PactInteraction | undefined;

export const breakers: Record<Exclude<Intent, 'compatible'>, Break> = {
  'undeclared-response-field': (spec, op, i) => {
    const target = responseObject(spec, op, i)?.value;
    if (!target) return undefined;
    target.insights_score = 0.87; // a field the provider never promised
    return i;
  },
  'wrong-response-type': (spec, op, i) => {
    const found = responseObject(spec, op, i);
    if (!found) return undefined;
    for (const [key, value] of Object.entries(found.value)) {
      const type = plainType(spec, found.schema.properties?.[key]);
      if (type === 'string' && typeof value === 'string') found.value[key] = 1234;
      else if ((type === 'integer' || type === 'number') && typeof value === 'number')
        found.value[key] = String(value);
      else if (type === 'boolean' && typeof value === 'boolean') found.value[key] = value ? 'yes' : 'no';
      else continue;
      return i;
    }
    return undefined;
  },
  'unknown-path': (spec, op, i, rng) => {
    if (rng.chance(0.5)) {
      i.request.path = `${i.request.path}/insights`; // an endpoint the provider never built
      return i;
    }
    const methods = ['get', 'post', 'put', 'patch', 'delete'];
    const declared = new Set(Object.keys(spec.document.paths[op.path]));
    const unused = methods.filter((m) => !declared.has(m));
    if (unused.length === 0) return undefined;
    i.request.method = rng.pick(unused).toUpperCase();
    return i;
  },
  'undocumented-status': (spec, op, i, rng) => {
    const unused = ['409', '418', '429', '500', '503'].filter((s) => !op.statuses.includes(s));
    i.response = {
      status: Number(rng.pick(unused)),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Something went wrong', documentation_url: 'https://docs.github.com/rest' },
    };
    return i;
  },
  'missing-required-request-field': (spec, op, i) => {
    if (!op.requestBody || !i.request.body || typeof i.request.body !== 'object') return undefined;
    const schema = flattenAllOf(spec.resolve, spec.resolve(op.requestBody.schema));
    const required = (schema.required ?? []) as string[];
    const key = required.find((k) => k in i.request.body);
    if (!key || schema.oneOf || schema.anyOf) return undefined;
    delete i.request.body[key];
    return i;
  },
};

/** The object the consumer reads in a response body (the body, or its first item), with its schema. */
function responseObject(spec: GithubSpec, op: SpecOperation, i: PactInteraction) {
  const status = successStatus(spec, op);
  const media = status ? responseMedia(spec, op, status) : undefined;
  if (!media) return undefined;
  let schema = resolveFlat(spec, media.schema);
  let value: unknown = i.response.body;
  if (Array.isArray(value) && schemaType(schema) === 'array') {
    value = value[0];
    schema = resolveFlat(spec, schema.items);
  }
  const isPlainObject = value && typeof value === 'object' && !Array.isArray(value);
  if (!isPlainObject || !schema.properties || schema.oneOf || schema.anyOf) return undefined;
  return { value: value as Record<string, unknown>, schema };
}

function plainType(spec: GithubSpec, schema: unknown): string | undefined {
  const s = resolveFlat(spec, schema);
  return s.oneOf || s.anyOf || s.enum ? undefined : schemaType(s);
}

function resolveFlat(spec: GithubSpec, schema: unknown): Schema {
  return flattenAllOf(spec.resolve, spec.resolve(schema) ?? {});
}
