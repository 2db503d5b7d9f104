import { createAjv, pointerToFragment } from '@signet/core';
import type { AjvInstance, ProviderSpec } from '@signet/core';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** One schema violation: where in the value, and what. */
export interface SchemaViolation {
  instancePath: string;
  message: string;
  /** For `additionalProperties: false`: the field it refused (at `instancePath`, the object holding it). */
  additionalProperty?: string;
}

/** `valid` or the violations; `unvalidatable` when the schema does not compile or the value cannot be checked. */
export type Validation =
  | { valid: true }
  | { valid: false; violations: SchemaViolation[] }
  | { valid: 'unvalidatable'; reason: string };

/**
 * Validators for the schemas of one spec, read as written (additionalProperties as the spec says), compiled once
 * per pointer. `values` validates JSON values; `strings` validates strings (headers) coerced to their schema's type.
 */
export class SchemaValidators {
  private readonly ajvs = new Map<boolean, AjvInstance>();
  private readonly compiled = new Map<string, ValidateFunction | string>();

  constructor(private readonly spec: ProviderSpec) {}

  /** Validates `value` against the schema at `pointer` in `spec.schemaRoot`. */
  validate(pointer: string, value: unknown, coerce = false): Validation {
    const key = `${coerce ? 's' : 'v'}${pointer}`;
    let fn = this.compiled.get(key);
    if (fn === undefined) {
      try {
        fn = this.ajv(coerce).compile({ $ref: 'root' + pointerToFragment(pointer) });
      } catch (error) {
        fn = error instanceof Error ? error.message : String(error);
      }
      this.compiled.set(key, fn);
    }
    if (typeof fn === 'string') return { valid: 'unvalidatable', reason: fn };
    let valid: boolean;
    try {
      valid = fn(value);
    } catch (error) {
      // Core's validators throw when a value reaches a pattern that cannot run in linear time: not checkable.
      return { valid: 'unvalidatable', reason: error instanceof Error ? error.message : String(error) };
    }
    if (valid) return { valid: true };
    return { valid: false, violations: (fn.errors ?? []).map(violation) };
  }

  /** The translated schema document the pointers point into. */
  get schemaRoot(): Record<string, unknown> {
    return this.spec.schemaRoot;
  }

  private ajv(coerce: boolean): AjvInstance {
    let ajv = this.ajvs.get(coerce);
    if (!ajv) {
      // Core's Ajv, as the comparison configures it; strings from headers are validated as their schema's type.
      ajv = createAjv(this.spec.dialect, coerce ? { coerceTypes: 'array' } : {});
      ajv.addSchema(hiddenMembers(this.spec.schemaRoot), 'root');
      this.ajvs.set(coerce, ajv);
    }
    return ajv;
  }
}

/** The root with non-enumerable members: Ajv then skips scanning the whole document for `$id`s (refs are plain pointers). */
function hiddenMembers(root: Record<string, unknown>): Record<string, unknown> {
  const hidden: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(root))
    Object.defineProperty(hidden, key, { value, enumerable: false });
  return hidden;
}

/** An Ajv error as a violation, naming the field an `additionalProperties: false` refused. */
function violation(error: ErrorObject): SchemaViolation {
  const found = { instancePath: error.instancePath, message: error.message ?? error.keyword };
  const extra: unknown =
    error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined;
  return typeof extra === 'string' ? { ...found, additionalProperty: extra } : found;
}
