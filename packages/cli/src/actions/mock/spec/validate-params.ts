import type { Operation } from '@signet/core';
import type { SchemaValidators } from '../../verify/schema-validators.js';
import type { MockRequest } from '../http/mock-exchange.js';
import { readParam } from './read-param.js';
import type { RequestViolation } from './request-violation.js';

/** Every path, query, header and cookie parameter of `operation`: required ones present, values valid. */
export function validateParams(
  validators: SchemaValidators,
  root: unknown,
  operation: Operation,
  request: MockRequest,
  pathValues: Record<string, string>,
): RequestViolation[] {
  const violations: RequestViolation[] = [];
  for (const param of operation.parameters) {
    const location = `${param.in}.${param.name}`;
    const read = readParam(root, param, request, pathValues);
    if (!read.present) {
      if (param.required)
        violations.push({
          kind: 'parameter',
          location,
          message: `required ${param.in} parameter is missing`,
        });
      continue;
    }
    if (!param.schema) continue;
    // Strings are coerced to the schema's types: `?limit=5` is the integer 5.
    const result = validators.validate(param.schema.pointer, read.value, true);
    if (result.valid === 'unvalidatable')
      violations.push({
        kind: 'unvalidatable',
        location,
        message: `schema cannot be compiled: ${result.reason}`,
      });
    else if (!result.valid)
      for (const v of result.violations)
        violations.push({ kind: 'parameter', location: location + v.instancePath, message: v.message });
  }
  return violations;
}
