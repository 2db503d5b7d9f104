import { documentedMediaType, documentedResponse, isJson } from './documented-response.js';
import { fail, pass, type CheckInput, type CheckOutcome } from './check-outcome.js';
import { atRefusedField, undeclaredFields } from './undeclared-fields.js';
import type { SchemaViolation } from '../schema-validators.js';

/**
 * `content-type-documented`: a response with a body has a Content-Type among the documented response's media
 * types. Not run when the response documents no content or has no body.
 */
export function contentTypeDocumented({ operation, response, method }: CheckInput): CheckOutcome | undefined {
  const documented = documentedResponse(operation, response.status);
  if (!documented || Object.keys(documented.content).length === 0 || !hasBody(response.body, method))
    return undefined;
  const contentType = response.headers['content-type'];
  if (contentType === undefined)
    return fail('content-type-documented', 'response has a body but no Content-Type');
  if (documentedMediaType(documented, contentType)) return pass('content-type-documented');
  const listed = Object.keys(documented.content).join(', ');
  return fail(
    'content-type-documented',
    `Content-Type ${contentType} is not documented for ${documented.status} (documented: ${listed})`,
  );
}

/**
 * `response-body`: a JSON body parses and is valid against the documented schema, read as written, and (unless
 * allowed) declares every field it has. The message names the first offending paths. Not run when
 * the status, media type or schema is undocumented (other checks report those) or the media type is not JSON.
 */
export function responseBody({
  operation,
  response,
  method,
  validators,
  allowUndeclaredResponseFields,
}: CheckInput): CheckOutcome | undefined {
  const documented = documentedResponse(operation, response.status);
  const contentType = response.headers['content-type'];
  const media =
    documented && contentType !== undefined ? documentedMediaType(documented, contentType) : undefined;
  const pointer = media?.[1].schema?.pointer;
  if (!media || pointer === undefined || !isJson(contentType ?? '') || method === 'HEAD') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return fail('response-body', `body is not valid JSON${response.body === '' ? ' (empty)' : ''}`);
  }
  const result = validators.validate(pointer, body);
  // A body the schema cannot check is not a pass: the report says what could not be checked.
  if (result.valid === 'unvalidatable')
    return fail('response-body', `body could not be checked against the schema: ${result.reason}`);
  const violations = result.valid === true ? [] : result.violations.map(atRefusedField);
  if (!allowUndeclaredResponseFields)
    violations.push(...undeclaredFields(validators, pointer, body, violations));
  if (violations.length === 0) return pass('response-body');
  return fail(
    'response-body',
    `body does not match the ${documented?.status} schema: ${summary(violations)}`,
    violations,
  );
}

/** The first violations, so the message names what is wrong (`/internalNote undeclared field …`). */
function summary(violations: SchemaViolation[]): string {
  const shown = violations.slice(0, 3).map((v) => `${v.instancePath || '(root)'} ${v.message}`);
  const more = violations.length > 3 ? ` (and ${violations.length - 3} more)` : '';
  return shown.join('; ') + more;
}

function hasBody(body: string, method: string): boolean {
  return method !== 'HEAD' && body.length > 0;
}
