import type { Operation } from '@signet/core';
import type { SchemaValidators } from '../../verify/schema-validators.js';
import { header, parseQuery, type MockRequest } from '../http/mock-exchange.js';
import { bareType, coveredBy, isJson } from './media-types.js';
import type { RequestViolation } from './request-violation.js';

/**
 * The request body against the operation's: present when required, a Content-Type the operation accepts, and for
 * JSON and form bodies, valid against that media type's schema (form fields coerced from strings). Other media
 * types are accepted as they come: the mock does not parse them. A body sent to an operation without one is ignored.
 */
export function validateBody(
  validators: SchemaValidators,
  operation: Operation,
  request: MockRequest,
): RequestViolation[] {
  const spec = operation.requestBody;
  if (!spec) return [];
  if (request.body.length === 0) {
    return spec.required ? [{ kind: 'body', location: 'body', message: 'a request body is required' }] : [];
  }
  const contentType = header(request, 'content-type');
  const keys = Object.keys(spec.content);
  const type = contentType === undefined ? undefined : bareType(contentType);
  const key = type === undefined ? undefined : keys.find((k) => coveredBy(k, type));
  if (key === undefined || type === undefined) {
    const message = `${contentType === undefined ? 'no Content-Type' : `Content-Type ${contentType}`}; the operation accepts ${keys.join(', ')}`;
    return [{ kind: 'content-type', location: 'header.content-type', message }];
  }
  const schema = spec.content[key]?.schema;
  const parsed = parseBody(type, request.body);
  if (parsed.kind === 'malformed') return [{ kind: 'malformed', location: 'body', message: parsed.message }];
  if (parsed.kind === 'opaque' || !schema) return [];
  const result = validators.validate(schema.pointer, parsed.value, parsed.kind === 'form');
  if (result.valid === true) return [];
  if (result.valid === 'unvalidatable')
    return [
      { kind: 'unvalidatable', location: 'body', message: `schema cannot be compiled: ${result.reason}` },
    ];
  return result.violations.map((v) => ({
    kind: 'body',
    location: `body${v.instancePath}`,
    message: v.message,
  }));
}

type ParsedBody =
  { kind: 'json' | 'form'; value: unknown } | { kind: 'malformed'; message: string } | { kind: 'opaque' };

function parseBody(type: string, body: Buffer): ParsedBody {
  if (isJson(type)) {
    try {
      return { kind: 'json', value: JSON.parse(body.toString('utf8')) as unknown };
    } catch (error) {
      return { kind: 'malformed', message: `body is not valid JSON: ${(error as Error).message}` };
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields = parseQuery(body.toString('utf8'));
    // A field given once is a value, repeated an array, as forms encode arrays.
    const value = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
    return { kind: 'form', value };
  }
  return { kind: 'opaque' };
}
