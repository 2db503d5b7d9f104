import { headerValue } from '../media-type.js';
import type { HttpRequest, HttpResponse } from '../model.js';
import { field, hasField, isRecord, pointer } from './json-guards.js';
import { normaliseBody } from './normalise-body.js';
import { normaliseGenerators } from './normalise-generators.js';
import { normaliseHeaders } from './normalise-headers.js';
import { normaliseMatchingRules } from './normalise-matching-rules.js';
import { normaliseQuery } from './normalise-query.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/**
 * The request of an HTTP interaction. Strict parsing requires `method` and `path`; lenient
 * normalisation (matching test cases) fills what is missing with `''` so both sides compare equal.
 *
 * @example normaliseRequest({ method: 'get', path: '/a', query: 'x=1' }, ctx, '/interactions/0/request').query // { x: ['1'] }
 */
export function normaliseRequest(raw: unknown, ctx: ParseContext, location: string): HttpRequest {
  const part = requirePart(raw, ctx, location, 'request');
  const method = field(part, 'method');
  const path = field(part, 'path');
  if (typeof method !== 'string' || method === '')
    invalid(ctx, 'The request needs a "method" string', pointer(location, 'method'));
  if (typeof path !== 'string') invalid(ctx, 'The request needs a "path" string', pointer(location, 'path'));
  const headers = normaliseHeaders(field(part, 'headers'), ctx, pointer(location, 'headers'));
  const { query, rawQuery } = normaliseQuery(field(part, 'query'), ctx, pointer(location, 'query'));
  const request: HttpRequest = {
    method: typeof method === 'string' ? method.toUpperCase() : '',
    path: typeof path === 'string' ? path : '',
    query,
    headers,
    ...normaliseContents(part, headers, ctx, location),
  };
  return rawQuery === undefined ? request : { ...request, rawQuery };
}

/**
 * The response of an HTTP interaction. Strict parsing requires a numeric `status` (a numeric string is
 * accepted); lenient normalisation defaults it to 200.
 */
export function normaliseResponse(raw: unknown, ctx: ParseContext, location: string): HttpResponse {
  const part = requirePart(raw, ctx, location, 'response');
  const rawStatus = field(part, 'status');
  const status = typeof rawStatus === 'string' && /^\d{3}$/.test(rawStatus) ? Number(rawStatus) : rawStatus;
  if (!(typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 999)) {
    invalid(ctx, 'The response needs a numeric "status" between 100 and 999', pointer(location, 'status'));
  }
  const headers = normaliseHeaders(field(part, 'headers'), ctx, pointer(location, 'headers'));
  return {
    status: typeof status === 'number' ? status : 200,
    headers,
    ...normaliseContents(part, headers, ctx, location),
  };
}

/** Body, matching rules and generators: read the same way for requests and responses. */
function normaliseContents(
  part: Record<string, unknown>,
  headers: Record<string, string[]>,
  ctx: ParseContext,
  location: string,
): Pick<HttpRequest, 'body' | 'matchingRules' | 'generators'> {
  return {
    body: normaliseBody(
      field(part, 'body'),
      hasField(part, 'body'),
      headerValue(headers, 'content-type'),
      ctx,
      pointer(location, 'body'),
    ),
    matchingRules: normaliseMatchingRules(
      field(part, 'matchingRules'),
      ctx,
      pointer(location, 'matchingRules'),
    ),
    generators: normaliseGenerators(field(part, 'generators'), ctx, pointer(location, 'generators')),
  };
}

function requirePart(
  raw: unknown,
  ctx: ParseContext,
  location: string,
  name: string,
): Record<string, unknown> {
  if (isRecord(raw)) return raw;
  invalid(ctx, `The interaction needs a "${name}" object`, location);
  return {};
}
