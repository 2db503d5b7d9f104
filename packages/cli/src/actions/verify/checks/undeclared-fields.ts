import { findUndeclaredFields } from '@signet/core';
import type { SchemaValidators, SchemaViolation } from '../schema-validators.js';

/**
 * Fields of a response body that no schema declares, as violations at their own JSON path: the rule
 * `signet compare` applies (core's findUndeclaredFields), so a field the spec allows only through
 * `additionalProperties` fails here too unless `--allow-undeclared-response-fields` is given. Fields already
 * reported (an `additionalProperties: false` violation at the same path) are left out.
 */
export function undeclaredFields(
  validators: SchemaValidators,
  pointer: string,
  body: unknown,
  reported: SchemaViolation[],
): SchemaViolation[] {
  const validates = (at: string, value: unknown): boolean => validators.validate(at, value).valid === true;
  const already = new Set(reported.map((v) => v.instancePath));
  const out: SchemaViolation[] = [];
  for (const field of findUndeclaredFields(validators.schemaRoot, pointer, body, validates)) {
    const instancePath = [...field.path, field.name].map((s) => '/' + escape(s)).join('');
    if (already.has(instancePath)) continue;
    out.push({ instancePath, message: MESSAGES[field.reason] + (field.refusal ? `: ${field.refusal}` : '') });
  }
  return out;
}

/** An `additionalProperties: false` violation moved to the refused field's own path, naming it. */
export function atRefusedField(violation: SchemaViolation): SchemaViolation {
  const { additionalProperty, ...rest } = violation;
  if (additionalProperty === undefined) return rest;
  return {
    instancePath: `${violation.instancePath}/${escape(additionalProperty)}`,
    message: 'undeclared field (the schema forbids additional properties)',
  };
}

const MESSAGES = {
  undeclared: 'undeclared field (the spec does not declare it)',
  writeOnly: 'writeOnly field (declared for requests only: a provider never sends it)',
  unchecked: 'field not checked: only a pattern that cannot run safely could declare it',
} as const;

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
