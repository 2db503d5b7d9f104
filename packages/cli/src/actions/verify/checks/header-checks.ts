import { documentedResponse } from './documented-response.js';
import { fail, pass, type CheckInput, type CheckOutcome } from './check-outcome.js';
import type { SchemaViolation } from '../schema-validators.js';

/**
 * `response-headers`: every header the documented response marks required is present, and every documented
 * header present is valid against its schema (the text coerced to the schema's type). Content-Type is left to
 * `content-type-documented`. Not run when the response documents no headers.
 */
export function responseHeaders({ operation, response, validators }: CheckInput): CheckOutcome | undefined {
  const documented = documentedResponse(operation, response.status);
  const headers = Object.entries(documented?.headers ?? {}).filter(([name]) => name !== 'content-type');
  if (headers.length === 0) return undefined;
  const missing: string[] = [];
  const violations: SchemaViolation[] = [];
  const unchecked: string[] = [];
  for (const [name, header] of headers) {
    const value = response.headers[name];
    if (value === undefined) {
      if (header.required) missing.push(name);
      continue;
    }
    if (!header.schema) continue;
    const result = validators.validate(header.schema.pointer, value, true);
    // A value its schema cannot check is not a pass.
    if (result.valid === 'unvalidatable') unchecked.push(`${name} (${result.reason})`);
    else if (result.valid === false)
      violations.push(
        ...result.violations.map((v) => ({ instancePath: `${name}${v.instancePath}`, message: v.message })),
      );
  }
  if (missing.length === 0 && violations.length === 0 && unchecked.length === 0)
    return pass('response-headers');
  const parts = [
    missing.length > 0 ? `required header(s) missing: ${missing.join(', ')}` : '',
    violations.length > 0 ? 'header value(s) do not match their schema' : '',
    unchecked.length > 0 ? `header value(s) could not be checked: ${unchecked.join(', ')}` : '',
  ];
  return fail(
    'response-headers',
    parts.filter(Boolean).join('; '),
    violations.length > 0 ? violations : undefined,
  );
}
