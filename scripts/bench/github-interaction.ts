/** Turns one operation of GitHub's spec into a Pact v3 HTTP interaction a real client could have recorded. */
import type { GithubSpec, Schema, SpecOperation } from './github-spec.js';
import { firstExample } from './github-spec.js';
import type { Prng } from './prng.js';
import { flattenAllOf, sampleValue, schemaType, Unsatisfiable } from './sample-value.js';
import { pathValue, queryValue } from './request-values.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Pact interaction as JSON, built up field by field
export type PactInteraction = Record<string, any>;

/** The JSON response an operation declares for a status, if any. */
export function responseMedia(spec: GithubSpec, op: SpecOperation, status: string): Schema | undefined {
  const response = spec.resolve(spec.document.paths[op.path][op.method].responses[status]);
  return response?.content?.['application/json'] as Schema | undefined;
}

/** The success status a client would record: the first 2xx, preferring one with a JSON body. */
export function successStatus(spec: GithubSpec, op: SpecOperation): string | undefined {
  const success = op.statuses.filter((s) => /^2\d\d$/.test(s));
  const response = (s: string) => spec.resolve(spec.document.paths[op.path][op.method].responses[s]);
  const usable = success.filter((s) => responseMedia(spec, op, s) || !response(s)?.content);
  return usable.find((s) => responseMedia(spec, op, s)) ?? usable[0];
}

/** Fills the path template, or returns undefined when a parameter has no plausible value. */
export function concretePath(spec: GithubSpec, op: SpecOperation, rng: Prng): string | undefined {
  let failed = false;
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    const value = param ? pathValue(param, spec.resolve(param.schema ?? {}), rng) : undefined;
    if (value === undefined) failed = true;
    return encodeURIComponent(value ?? '');
  });
  return failed ? undefined : path;
}

function query(spec: GithubSpec, op: SpecOperation, rng: Prng): Record<string, string[]> | undefined {
  const result: Record<string, string[]> = {};
  for (const param of op.parameters.filter((p) => p.in === 'query')) {
    if (!param.required && !rng.chance(0.3)) continue;
    const value = queryValue(param, spec.resolve(param.schema ?? {}), rng);
    if (value === undefined && param.required) return undefined;
    if (value !== undefined) result[String(param.name)] = [value];
  }
  return result;
}

/** Builds a compatible interaction, or undefined when the operation cannot be exercised plausibly. */
export function buildInteraction(
  spec: GithubSpec,
  op: SpecOperation,
  rng: Prng,
): PactInteraction | undefined {
  try {
    return tryBuildInteraction(spec, op, rng);
  } catch (error) {
    if (error instanceof Unsatisfiable) return undefined;
    throw error;
  }
}

function tryBuildInteraction(spec: GithubSpec, op: SpecOperation, rng: Prng): PactInteraction | undefined {
  const status = successStatus(spec, op);
  const path = concretePath(spec, op, rng);
  const params = query(spec, op, rng);
  if (!status || !path || !params) return undefined;
  const request: PactInteraction = {
    method: op.method.toUpperCase(),
    path,
    headers: { Accept: 'application/json' },
  };
  if (Object.keys(params).length > 0) request.query = params;
  if (rng.chance(0.5)) request.headers.Authorization = 'Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a';
  if (op.requestBody) {
    const schema = flattenAllOf(spec.resolve, spec.resolve(op.requestBody.schema));
    if (schemaType(schema) !== 'object' && !schema.oneOf && !schema.anyOf) return undefined;
    request.headers['Content-Type'] = 'application/json';
    request.body = sampleValue(sampleOptions(spec, rng, 'request'), schema, op.requestBody.example);
  }
  const response: PactInteraction = { status: Number(status) };
  const media = responseMedia(spec, op, status);
  if (media) {
    response.headers = { 'Content-Type': 'application/json; charset=utf-8' };
    response.body = sampleValue(
      sampleOptions(spec, rng, 'response'),
      media.schema,
      firstExample(media, spec.resolve),
    );
    if (rng.chance(0.3)) addMatchingRules(request, response, op);
  }
  return {
    description: `${op.summary} (${op.operationId})`,
    providerStates: providerStates(op, path),
    request,
    response,
  };
}

export function sampleOptions(spec: GithubSpec, rng: Prng, mode: 'request' | 'response') {
  return { resolve: spec.resolve, rng, mode };
}

function providerStates(op: SpecOperation, path: string) {
  const repo = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
  if (repo) return [{ name: 'a repository exists', params: { owner: repo[1], repo: repo[2] } }];
  const org = /^\/orgs\/([^/]+)/.exec(path);
  if (org) return [{ name: 'an organization exists', params: { org: org[1] } }];
  return op.method === 'get' ? [] : [{ name: 'the user is authenticated' }];
}

/** Type matchers on some top-level fields, `min` on arrays, and a regex on the path, as pact-js users write. */
function addMatchingRules(request: PactInteraction, response: PactInteraction, op: SpecOperation) {
  const body = response.body as unknown;
  const rules: Record<string, { matchers: Array<Record<string, unknown>> }> = {};
  if (Array.isArray(body)) rules['$'] = { matchers: [{ match: 'type', min: 1 }] };
  const top = Array.isArray(body) ? body[0] : body;
  const prefix = Array.isArray(body) ? '$[*]' : '$';
  if (top && typeof top === 'object') {
    for (const [key, value] of Object.entries(top as Record<string, unknown>).slice(0, 4)) {
      if (value !== null && typeof value !== 'object')
        rules[`${prefix}.${key}`] = { matchers: [{ match: 'type' }] };
    }
  }
  if (Object.keys(rules).length > 0) response.matchingRules = { body: rules };
  const pattern = op.path
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  request.matchingRules = { path: { matchers: [{ match: 'regex', regex: `^${pattern}$` }] } };
}
